package org.forewarn.region;

import java.util.List;

import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Location;

/**
 * Point → area lookup over areas that tile the city (grids). A uniform cell grid over the
 * city's extent lists, per cell, the areas whose envelope meets the cell (compressed-row
 * arrays); a point is then tested only against those few areas, each with an eagerly
 * built {@link IndexedPointInAreaLocator}. Immutable and lock-free once built (see ADR
 * 0003 for why this and not an STRtree, whose query enters a synchronized method on every
 * call).
 */
final class PointIndex {

	private final Area[] areas;

	private final IndexedPointInAreaLocator[] locators;

	private final Envelope[] envelopes;

	private final Envelope extent;

	private final int columns;

	private final int rows;

	private final double cellWidth;

	private final double cellHeight;

	private final int[] cellStart;

	private final int[] cellItems;

	PointIndex(List<Area> tiles) {
		List<Area> withBoundary = tiles.stream().filter(Area::hasBoundary).toList();
		int n = withBoundary.size();
		areas = withBoundary.toArray(Area[]::new);
		locators = new IndexedPointInAreaLocator[n];
		envelopes = new Envelope[n];
		extent = new Envelope();
		for (int i = 0; i < n; i++) {
			envelopes[i] = areas[i].boundary().getEnvelopeInternal();
			extent.expandToInclude(envelopes[i]);
			locators[i] = new IndexedPointInAreaLocator(areas[i].boundary());
			locators[i].locate(new Coordinate(envelopes[i].getMinX(), envelopes[i].getMinY())); // builds
																								// its
																								// index
																								// now
		}
		// about four cells per area, shaped like the extent
		double cells = Math.max(1, 4.0 * n);
		double aspect = extent.isNull() || extent.getHeight() == 0 ? 1 : extent.getWidth() / extent.getHeight();
		columns = Math.max(1, (int) Math.round(Math.sqrt(cells * aspect)));
		rows = Math.max(1, (int) Math.round(cells / columns));
		cellWidth = extent.isNull() ? 1 : Math.max(extent.getWidth() / columns, 1e-9);
		cellHeight = extent.isNull() ? 1 : Math.max(extent.getHeight() / rows, 1e-9);
		int[] counts = new int[columns * rows + 1];
		for (int i = 0; i < n; i++) {
			forEachCell(envelopes[i], cell -> counts[cell + 1]++);
		}
		for (int c = 0; c < columns * rows; c++) {
			counts[c + 1] += counts[c];
		}
		cellStart = counts.clone();
		cellItems = new int[counts[columns * rows]];
		int[] fill = counts.clone();
		for (int i = 0; i < n; i++) {
			int item = i;
			forEachCell(envelopes[i], cell -> cellItems[fill[cell]++] = item);
		}
	}

	/** The area containing the point (boundary included), or null. */
	Area locate(double x, double y) {
		if (!extent.contains(x, y)) {
			return null;
		}
		int column = Math.min(columns - 1, (int) ((x - extent.getMinX()) / cellWidth));
		int row = Math.min(rows - 1, (int) ((y - extent.getMinY()) / cellHeight));
		int cell = row * columns + column;
		Coordinate point = null;
		for (int k = cellStart[cell]; k < cellStart[cell + 1]; k++) {
			int i = cellItems[k];
			if (envelopes[i].contains(x, y)) {
				if (point == null) {
					point = new Coordinate(x, y);
				}
				if (locators[i].locate(point) != Location.EXTERIOR) {
					return areas[i];
				}
			}
		}
		return null;
	}

	/** For the benchmark: the same answer by testing every area in turn. */
	Area locateByScan(double x, double y) {
		Coordinate point = new Coordinate(x, y);
		var factory = TerritoryDerivation.FACTORY;
		var geometryPoint = factory.createPoint(point);
		for (Area area : areas) {
			if (area.boundary().covers(geometryPoint)) {
				return area;
			}
		}
		return null;
	}

	Envelope extent() {
		return new Envelope(extent);
	}

	int size() {
		return areas.length;
	}

	private void forEachCell(Envelope envelope, java.util.function.IntConsumer action) {
		int c0 = clamp((int) ((envelope.getMinX() - extent.getMinX()) / cellWidth), columns);
		int c1 = clamp((int) ((envelope.getMaxX() - extent.getMinX()) / cellWidth), columns);
		int r0 = clamp((int) ((envelope.getMinY() - extent.getMinY()) / cellHeight), rows);
		int r1 = clamp((int) ((envelope.getMaxY() - extent.getMinY()) / cellHeight), rows);
		for (int r = r0; r <= r1; r++) {
			for (int c = c0; c <= c1; c++) {
				action.accept(r * columns + c);
			}
		}
	}

	private static int clamp(int value, int size) {
		return Math.max(0, Math.min(size - 1, value));
	}

}
