package org.forewarn.enterprise;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class RiskModelTests {

	static RiskModel.Inputs inputs(int industry, Scale scale, Set<KeyCategory> categories, int openHazards, int major,
			int overdue, int violations, int violationSeverity, int accidents, int accidentSeverity) {
		return new RiskModel.Inputs(industry, "test", scale, categories, openHazards, major, overdue, violations,
				violationSeverity, accidents, accidentSeverity, 0, 0, 0);
	}

	@Test
	void aSmallOfficeWithNothingOnRecordIsBlue() {
		var score = RiskModel.score(inputs(2, Scale.MICRO, Set.of(), 0, 0, 0, 0, 0, 0, 0));
		assertThat(score.level()).isEqualTo("BLUE");
		assertThat(score.score()).isEqualTo(3);
	}

	@Test
	void theScoreIsTheSumOfItsFactorsAndEachFactorShowsItsPoints() {
		var score = RiskModel
			.score(inputs(18, Scale.MEDIUM, EnumSet.of(KeyCategory.HAZARDOUS_CHEMICALS), 2, 1, 1, 1, 3, 0, 0));
		assertThat(score.factors()).extracting(RiskModel.Factor::code)
			.contains("INDUSTRY", "SCALE", "KEY_CATEGORIES", "OPEN_HAZARDS", "OVERDUE", "VIOLATIONS", "ACCIDENTS");
		assertThat(score.score()).isEqualTo(score.factors().stream().mapToInt(RiskModel.Factor::points).sum());
		// 18 industry + 5 scale + 10 hazchem + (3 + 8) hazards + 5 overdue + (2 + 9)
		// violation = 60
		assertThat(score.score()).isEqualTo(60);
		assertThat(score.level()).isEqualTo("RED");
	}

	@Test
	void eachFactorIsCappedSoNoSingleFactStandsForEverything() {
		var score = RiskModel.score(inputs(0, Scale.MICRO, Set.of(), 50, 50, 0, 0, 0, 0, 0));
		assertThat(score.factors()
			.stream()
			.filter(f -> f.code().equals("OPEN_HAZARDS"))
			.findFirst()
			.orElseThrow()
			.points()).isEqualTo(20);
	}

	@Test
	void anAccidentRaisesTheLevel() {
		var before = RiskModel.score(inputs(12, Scale.SMALL, Set.of(), 0, 0, 0, 0, 0, 0, 0));
		var after = RiskModel.score(inputs(12, Scale.SMALL, Set.of(), 0, 0, 0, 0, 0, 1, 3));
		assertThat(after.score() - before.score()).isEqualTo(20);
		assertThat(before.level()).isEqualTo("BLUE");
		assertThat(after.level()).isEqualTo("YELLOW");
	}

}
