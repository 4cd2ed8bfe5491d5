package org.forewarn.region;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class EchartsMapTests {

	@Test
	void decodesZigZagDeltasFromTheEncodeOffsetsAtScale1024() {
		// '@'=0 → 0; 'B'=2 → +1; 'A'=1 → −1; 'D'=4 → +2; 'C'=3 → −2
		Coordinate[] ring = EchartsMap.decodeRing("@@BADC", 114 * 1024, 22 * 1024, 1024);
		assertThat(ring).containsExactly(new Coordinate(114, 22), new Coordinate(114 + 1 / 1024.0, 22 - 1 / 1024.0),
				new Coordinate(114 + 3 / 1024.0, 22 - 3 / 1024.0));
	}

	@Test
	void decodesShenzhensEightPublishedDistrictsWhereTheyAre() throws IOException {
		var features = EchartsMap.decode(resource("region/geo/shenzhen-districts.echarts.js"),
				TerritoryDerivation.FACTORY);
		assertThat(features).extracting(EchartsMap.Feature::code)
			.containsExactlyInAnyOrder("440303", "440304", "440305", "440306", "440307", "440308", "440309", "440310");
		Geometry futian = features.stream().filter(f -> f.name().equals("福田区")).findFirst().orElseThrow().boundary();
		assertThat(futian.isValid()).isTrue();
		assertThat(Polygons.squareKilometres(futian)).isCloseTo(79, within(5.0)); // official
																					// 78.66
																					// km²
		assertThat(futian.getCentroid().getX()).isCloseTo(114.055, within(0.03));
		assertThat(futian.getCentroid().getY()).isCloseTo(22.54, within(0.03));
	}

	@Test
	void decodesMultiPolygonCountiesOfShanwei() throws IOException {
		var features = EchartsMap.decode(resource("region/geo/shanwei-counties.echarts.js"),
				TerritoryDerivation.FACTORY);
		assertThat(features).extracting(EchartsMap.Feature::name).containsExactlyInAnyOrder("城区", "陆河县", "陆丰市", "海丰县");
		assertThat(features).allSatisfy(f -> assertThat(f.boundary().isValid()).isTrue());
		Geometry haifeng = features.stream()
			.filter(f -> f.code().equals("441521"))
			.findFirst()
			.orElseThrow()
			.boundary();
		assertThat(Polygons.squareKilometres(haifeng)).isBetween(1500.0, 2000.0); // official
																					// ~1,750
																					// km²
	}

	static String resource(String path) throws IOException {
		try (var in = EchartsMapTests.class.getClassLoader().getResourceAsStream(path)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
