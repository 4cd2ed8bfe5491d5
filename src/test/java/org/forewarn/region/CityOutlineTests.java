package org.forewarn.region;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Polygon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class CityOutlineTests {

	@Test
	void drawsAHexagonAroundTheCityCentreSizedByItsStreets() {
		Polygon outline = CityOutline.of("440100", 178, TerritoryDerivation.FACTORY);
		assertThat(outline.isValid()).isTrue();
		assertThat(outline.getNumPoints()).isEqualTo(7);
		assertThat(Polygons.squareKilometres(outline)).isCloseTo(178 * CityOutline.KM2_PER_STREET, within(178 * 0.5));
		assertThat(outline.getCentroid().getX()).isCloseTo(113.26, within(0.01));
		assertThat(outline.getCentroid().getY()).isCloseTo(23.13, within(0.01));
	}

	@Test
	void keepsSmallAndLargeCitiesWithinBounds() {
		assertThat(Polygons.squareKilometres(CityOutline.of("440100", 1, TerritoryDerivation.FACTORY)))
			.isCloseTo(CityOutline.MIN_KM2, within(5.0));
		assertThat(Polygons.squareKilometres(CityOutline.of("500100", 5000, TerritoryDerivation.FACTORY)))
			.isCloseTo(CityOutline.MAX_KM2, within(300.0));
	}

	@Test
	void placesACityWithoutAKnownCentreAtItsProvinceCapital() {
		assertThat(CityOutline.centre("440100").own()).isTrue();
		CityOutline.Centre shaoguan = CityOutline.centre("440200");
		assertThat(shaoguan.own()).isFalse();
		assertThat(shaoguan.lon()).isEqualTo(113.26);
		assertThat(shaoguan.lat()).isEqualTo(23.13);
	}

}
