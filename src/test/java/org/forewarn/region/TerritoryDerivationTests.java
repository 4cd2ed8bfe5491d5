package org.forewarn.region;

import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.operation.union.UnaryUnionOp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The whole Shenzhen derivation, once: every level tiles its parent and the point index
 * agrees with a scan.
 */
class TerritoryDerivationTests {

	static Territory territory;

	@BeforeAll
	static void derive() {
		territory = new Territory(TerritoryDerivation.derive("440300"));
	}

	@Test
	void everyStreetCommunityAndGridHasADerivedBoundary() {
		for (RegionLevel level : List.of(RegionLevel.STREET, RegionLevel.COMMUNITY, RegionLevel.GRID)) {
			assertThat(territory.descendants("440300", level)).as(level.name()).allSatisfy(area -> {
				assertThat(area.hasBoundary()).as(area.code()).isTrue();
				assertThat(area.derived()).isTrue();
				assertThat(area.displayGeoJson()).startsWith("{\"type\":\"");
				assertThat(area.boundary().covers(TerritoryDerivation.FACTORY.createPoint(area.center()))).isTrue();
			});
		}
		assertThat(territory.descendants("440300", RegionLevel.GRID)).hasSizeGreaterThan(3 * 827);
	}

	@Test
	void eachLevelTilesItsParentWithoutOverlap() {
		for (RegionLevel level : List.of(RegionLevel.DISTRICT, RegionLevel.STREET, RegionLevel.COMMUNITY)) {
			for (Area parent : territory.descendants("440300", level)) {
				List<Geometry> parts = territory.children(parent.code()).stream().map(Area::boundary).toList();
				double sum = parts.stream().mapToDouble(Geometry::getArea).sum();
				double parentArea = parent.boundary().getArea();
				assertThat(sum).as("children of " + parent.code() + " cover it")
					.isCloseTo(parentArea, within(parentArea * 1e-4));
				assertThat(UnaryUnionOp.union(parts).getArea()).as("children of " + parent.code() + " do not overlap")
					.isCloseTo(sum, within(sum * 1e-4));
			}
		}
	}

	@Test
	void theIndexFindsTheSameGridAsAScanOfAllGrids() {
		PointIndex index = territory.index();
		Envelope box = index.extent();
		SplittableRandom random = new SplittableRandom(7);
		int inside = 0;
		for (int i = 0; i < 20_000; i++) {
			double x = box.getMinX() + random.nextDouble() * box.getWidth();
			double y = box.getMinY() + random.nextDouble() * box.getHeight();
			Area indexed = index.locate(x, y);
			assertThat(indexed).isSameAs(index.locateByScan(x, y));
			inside += indexed == null ? 0 : 1;
		}
		assertThat(inside).as("part of the box is land, part is sea or another city").isBetween(2_000, 18_000);
	}

	@Test
	void placesPointsInConsistentChainsAndNothingInTheSea() {
		Placement futian = RegionCatalogue.placement(territory, 22.54, 114.05).orElseThrow();
		assertThat(futian.district().code()).isEqualTo("440304");
		assertThat(futian.grid().parentCode()).isEqualTo(futian.community().code());
		assertThat(futian.community().parentCode()).isEqualTo(futian.street().code());
		assertThat(futian.street().parentCode()).isEqualTo(futian.district().code());
		Placement dapeng = RegionCatalogue.placement(territory, 22.58, 114.50).orElseThrow();
		assertThat(dapeng.district().code()).isEqualTo("440391");
		assertThat(dapeng.street().code()).isIn("440307009", "440307010", "440307011");
		Placement shenshan = RegionCatalogue.placement(territory, 22.85, 115.05).orElseThrow();
		assertThat(shenshan.district().code()).isEqualTo("440392");
		assertThat(RegionCatalogue.placement(territory, 22.30, 114.00)).isEmpty();
		assertThat(RegionCatalogue.placement(territory, 22.70, 114.80)).as("Daya Bay / Huizhou").isEmpty();
	}

	@Test
	void derivesTheSameTerritoryEveryTime() {
		List<Area> again = TerritoryDerivation.derive("440300");
		assertThat(again).hasSize(territory.size());
		for (Area area : again) {
			Area first = territory.area(area.code()).orElseThrow();
			assertThat(area.name()).isEqualTo(first.name());
			assertThat(area.parentCode()).isEqualTo(first.parentCode());
			assertThat(
					area.boundary() == null ? first.boundary() == null : area.boundary().equalsExact(first.boundary()))
				.as(area.code())
				.isTrue();
		}
	}

}
