package org.forewarn.incident;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.forewarn.plan.PlanContent;
import org.forewarn.plan.PlanContent.Duty;
import org.forewarn.plan.PlanContent.Measure;
import org.forewarn.plan.ResponseLevel;

class TaskPlannerTests {

	static final PlanContent PLAN = new PlanContent(
			List.of(new Duty("440300-SW", "市水务局", List.of("水情监测")), new Duty("440307-YJ", "龙岗区应急管理局", List.of("组织转移"))),
			List.of(),
			List.of(new Measure("S", ResponseLevel.IV, "440300-SW", "加密监测", 60, List.of(), null),
					new Measure("S", ResponseLevel.II, "*-SW", "巡查水库", 30, List.of("冲锋舟"), null),
					new Measure("S", ResponseLevel.I, "440300-SW", "全市调度", 30, List.of(), null),
					new Measure("OTHER", ResponseLevel.IV, "440300-SW", "别的情景", 30, List.of(), null)));

	@Test
	void givesEveryDutyListUnitATaskAndTheMeasuresAtOrBelowTheLevel() {
		var tasks = TaskPlanner.plan(PLAN, "S", ResponseLevel.II, List.of("440307", "440305"), Map.of());
		assertThat(tasks).extracting(TaskPlanner.PlannedTask::key)
			.containsExactly("duty:440300-SW", "duty:440307-YJ", "measure:0:440300-SW", "measure:1:440307-SW",
					"measure:1:440305-SW");
		assertThat(tasks.get(3).district()).isEqualTo("440307");
		assertThat(tasks.get(3).resources()).containsExactly("冲锋舟");
	}

	@Test
	void raisingTheLevelOnlyAddsTasks() {
		var two = TaskPlanner.plan(PLAN, "S", ResponseLevel.II, List.of("440307"), Map.of());
		var one = TaskPlanner.plan(PLAN, "S", ResponseLevel.I, List.of("440307"), Map.of());
		assertThat(one).containsAll(two);
		assertThat(one).hasSize(two.size() + 1);
		assertThat(TaskPlanner.plan(PLAN, "S", ResponseLevel.IV, List.of("440307"), Map.of())).hasSize(3);
	}

}
