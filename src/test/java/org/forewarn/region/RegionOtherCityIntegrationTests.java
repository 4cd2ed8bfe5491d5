package org.forewarn.region;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/** Another city (Guangzhou, 440100) from the national data alone: no Shenzhen assumptions, no boundaries. */
@SpringBootTest(properties = { "forewarn.region.city-code=440100", "forewarn.embedded-db.data-dir=target/test-db/region-guangzhou",
		"forewarn.embedded-db.clean=true", "forewarn.demo.enabled=false", "FOREWARN_LOG_FILE=target/test-logs/region-guangzhou.log" })
class RegionOtherCityIntegrationTests {

	@Autowired
	Regions regions;

	@Test
	void loadsGuangzhousDistrictsStreetsAndGridsMintedUnderStreets() {
		assertThat(regions.city()).isEqualTo(new RegionSummary("440100", "广州市", RegionLevel.CITY, null, false));
		assertThat(regions.children("440100")).extracting(RegionSummary::name)
			.containsExactly("荔湾区", "越秀区", "海珠区", "天河区", "白云区", "黄埔区", "番禺区", "花都区", "南沙区", "从化区", "增城区");
		var streets = regions.descendants("440100", RegionLevel.STREET);
		assertThat(streets).hasSize(178).allSatisfy(street -> assertThat(street.code()).startsWith(street.parentCode()));
		assertThat(regions.descendants("440100", RegionLevel.COMMUNITY)).isEmpty();
		for (RegionSummary street : streets) {
			assertThat(regions.children(street.code())).extracting(RegionSummary::code)
				.containsExactly(street.code() + "000001", street.code() + "000002", street.code() + "000003",
						street.code() + "000004");
		}
		assertThat(regions.find("440391")).as("no Shenzhen zones").isEmpty();
		assertThat(regions.isWithin(streets.get(0).code() + "000001", "440100")).isTrue();
	}

	@Test
	void placesNoPointBecauseTheDataHasNoBoundariesForThisCity() {
		assertThat(regions.locate(23.13, 113.26)).isEmpty();
		assertThat(regions.locate(22.54, 114.05)).isEmpty();
	}
}
