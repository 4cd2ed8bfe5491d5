package org.forewarn.region;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ShenzhenZonesTests {

	static Map<String, ShenzhenZones.Boundary> boundaries;

	@BeforeAll
	static void carve() {
		boundaries = ShenzhenZones.districtBoundaries(TerritoryDerivation.FACTORY);
	}

	@Test
	void givesAllElevenDistrictLevelAreasABoundaryMarkingCarvedOnesDerived() {
		assertThat(boundaries).containsOnlyKeys("440303", "440304", "440305", "440306", "440307", "440308", "440309",
				"440310", "440311", "440391", "440392");
		assertThat(boundaries.get("440311").derived()).isTrue();
		assertThat(boundaries.get("440391").derived()).isTrue();
		assertThat(boundaries.get("440392").derived()).isTrue();
		assertThat(boundaries.get("440306").derived()).as("Bao'an lost Guangming").isTrue();
		assertThat(boundaries.get("440307").derived()).as("Longgang lost Dapeng").isTrue();
		assertThat(boundaries.get("440304").derived()).isFalse();
		boundaries.values().forEach(b -> assertThat(b.geometry().isValid()).isTrue());
	}

	@Test
	void carvedAreasLieWhereTheyReallyAreWithPlausibleSizes() {
		assertThat(contains("440311", 113.93, 22.77)).as("光明 around 113.93E 22.77N").isTrue();
		assertThat(contains("440306", 113.85, 22.60)).as("宝安 keeps its coast").isTrue();
		assertThat(contains("440391", 114.50, 22.58)).as("大鹏 peninsula").isTrue();
		assertThat(contains("440307", 114.25, 22.72)).as("龙岗 keeps its centre").isTrue();
		assertThat(km2("440311")).isBetween(120.0, 200.0); // official 156 km²
		assertThat(km2("440391")).isBetween(250.0, 420.0); // official 295 km² of land
		assertThat(km2("440392")).isBetween(400.0, 550.0); // official 468 km²
		assertThat(boundaries.get("440392").geometry().getEnvelopeInternal().getMaxX())
			.isLessThanOrEqualTo(115.15 + 1e-9);
	}

	@Test
	void theElevenAreasTileWithoutOverlap() {
		List<String> codes = new ArrayList<>(boundaries.keySet());
		for (int i = 0; i < codes.size(); i++) {
			for (int j = i + 1; j < codes.size(); j++) {
				Geometry a = boundaries.get(codes.get(i)).geometry();
				Geometry b = boundaries.get(codes.get(j)).geometry();
				assertThat(a.intersection(b).getArea()).as(codes.get(i) + " ∩ " + codes.get(j)).isLessThan(1e-9);
			}
		}
		double sum = boundaries.values().stream().mapToDouble(b -> b.geometry().getArea()).sum();
		Geometry union = TerritoryDerivation.FACTORY.createPolygon();
		for (var b : boundaries.values()) {
			union = union.union(b.geometry());
		}
		assertThat(union.getArea()).isCloseTo(sum, within(sum * 1e-6));
	}

	private static boolean contains(String code, double lon, double lat) {
		return boundaries.get(code)
			.geometry()
			.contains(TerritoryDerivation.FACTORY.createPoint(new Coordinate(lon, lat)));
	}

	private static double km2(String code) {
		return Polygons.squareKilometres(boundaries.get(code).geometry());
	}

}
