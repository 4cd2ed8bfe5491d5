package org.forewarn.plan;

import java.util.List;

/**
 * What a plan version says: the duty list 职责清单 (unit → duties), the scenarios 情景 with
 * their trigger conditions, and the task measures 任务措施 per scenario and response level.
 */
public record PlanContent(List<Duty> duties, List<Scenario> scenarios, List<Measure> measures) {

	public PlanContent {
		duties = duties == null ? List.of() : List.copyOf(duties);
		scenarios = scenarios == null ? List.of() : List.copyOf(scenarios);
		measures = measures == null ? List.of() : List.copyOf(measures);
	}

	/** A plan with nothing in it yet: the first draft of a new plan. */
	public static PlanContent empty() {
		return new PlanContent(List.of(), List.of(), List.of());
	}

	/**
	 * One unit's standing duties in this plan; {@code unitCode} is a department code such
	 * as {@code 440300-SW}.
	 */
	public record Duty(String unitCode, String unitName, List<String> duties) {

		public Duty {
			duties = duties == null ? List.of() : List.copyOf(duties);
		}
	}

	/** A situation the plan foresees, triggered when all its conditions hold. */
	public record Scenario(String code, String name, List<Condition> conditions) {

		public Scenario {
			conditions = conditions == null ? List.of() : List.copyOf(conditions);
		}
	}

	/**
	 * A trigger condition as data.
	 * <ul>
	 * <li>{@code TYPE}: the incident's type code is one of {@code values} or lies under
	 * one of them (a category or class prefix such as {@code 0101});</li>
	 * <li>{@code LEVEL}: the incident's level is at least {@code values[0]};</li>
	 * <li>{@code AREA}: the incident lies within one of the region codes in
	 * {@code values};</li>
	 * <li>{@code ALARM}: monitoring has active alarms of one of the rule codes in
	 * {@code values} (e.g. {@code RAINSTORM_RED} = 3 h rainfall ≥ 100 mm,
	 * {@code LEVEL_OVER_DESIGN} = reservoir over design flood level) in at least
	 * {@code minDistricts} districts (default 1). A live condition: it adds to the reason
	 * but its absence does not exclude the scenario.</li>
	 * </ul>
	 *
	 * @param label the condition in words, as the plan text says it
	 */
	public record Condition(String kind, List<String> values, Integer minDistricts, String label) {

		public Condition {
			values = values == null ? List.of() : List.copyOf(values);
		}
	}

	/**
	 * A task the activation of a scenario at a response level gives a unit.
	 *
	 * @param unitCode a department code, or {@code *-SW} for that unit of every district
	 * the incident affects
	 * @param deadlineMinutes minutes after activation
	 * @param audience optionally, responsible persons in the affected area who are
	 * notified with the task
	 */
	public record Measure(String scenarioCode, ResponseLevel level, String unitCode, String task, int deadlineMinutes,
			List<String> resources, Audience audience) {

		public Measure {
			resources = resources == null ? List.of() : List.copyOf(resources);
		}
	}

	/**
	 * Whom besides the unit a task is sent to: persons of these roles (and 三防 duties) in
	 * the affected area.
	 */
	public record Audience(List<String> roles, List<String> duties) {

		public Audience {
			roles = roles == null ? List.of() : List.copyOf(roles);
			duties = duties == null ? List.of() : List.copyOf(duties);
		}
	}
}
