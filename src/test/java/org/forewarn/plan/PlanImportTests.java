package org.forewarn.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

class PlanImportTests {

	static final Map<String, String> UNITS = Map.of("深圳市水务局", "440300-SW", "市水务局", "440300-SW", "深圳市消防救援支队",
			"440300-XF", "龙岗区应急管理局", "440307-YJ");

	@Test
	void turnsAPlanTextIntoDutiesScenariosAndMeasuresPerLevel() {
		String text = """
				三、组织指挥体系及职责
				（一）市水务局：负责水情监测和洪水预报；组织水库巡查。
				（二）深圳市消防救援支队：负责抢险救援。
				四、应急响应
				情景一：暴雨洪涝灾害
				Ⅲ级响应
				市水务局：加密水情监测，2小时内报送
				Ⅱ级响应
				深圳市消防救援支队：30分钟内向事发区预置救援力量。
				龙岗区应急管理局：组织转移
				某某单位：不认识
				""";
		PlanImport.Skeleton s = PlanImport.read(text, UNITS);
		assertThat(s.content().duties()).extracting(PlanContent.Duty::unitCode)
			.containsExactly("440300-SW", "440300-XF");
		assertThat(s.content().duties().getFirst().duties()).containsExactly("负责水情监测和洪水预报", "组织水库巡查");
		assertThat(s.content().scenarios()).extracting(PlanContent.Scenario::name).containsExactly("暴雨洪涝灾害");
		assertThat(s.content().measures()).extracting(m -> m.level() + " " + m.unitCode() + " " + m.deadlineMinutes())
			.containsExactly("III 440300-SW 120", "II 440300-XF 30", "II 440307-YJ 60");
		assertThat(s.notUnderstood()).contains("某某单位：不认识", "四、应急响应");
	}

}
