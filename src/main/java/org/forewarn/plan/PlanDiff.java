package org.forewarn.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.forewarn.plan.PlanContent.Condition;
import org.forewarn.plan.PlanContent.Duty;
import org.forewarn.plan.PlanContent.Measure;
import org.forewarn.plan.PlanContent.Scenario;

/**
 * What changed between two plan versions, in words a reader follows: duties, scenarios
 * and measures added, removed or changed, each with its before and after. Duties are
 * keyed by unit, scenarios by code, measures by scenario, level, unit and task.
 */
final class PlanDiff {

	enum Section {

		DUTY, SCENARIO, MEASURE

	}

	enum ChangeKind {

		ADDED, REMOVED, CHANGED

	}

	record Change(Section section, ChangeKind kind, String key, String before, String after) {
	}

	private PlanDiff() {
	}

	static List<Change> between(PlanContent from, PlanContent to) {
		List<Change> changes = new ArrayList<>();
		compare(Section.DUTY, index(from.duties(), Duty::unitCode), index(to.duties(), Duty::unitCode),
				d -> d.unitName() + "：" + String.join("；", d.duties()), changes);
		compare(Section.SCENARIO, index(from.scenarios(), Scenario::code), index(to.scenarios(), Scenario::code),
				PlanDiff::describe, changes);
		compare(Section.MEASURE, index(from.measures(), PlanDiff::key), index(to.measures(), PlanDiff::key),
				PlanDiff::describe, changes);
		return changes;
	}

	static String key(Measure m) {
		return m.scenarioCode() + " / " + m.level() + " / " + m.unitCode() + " / " + m.task();
	}

	private static <T> Map<String, T> index(List<T> items, Function<T, String> key) {
		Map<String, T> map = new LinkedHashMap<>();
		items.forEach(i -> map.putIfAbsent(key.apply(i), i));
		return map;
	}

	private static <T> void compare(Section section, Map<String, T> before, Map<String, T> after,
			Function<T, String> text, List<Change> out) {
		Set<String> keys = new LinkedHashSet<>(before.keySet());
		keys.addAll(after.keySet());
		for (String key : keys) {
			T a = before.get(key);
			T b = after.get(key);
			if (a == null) {
				out.add(new Change(section, ChangeKind.ADDED, key, null, text.apply(b)));
			}
			else if (b == null) {
				out.add(new Change(section, ChangeKind.REMOVED, key, text.apply(a), null));
			}
			else if (!Objects.equals(a, b)) {
				out.add(new Change(section, ChangeKind.CHANGED, key, text.apply(a), text.apply(b)));
			}
		}
	}

	private static String describe(Scenario s) {
		return s.name() + "（" + s.conditions().stream().map(PlanDiff::describe).collect(Collectors.joining("；")) + "）";
	}

	static String describe(Condition c) {
		if (c.label() != null && !c.label().isBlank()) {
			return c.label();
		}
		return c.kind() + " " + String.join("/", c.values())
				+ (c.minDistricts() == null ? "" : " ≥" + c.minDistricts() + "个区");
	}

	private static String describe(Measure m) {
		return m.level() + "级 " + m.unitCode() + "：" + m.task() + "（" + m.deadlineMinutes() + "分钟内"
				+ (m.resources().isEmpty() ? "" : "；资源：" + String.join("、", m.resources()))
				+ (m.audience() == null ? "" : "；通知：" + String.join("、", m.audience().roles())
						+ (m.audience().duties().isEmpty() ? "" : "（" + String.join("、", m.audience().duties()) + "）"))
				+ "）";
	}

}
