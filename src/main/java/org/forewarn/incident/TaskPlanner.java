package org.forewarn.incident;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.forewarn.plan.PlanContent;
import org.forewarn.plan.PlanContent.Audience;
import org.forewarn.plan.PlanContent.Duty;
import org.forewarn.plan.PlanContent.Measure;
import org.forewarn.plan.ResponseLevel;

/**
 * Which tasks an activation of a scenario at a response level gives: one for every unit
 * of the duty list (its standing duties, within an hour), plus every measure of the
 * scenario at this level or a lower one (Ⅳ measures hold at every level, Ⅰ only at Ⅰ). A
 * unit code {@code *-SW} stands for that unit of each affected district. Task keys are
 * stable, so a level change can tell which tasks to add and which to cancel.
 */
final class TaskPlanner {

	static final int DUTY_DEADLINE_MINUTES = 60;

	/**
	 * A task for one unit; a duty-list task has no level and reaches nobody beyond the
	 * unit ({@code reach} null).
	 */
	record PlannedTask(String key, TaskUnit unit, String title, String detail, ResponseLevel level, int deadlineMinutes,
			List<String> resources, Reach reach) {

		/** The unit's standing duties from the duty list 职责清单, within an hour. */
		static PlannedTask duty(TaskUnit unit, List<String> duties) {
			return new PlannedTask("duty:" + unit.code(), unit, "按职责清单履职", String.join("；", duties), null,
					DUTY_DEADLINE_MINUTES, List.of(), null);
		}

		String unitCode() {
			return unit.code();
		}

		String unitName() {
			return unit.name();
		}

		Audience audience() {
			return reach == null ? null : reach.audience();
		}

		String district() {
			return reach == null ? null : reach.district();
		}
	}

	record TaskUnit(String code, String name) {
	}

	/**
	 * Who beyond the unit hears of a measure's task: its audience, and for a task of a
	 * district's unit ({@code *-SW}) that district, where the audience is taken.
	 */
	record Reach(Audience audience, String district) {
	}

	private TaskPlanner() {
	}

	static List<PlannedTask> plan(PlanContent content, String scenario, ResponseLevel level,
			Collection<String> affectedDistricts, Map<String, String> unitNames) {
		Map<String, PlannedTask> tasks = new LinkedHashMap<>();
		for (Duty duty : content.duties()) {
			TaskUnit unit = new TaskUnit(duty.unitCode(), duty.unitName() == null
					? unitNames.getOrDefault(duty.unitCode(), duty.unitCode()) : duty.unitName());
			tasks.put("duty:" + duty.unitCode(), PlannedTask.duty(unit, duty.duties()));
		}
		List<Measure> measures = content.measures();
		for (int i = 0; i < measures.size(); i++) {
			Measure m = measures.get(i);
			if (!m.scenarioCode().equals(scenario) || !level.atLeast(m.level())) {
				continue;
			}
			for (String unit : units(m.unitCode(), affectedDistricts)) {
				String key = "measure:" + i + ":" + unit;
				tasks.put(key,
						new PlannedTask(key, new TaskUnit(unit, unitNames.getOrDefault(unit, unit)), m.task(),
								m.level() + "级响应措施：" + m.task(), m.level(), m.deadlineMinutes(), m.resources(),
								new Reach(m.audience(),
										m.unitCode().startsWith("*-") ? unit.substring(0, unit.indexOf('-')) : null)));
			}
		}
		return new ArrayList<>(tasks.values());
	}

	static List<String> units(String code, Collection<String> affectedDistricts) {
		if (code.startsWith("*-")) {
			String abbreviation = code.substring(2);
			return affectedDistricts.stream().map(d -> d + "-" + abbreviation).toList();
		}
		return List.of(code);
	}

}
