package org.forewarn.incident;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import org.forewarn.plan.ResponseLevel;

class LevelCheckTests {

	static Facts deaths(int n) {
		return new Facts(n, 0, 0, 0, 0, BigDecimal.ZERO);
	}

	@Test
	void gradesProductionAccidentsByDeathsAsStateCouncilOrder493Says() {
		IncidentCatalogue c = IncidentCatalogue.DEFAULT;
		assertThat(LevelCheck.of(c, "02", ResponseLevel.IV, deaths(30)).implied()).isEqualTo(ResponseLevel.I);
		assertThat(LevelCheck.of(c, "02", ResponseLevel.IV, deaths(29)).implied()).isEqualTo(ResponseLevel.II);
		assertThat(LevelCheck.of(c, "02", ResponseLevel.IV, deaths(10)).implied()).isEqualTo(ResponseLevel.II);
		assertThat(LevelCheck.of(c, "02", ResponseLevel.IV, deaths(9)).implied()).isEqualTo(ResponseLevel.III);
		assertThat(LevelCheck.of(c, "02", ResponseLevel.IV, deaths(3)).implied()).isEqualTo(ResponseLevel.III);
		assertThat(LevelCheck.of(c, "02", ResponseLevel.IV, deaths(2)).implied()).isEqualTo(ResponseLevel.IV);
	}

	@Test
	void warnsWhenReportedCasualtiesExceedTheDeclaredLevel() {
		LevelCheck check = LevelCheck.of(IncidentCatalogue.DEFAULT, "02", ResponseLevel.III, deaths(12));
		assertThat(check.warning()).contains("II级").contains("III级").contains("deaths = 12");
		assertThat(check.criteria()).anySatisfy(text -> assertThat(text).contains("国务院令第493号"));
		assertThat(LevelCheck.of(IncidentCatalogue.DEFAULT, "02", ResponseLevel.II, deaths(12)).warning()).isNull();
	}

	@Test
	void gradesByDirectLossToo() {
		Facts loss = new Facts(0, 0, 0, 0, 0, new BigDecimal("120000000"));
		assertThat(LevelCheck.of(IncidentCatalogue.DEFAULT, "02", ResponseLevel.IV, loss).implied())
			.isEqualTo(ResponseLevel.I);
	}

}
