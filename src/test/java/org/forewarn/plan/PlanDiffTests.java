package org.forewarn.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.forewarn.plan.PlanContent.Condition;
import org.forewarn.plan.PlanContent.Duty;
import org.forewarn.plan.PlanContent.Measure;
import org.forewarn.plan.PlanContent.Scenario;

class PlanDiffTests {

	static PlanContent plan(List<Duty> duties, List<Scenario> scenarios, List<Measure> measures) {
		return new PlanContent(duties, scenarios, measures);
	}

	@Test
	void namesAddedRemovedAndChangedDutiesScenariosAndMeasuresInWords() {
		PlanContent before = plan(
				List.of(new Duty("440300-SW", "水务局", List.of("水情监测")), new Duty("440300-XF", "消防", List.of("救援"))),
				List.of(new Scenario("S1", "内涝", List.of(new Condition("TYPE", List.of("0101"), null, "水旱灾害")))),
				List.of(new Measure("S1", ResponseLevel.III, "440300-SW", "巡查", 60, List.of(), null)));
		PlanContent after = plan(
				List.of(new Duty("440300-SW", "水务局", List.of("水情监测", "洪水预报")),
						new Duty("440300-JT", "交通", List.of("隧道"))),
				List.of(new Scenario("S1", "城市内涝", List.of(new Condition("TYPE", List.of("0101"), null, "水旱灾害")))),
				List.of(new Measure("S1", ResponseLevel.III, "440300-SW", "巡查", 30, List.of("泵车"), null)));
		List<PlanDiff.Change> changes = PlanDiff.between(before, after);
		assertThat(changes).extracting(c -> c.section() + " " + c.kind() + " " + c.key())
			.containsExactly("DUTY CHANGED 440300-SW", "DUTY REMOVED 440300-XF", "DUTY ADDED 440300-JT",
					"SCENARIO CHANGED S1", "MEASURE CHANGED S1 / III / 440300-SW / 巡查");
		assertThat(changes.get(0).after()).isEqualTo("水务局：水情监测；洪水预报");
		assertThat(changes.get(4).before()).contains("60分钟内");
		assertThat(changes.get(4).after()).contains("30分钟内").contains("泵车");
	}

	@Test
	void findsNoChangeBetweenEqualVersions() {
		PlanContent same = plan(List.of(new Duty("440300-SW", "水务局", List.of("水情监测"))), List.of(), List.of());
		assertThat(PlanDiff.between(same, same)).isEmpty();
	}

}
