package org.forewarn.incident;

import java.util.ArrayList;
import java.util.List;

import org.forewarn.plan.ResponseLevel;

/**
 * The legal level criteria applied to a declared level and the latest reported facts: the
 * criteria that apply, the level the facts imply, and a warning when the facts exceed the
 * declared level.
 */
record LevelCheck(List<String> criteria, ResponseLevel implied, String warning) {

	static LevelCheck of(IncidentCatalogue catalogue, String category, ResponseLevel declared, Facts facts) {
		List<String> texts = new ArrayList<>();
		ResponseLevel implied = ResponseLevel.IV;
		String because = null;
		for (IncidentCatalogue.Criterion c : catalogue.criteriaFor(category)) {
			texts.add(c.text() + "（" + c.source() + "）");
			ResponseLevel level = c.levelOf(facts.value(c.fact()));
			if (level.ordinal() < implied.ordinal()) {
				implied = level;
				because = c.fact() + " = " + facts.value(c.fact()).stripTrailingZeros().toPlainString() + c.unit();
			}
		}
		String warning = null;
		if (declared != null && implied.ordinal() < declared.ordinal()) {
			warning = "报告的伤亡损失（" + because + "）已达到" + implied + "级标准，高于定级" + declared + "级，请核定是否升级";
		}
		return new LevelCheck(texts, implied, warning);
	}
}
