package org.forewarn.region;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.triangulate.VoronoiDiagramBuilder;

/**
 * Divides a boundary into n cells that tile it: Voronoi cells of n seed points inside the
 * boundary, relaxed a few times towards their centroids (Lloyd) so cells have similar
 * sizes, and clipped to the boundary. Deterministic: the seeds come from a generator
 * seeded with the parent's code, so the same input always gives the same cells.
 */
final class Tessellation {

	private static final int RELAXATIONS = 3;

	private Tessellation() {
	}

	static List<Geometry> divide(Geometry parent, int n, String seedKey) {
		if (n <= 1) {
			return List.of(parent);
		}
		List<Coordinate> seeds = seeds(parent, n, seedKey);
		List<Geometry> cells = cells(parent, seeds);
		for (int i = 0; i < RELAXATIONS; i++) {
			IndexedPointInAreaLocator inside = new IndexedPointInAreaLocator(parent);
			List<Coordinate> relaxed = new ArrayList<>(n);
			for (int c = 0; c < n; c++) {
				Coordinate centroid = cells.get(c).getCentroid().getCoordinate();
				boolean usable = centroid != null && inside.locate(centroid) == Location.INTERIOR
						&& !relaxed.contains(centroid);
				relaxed.add(usable ? centroid : seeds.get(c));
			}
			seeds = relaxed;
			cells = cells(parent, seeds);
		}
		return cells;
	}

	private static List<Coordinate> seeds(Geometry parent, int n, String seedKey) {
		SplittableRandom random = new SplittableRandom(seedKey.hashCode() * 0x9E3779B97F4A7C15L);
		IndexedPointInAreaLocator inside = new IndexedPointInAreaLocator(parent);
		Envelope box = parent.getEnvelopeInternal();
		List<Coordinate> seeds = new ArrayList<>(n);
		int attempts = 0;
		while (seeds.size() < n) {
			if (++attempts > 10_000 * n) {
				throw new IllegalStateException("cannot place " + n + " seeds inside " + seedKey);
			}
			Coordinate point = new Coordinate(box.getMinX() + random.nextDouble() * box.getWidth(),
					box.getMinY() + random.nextDouble() * box.getHeight());
			if (inside.locate(point) == Location.INTERIOR && !seeds.contains(point)) {
				seeds.add(point);
			}
		}
		return seeds;
	}

	/** The Voronoi cell of each seed (same order), clipped to the parent. */
	private static List<Geometry> cells(Geometry parent, List<Coordinate> seeds) {
		Envelope clip = new Envelope(parent.getEnvelopeInternal());
		clip.expandBy(Math.max(clip.getWidth(), clip.getHeight()));
		VoronoiDiagramBuilder builder = new VoronoiDiagramBuilder();
		builder.setSites(seeds);
		builder.setClipEnvelope(clip);
		Geometry diagram = builder.getDiagram(parent.getFactory());
		Map<Coordinate, Geometry> bySeed = new HashMap<>();
		for (int i = 0; i < diagram.getNumGeometries(); i++) {
			Geometry cell = diagram.getGeometryN(i);
			bySeed.put((Coordinate) cell.getUserData(), cell);
		}
		List<Geometry> cells = new ArrayList<>(seeds.size());
		for (Coordinate seed : seeds) {
			Geometry cell = bySeed.get(seed);
			if (cell == null) {
				throw new IllegalStateException("no Voronoi cell for seed " + seed);
			}
			cells.add(Polygons.only(cell.intersection(parent)));
		}
		return cells;
	}

}
