package org.forewarn.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;

import org.forewarn.plan.PlanContent.Condition;
import org.forewarn.plan.PlanContent.Scenario;

/**
 * Whether a scenario fits a situation. Type, level and area conditions must all hold;
 * live conditions (active alarms) are reported as met or unmet and raise the score, but
 * do not exclude a scenario — the commander decides.
 */
final class Matching {

	/**
	 * A scenario's verdict: whether it fits, the conditions met and unmet in words, and a
	 * score.
	 */
	record Verdict(boolean fits, List<String> met, List<String> unmet, int score) {
	}

	private Matching() {
	}

	/**
	 * @param within whether a region code lies within another ({@code Regions.isWithin})
	 * @param activeAlarmDistricts for each alarm rule code, the districts where one is
	 * active now
	 * @param planRegion the plan's own region: a district plan only fits incidents in its
	 * district
	 */
	static Verdict judge(Scenario scenario, Situation situation, String planRegion, BiPredicate<String, String> within,
			Map<String, Set<String>> activeAlarmDistricts) {
		List<String> met = new ArrayList<>();
		List<String> unmet = new ArrayList<>();
		boolean fits = true;
		int score = 0;
		if (!within.test(situation.districtCode(), planRegion)) {
			return new Verdict(false, met, List.of("事发地不在预案适用范围 " + planRegion), 0);
		}
		boolean typed = false;
		for (Condition c : scenario.conditions()) {
			String label = PlanDiff.describe(c);
			switch (c.kind() == null ? "" : c.kind().toUpperCase()) {
				case "TYPE" -> {
					typed = true;
					boolean ok = c.values()
						.stream()
						.anyMatch(v -> situation.typeCode() != null && situation.typeCode().startsWith(v));
					fits &= ok;
					(ok ? met : unmet).add("事件类型：" + label);
					score += ok ? 3 : 0;
				}
				case "LEVEL" -> {
					ResponseLevel min = c.values().isEmpty() ? ResponseLevel.IV
							: ResponseLevel.parse(c.values().getFirst());
					boolean ok = situation.level() != null && min != null && situation.level().atLeast(min);
					fits &= ok;
					(ok ? met : unmet).add("事件级别：" + label);
					score += ok ? 2 : 0;
				}
				case "AREA" -> {
					boolean ok = c.values()
						.stream()
						.anyMatch(code -> within.test(situation.districtCode(), code)
								|| situation.areaCodes().stream().anyMatch(a -> within.test(a, code)));
					fits &= ok;
					(ok ? met : unmet).add("区域：" + label);
					score += ok ? 2 : 0;
				}
				case "ALARM" -> {
					int need = c.minDistricts() == null ? 1 : c.minDistricts();
					Set<String> districts = new java.util.TreeSet<>();
					c.values().forEach(rule -> districts.addAll(activeAlarmDistricts.getOrDefault(rule, Set.of())));
					boolean ok = districts.size() >= need;
					(ok ? met : unmet).add("实时监测：" + label + (ok ? "（" + String.join("、", districts) + "）" : ""));
					score += ok ? 4 : 0;
				}
				default -> unmet.add("未知条件：" + label);
			}
		}
		return new Verdict(fits && typed, met, unmet, score);
	}

}
