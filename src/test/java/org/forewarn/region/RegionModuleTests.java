package org.forewarn.region;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The region module alone (plus platform, which owns the embedded database) on a fresh
 * PostgreSQL with the Shenzhen territory: the lookups every other module relies on,
 * without starting the other thirteen modules or the demo data. Access rules over HTTP
 * stay in {@link RegionIntegrationTests}, which needs identity's security set-up.
 */
@ApplicationModuleTest(extraIncludes = "platform")
@TestPropertySource(
		properties = { "forewarn.embedded-db.data-dir=target/test-db/module-region", "forewarn.embedded-db.clean=true",
				"forewarn.demo.enabled=false", "FOREWARN_LOG_FILE=target/test-logs/module-region.log" })
class RegionModuleTests {

	@Autowired
	Regions regions;

	@Test
	void loadsShenzhensElevenDistrictLevelAreasWithStreetsCommunitiesAndGrids() {
		assertThat(regions.city()).isEqualTo(new RegionSummary("440300", "深圳市", RegionLevel.CITY, null, true));
		assertThat(regions.children("440300")).extracting(RegionSummary::code)
			.containsExactly("440303", "440304", "440305", "440306", "440307", "440308", "440309", "440310", "440311",
					"440391", "440392");
		assertThat(regions.descendants("440300", RegionLevel.STREET)).hasSizeGreaterThanOrEqualTo(74 + 4);
		assertThat(regions.descendants("440300", RegionLevel.COMMUNITY)).hasSizeGreaterThanOrEqualTo(783);
		for (RegionSummary community : regions.descendants("440300", RegionLevel.COMMUNITY)) {
			assertThat(regions.children(community.code())).as(community.code())
				.hasSizeGreaterThanOrEqualTo(3)
				.allSatisfy(grid -> assertThat(grid.code()).matches(community.code() + "\\d{3}"));
		}
	}

	@Test
	void placesDapengsStreetsUnderDapengThoughTheirCodesSayLonggang() {
		assertThat(regions.find("440307010")).get().extracting(RegionSummary::parentCode).isEqualTo("440391");
		assertThat(regions.isWithin("440307010", "440391")).isTrue();
		assertThat(regions.isWithin("440307010", "440307")).isFalse();
		assertThat(regions.isWithin("441521103201", "440392")).isTrue();
		assertThat(regions.ancestry("441521103201001")).extracting(RegionSummary::code)
			.containsExactly("440300", "440392", "441521103", "441521103201", "441521103201001");
	}

	@Test
	void locatesAPointInFutianDownToItsGrid() {
		Placement placement = regions.locate(22.54, 114.05).orElseThrow();
		assertThat(placement.district().code()).isEqualTo("440304");
		assertThat(placement.street().parentCode()).isEqualTo("440304");
		assertThat(placement.community().parentCode()).isEqualTo(placement.street().code());
		assertThat(placement.grid().parentCode()).isEqualTo(placement.community().code());
		assertThat(regions.locate(22.30, 114.00)).as("the sea south of Hong Kong").isEmpty();
		assertThat(regions.locate(39.9, 116.4)).as("Beijing").isEmpty();
	}

}
