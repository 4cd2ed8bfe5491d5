package org.forewarn.region;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class TessellationTests {

	static final Geometry L_SHAPE = TerritoryDerivation.FACTORY
		.createPolygon(new Coordinate[] { new Coordinate(0, 0), new Coordinate(0.1, 0), new Coordinate(0.1, 0.04),
				new Coordinate(0.04, 0.04), new Coordinate(0.04, 0.1), new Coordinate(0, 0.1), new Coordinate(0, 0) });

	@Test
	void dividesAConcaveAreaIntoNCellsThatTileIt() {
		List<Geometry> cells = Tessellation.divide(L_SHAPE, 7, "L");
		assertThat(cells).hasSize(7).allSatisfy(cell -> {
			assertThat(cell.isEmpty()).isFalse();
			assertThat(cell.isValid()).isTrue();
			assertThat(L_SHAPE.covers(cell)).isTrue();
		});
		double sum = cells.stream().mapToDouble(Geometry::getArea).sum();
		assertThat(sum).isCloseTo(L_SHAPE.getArea(), within(L_SHAPE.getArea() * 1e-9));
		for (int i = 0; i < cells.size(); i++) {
			for (int j = i + 1; j < cells.size(); j++) {
				assertThat(cells.get(i).intersection(cells.get(j)).getArea()).isLessThan(1e-12);
			}
		}
	}

	@Test
	void givesCellsOfSimilarSizeAfterRelaxation() {
		List<Geometry> cells = Tessellation.divide(L_SHAPE, 10, "L");
		double mean = L_SHAPE.getArea() / 10;
		assertThat(cells).allSatisfy(cell -> assertThat(cell.getArea()).isBetween(mean / 3, mean * 3));
	}

	@Test
	void isDeterministicForTheSameKeyAndDiffersForAnother() {
		List<Geometry> first = Tessellation.divide(L_SHAPE, 5, "440304001");
		List<Geometry> again = Tessellation.divide(L_SHAPE, 5, "440304001");
		List<Geometry> other = Tessellation.divide(L_SHAPE, 5, "440304002");
		for (int i = 0; i < 5; i++) {
			assertThat(again.get(i).equalsExact(first.get(i))).isTrue();
		}
		assertThat(other.get(0).equalsExact(first.get(0))).isFalse();
	}

	@Test
	void leavesASingleChildTheWholeParent() {
		assertThat(Tessellation.divide(L_SHAPE, 1, "x")).containsExactly(L_SHAPE);
	}

}
