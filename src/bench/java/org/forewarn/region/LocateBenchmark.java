package org.forewarn.region;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * Throughput of point → grid lookup ({@link PointIndex}, what {@code Regions.locate}
 * uses) for 1,000,000 random points in the city's bounding box, against a brute-force
 * scan of every grid polygon measured in the same run. The scan is measured on a smaller
 * sample (default 20,000 points) and reported per point, so the ratio compares like with
 * like. Derives the Shenzhen territory in memory first (no database). Run:
 * {@code ./mvnw -Pbench -Dconsole.skip test-compile exec:java -Dexec.mainClass=org.forewarn.region.LocateBenchmark}
 * (options: -Druns=5 -Dpoints=1000000 -Dscan.points=20000 -Dcity=440300).
 * Single-threaded.
 */
public class LocateBenchmark {

	public static void main(String[] args) {
		int runs = Integer.getInteger("runs", 5);
		int points = Integer.getInteger("points", 1_000_000);
		int scanPoints = Integer.getInteger("scan.points", 20_000);
		String city = System.getProperty("city", "440300");

		long t0 = System.nanoTime();
		List<Area> areas = TerritoryDerivation.derive(city);
		long t1 = System.nanoTime();
		Territory territory = new Territory(areas);
		long t2 = System.nanoTime();
		PointIndex index = territory.index();
		Envelope box = index.extent();
		System.out.printf("city %s: %d areas, %d grids indexed; derive %.0f ms, build territory + index %.0f ms%n",
				city, areas.size(), index.size(), (t1 - t0) / 1e6, (t2 - t1) / 1e6);
		System.out.printf("bounding box lon %.4f..%.4f lat %.4f..%.4f%n", box.getMinX(), box.getMaxX(), box.getMinY(),
				box.getMaxY());

		double[] xs = new double[points];
		double[] ys = new double[points];
		SplittableRandom random = new SplittableRandom(42);
		for (int i = 0; i < points; i++) {
			xs[i] = box.getMinX() + random.nextDouble() * box.getWidth();
			ys[i] = box.getMinY() + random.nextDouble() * box.getHeight();
		}

		long t3 = System.nanoTime();
		StrTreeIndex strTree = new StrTreeIndex(territory.descendants(territory.city().code(), RegionLevel.GRID));
		System.out.printf("STRtree + PreparedGeometry built in %.0f ms%n", (System.nanoTime() - t3) / 1e6);

		// warm-up: JIT every path
		measureIndex(index, xs, ys, points);
		measure(strTree::locate, xs, ys, points);
		measureScan(index, xs, ys, Math.min(scanPoints, 5_000));

		List<Double> indexRates = new ArrayList<>();
		List<Double> strTreeRates = new ArrayList<>();
		List<Double> scanRates = new ArrayList<>();
		for (int run = 1; run <= runs; run++) {
			double[] indexed = measureIndex(index, xs, ys, points);
			double[] tree = measure(strTree::locate, xs, ys, points);
			double[] scanned = measureScan(index, xs, ys, scanPoints);
			indexRates.add(indexed[0]);
			strTreeRates.add(tree[0]);
			scanRates.add(scanned[0]);
			System.out.printf(
					"run %d: index %,.0f points/s (%d points, %.0f ms, %.1f%% inside) | STRtree %,.0f points/s (%.0f ms) | scan %,.0f points/s (%d points, %.0f ms) | ratio %.1fx%n",
					run, indexed[0], points, indexed[1], indexed[2], tree[0], tree[1], scanned[0], scanPoints,
					scanned[1], indexed[0] / scanned[0]);
		}
		double indexMedian = median(indexRates);
		double strTreeMedian = median(strTreeRates);
		double scanMedian = median(scanRates);
		System.out
			.printf("median of %d runs: index %,.0f points/s (%.3f µs/point), STRtree + PreparedGeometry %,.0f points/s "
					+ "(%.3f µs/point), scan %,.0f points/s (%.1f µs/point, measured on %d points, extrapolated to %d: %.1f s), "
					+ "ratio index/scan %.1fx, STRtree/scan %.1fx%n", runs, indexMedian, 1e6 / indexMedian,
					strTreeMedian, 1e6 / strTreeMedian, scanMedian, 1e6 / scanMedian, scanPoints, points,
					points / scanMedian, indexMedian / scanMedian, strTreeMedian / scanMedian);
	}

	/**
	 * The textbook alternative to {@link PointIndex}: an STRtree of prepared grid
	 * polygons (ADR 0003 says why the platform does not use it; this measures the
	 * difference).
	 */
	static final class StrTreeIndex {

		private final STRtree tree = new STRtree();

		StrTreeIndex(List<Area> grids) {
			for (Area grid : grids) {
				if (grid.hasBoundary()) {
					PreparedGeometry prepared = PreparedGeometryFactory.prepare(grid.boundary());
					prepared.covers(grid.boundary().getCentroid()); // builds the point
																	// locator now
					tree.insert(grid.boundary().getEnvelopeInternal(), new Candidate(grid, prepared));
				}
			}
			tree.build();
		}

		record Candidate(Area area, PreparedGeometry prepared) {
		}

		Area locate(double x, double y) {
			Point point = TerritoryDerivation.FACTORY.createPoint(new Coordinate(x, y));
			for (Object hit : tree.query(new Envelope(x, x, y, y))) {
				Candidate candidate = (Candidate) hit;
				if (candidate.prepared().covers(point)) {
					return candidate.area();
				}
			}
			return null;
		}

	}

	interface Locator {

		Area locate(double x, double y);

	}

	/** points/s, elapsed ms, % inside */
	private static double[] measure(Locator locator, double[] xs, double[] ys, int n) {
		long start = System.nanoTime();
		int inside = 0;
		for (int i = 0; i < n; i++) {
			inside += locator.locate(xs[i], ys[i]) == null ? 0 : 1;
		}
		long elapsed = System.nanoTime() - start;
		return new double[] { n / (elapsed / 1e9), elapsed / 1e6, 100.0 * inside / n };
	}

	/** points/s, elapsed ms, % inside */
	private static double[] measureIndex(PointIndex index, double[] xs, double[] ys, int n) {
		long start = System.nanoTime();
		int inside = 0;
		for (int i = 0; i < n; i++) {
			inside += index.locate(xs[i], ys[i]) == null ? 0 : 1;
		}
		long elapsed = System.nanoTime() - start;
		return new double[] { n / (elapsed / 1e9), elapsed / 1e6, 100.0 * inside / n };
	}

	private static double[] measureScan(PointIndex index, double[] xs, double[] ys, int n) {
		long start = System.nanoTime();
		int inside = 0;
		for (int i = 0; i < n; i++) {
			inside += index.locateByScan(xs[i], ys[i]) == null ? 0 : 1;
		}
		long elapsed = System.nanoTime() - start;
		return new double[] { n / (elapsed / 1e9), elapsed / 1e6, 100.0 * inside / n };
	}

	private static double median(List<Double> values) {
		List<Double> sorted = new ArrayList<>(values);
		Collections.sort(sorted);
		int mid = sorted.size() / 2;
		return sorted.size() % 2 == 1 ? sorted.get(mid) : (sorted.get(mid - 1) + sorted.get(mid)) / 2;
	}

}
