package org.forewarn.region;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Another city (Guangzhou, 440100) from the national data alone: no Shenzhen assumptions,
 * no published boundaries, so a derived stand-in outline tessellated into districts,
 * streets and grids minted under the streets. The region module alone (plus platform,
 * which owns the embedded database), as in {@link RegionModuleTests}: the other modules
 * would only add start-up time, nothing here uses them.
 */
@ApplicationModuleTest(extraIncludes = "platform")
@TestPropertySource(properties = { "forewarn.region.city-code=440100",
		"forewarn.embedded-db.data-dir=target/test-db/region-guangzhou", "forewarn.embedded-db.clean=true",
		"forewarn.demo.enabled=false", "FOREWARN_LOG_FILE=target/test-logs/region-guangzhou.log" })
class RegionOtherCityIntegrationTests {

	@Autowired
	Regions regions;

	@Test
	void loadsGuangzhousDistrictsStreetsAndGridsMintedUnderStreets() {
		assertThat(regions.city()).isEqualTo(new RegionSummary("440100", "广州市", RegionLevel.CITY, null, true));
		assertThat(regions.children("440100")).extracting(RegionSummary::name)
			.containsExactly("荔湾区", "越秀区", "海珠区", "天河区", "白云区", "黄埔区", "番禺区", "花都区", "南沙区", "从化区", "增城区");
		assertThat(regions.children("440100")).allSatisfy(district -> assertThat(district.derived()).isTrue());
		var streets = regions.descendants("440100", RegionLevel.STREET);
		assertThat(streets).hasSize(178)
			.allSatisfy(street -> assertThat(street.code()).startsWith(street.parentCode()));
		assertThat(regions.descendants("440100", RegionLevel.COMMUNITY)).isEmpty();
		for (RegionSummary street : streets) {
			assertThat(regions.children(street.code())).as(street.code())
				.hasSizeBetween(GridMinting.MIN_GRIDS, GridMinting.MAX_GRIDS)
				.allSatisfy(grid -> {
					assertThat(grid.level()).isEqualTo(RegionLevel.GRID);
					assertThat(grid.code()).matches(street.code() + "000\\d{3}");
				});
		}
		assertThat(regions.find("440391")).as("no Shenzhen zones").isEmpty();
		assertThat(regions.isWithin(streets.get(0).code() + "000001", "440100")).isTrue();
	}

	@Test
	void placesPointsInTheDerivedOutlineAroundTheCentreAndNothingFarAway() {
		Placement centre = regions.locate(23.13, 113.26).orElseThrow();
		assertThat(centre.district().parentCode()).isEqualTo("440100");
		assertThat(centre.street().parentCode()).isEqualTo(centre.district().code());
		assertThat(centre.community()).isNull();
		assertThat(centre.grid().parentCode()).isEqualTo(centre.street().code());
		assertThat(centre.grid().derived()).isTrue();
		assertThat(regions.locate(22.54, 114.05)).as("Shenzhen").isEmpty();
	}

}
