package org.forewarn.region;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.locationtech.jts.coverage.CoverageSimplifier;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.io.geojson.GeoJsonWriter;
import org.locationtech.jts.simplify.TopologyPreservingSimplifier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Derives a city's whole territory once (first start, or after the derivation changed):
 * the hierarchy from the division tables, published or carved district boundaries
 * (Shenzhen; other cities get a derived stand-in outline, {@link CityOutline}), district
 * (other cities), street, community and grid boundaries as deterministic tessellations of
 * their parent, display geometry and label points. The result is stored and later starts
 * read it back instead of deriving it again.
 */
final class TerritoryDerivation {

	private static final Logger log = LoggerFactory.getLogger(TerritoryDerivation.class);

	/**
	 * Bump when anything below changes the derived areas: stored territories of another
	 * version are re-derived.
	 */
	static final int VERSION = 2;

	static final GeometryFactory FACTORY = new GeometryFactory(new PrecisionModel(), 4326);

	/**
	 * Display simplification tolerance per level, in degrees (~100 m for districts down
	 * to ~15 m for grids).
	 */
	static final Map<RegionLevel, Double> DISPLAY_TOLERANCE = new EnumMap<>(
			Map.of(RegionLevel.CITY, 0.001, RegionLevel.DISTRICT, 0.0008, RegionLevel.STREET, 0.0005,
					RegionLevel.COMMUNITY, 0.0003, RegionLevel.GRID, 0.00015));

	private TerritoryDerivation() {
	}

	static List<Area> derive(String cityCode) {
		long started = System.nanoTime();
		Map<String, Area> areas = new LinkedHashMap<>();
		CityHierarchy.of(cityCode).forEach(area -> areas.put(area.code(), area));
		Map<String, List<String>> children = new LinkedHashMap<>();
		areas.values().forEach(a -> children.computeIfAbsent(a.parentCode(), k -> new ArrayList<>()).add(a.code()));

		if (ShenzhenZones.CITY.equals(cityCode)) {
			Geometry city = FACTORY.createPolygon();
			for (var entry : ShenzhenZones.districtBoundaries(FACTORY).entrySet()) {
				areas.computeIfPresent(entry.getKey(),
						(code, area) -> area.withBoundary(entry.getValue().geometry(), entry.getValue().derived()));
				city = city.union(entry.getValue().geometry());
			}
			Geometry cityBoundary = Polygons.only(city);
			areas.computeIfPresent(cityCode, (code, area) -> area.withBoundary(cityBoundary, true));
		}
		else {
			// No boundary in the data: a derived stand-in outline, tessellated like
			// everything below it.
			int streets = (int) areas.values().stream().filter(a -> a.level() == RegionLevel.STREET).count();
			Geometry outline = CityOutline.of(cityCode, streets, FACTORY);
			areas.computeIfPresent(cityCode, (code, area) -> area.withBoundary(outline, true));
		}

		// Districts (where not published), streets and communities: tessellate each
		// parent that has a boundary
		// among its children. Parents of one level are independent, so they are divided
		// in parallel; each division
		// is seeded by its parent's code, so the result does not depend on the order or
		// the thread.
		for (RegionLevel level : List.of(RegionLevel.CITY, RegionLevel.DISTRICT, RegionLevel.STREET)) {
			List<Area> parents = areas.values().stream().filter(parent -> {
				List<String> kids = children.getOrDefault(parent.code(), List.of());
				return parent.level() == level && parent.hasBoundary() && !kids.isEmpty()
						&& kids.stream().noneMatch(kid -> areas.get(kid).hasBoundary());
			}).toList();
			List<List<Geometry>> divisions = parents.parallelStream()
				.map(parent -> Tessellation.divide(parent.boundary(), children.get(parent.code()).size(),
						parent.code()))
				.toList();
			for (int p = 0; p < parents.size(); p++) {
				List<String> kids = children.get(parents.get(p).code());
				for (int i = 0; i < kids.size(); i++) {
					Geometry cell = divisions.get(p).get(i);
					areas.computeIfPresent(kids.get(i), (code, area) -> area.withBoundary(cell, true));
				}
			}
		}

		// Grids under every community, and under every street that has no communities.
		List<Area> gridParents = areas.values()
			.stream()
			.filter(parent -> parent.level() == RegionLevel.COMMUNITY
					|| (parent.level() == RegionLevel.STREET && !children.containsKey(parent.code())))
			.toList();
		List<Area> grids = gridParents.parallelStream().flatMap(parent -> {
			int n = GridMinting.count(parent.hasBoundary() ? Polygons.squareKilometres(parent.boundary()) : 0);
			List<Geometry> cells = parent.hasBoundary() ? Tessellation.divide(parent.boundary(), n, parent.code())
					: null;
			List<Area> minted = new ArrayList<>(n);
			for (int i = 0; i < n; i++) {
				Area grid = Area.of(GridMinting.code(parent, i + 1), GridMinting.name(parent, i + 1), RegionLevel.GRID,
						parent.code());
				minted.add(cells == null ? grid : grid.withBoundary(cells.get(i), true));
			}
			return minted.stream();
		}).toList();
		grids.forEach(grid -> areas.put(grid.code(), grid));

		List<Area> result = withDisplay(new ArrayList<>(areas.values()));
		result.sort(Comparator.comparing(Area::level).thenComparing(Area::code));
		log.info("Derived {} areas of city {} in {} ms", result.size(), cityCode,
				(System.nanoTime() - started) / 1_000_000);
		return result;
	}

	/**
	 * Simplified display boundaries (one coverage per level, so neighbours keep shared
	 * edges) and label points.
	 */
	static List<Area> withDisplay(List<Area> areas) {
		Map<RegionLevel, List<Integer>> byLevel = new EnumMap<>(RegionLevel.class);
		for (int i = 0; i < areas.size(); i++) {
			if (areas.get(i).hasBoundary()) {
				byLevel.computeIfAbsent(areas.get(i).level(), k -> new ArrayList<>()).add(i);
			}
		}
		GeoJsonWriter writer = new GeoJsonWriter(6);
		writer.setEncodeCRS(false);
		List<Area> result = new ArrayList<>(areas);
		byLevel.forEach((level, indexes) -> {
			Geometry[] coverage = indexes.stream().map(i -> areas.get(i).boundary()).toArray(Geometry[]::new);
			double tolerance = DISPLAY_TOLERANCE.get(level);
			Geometry[] simplified;
			try {
				simplified = CoverageSimplifier.simplify(coverage, tolerance);
			}
			catch (RuntimeException ex) {
				log.warn("Coverage simplification of level {} failed ({}); simplifying areas one by one", level,
						ex.toString());
				simplified = new Geometry[coverage.length];
				for (int i = 0; i < coverage.length; i++) {
					simplified[i] = TopologyPreservingSimplifier.simplify(coverage[i], tolerance);
				}
			}
			for (int k = 0; k < indexes.size(); k++) {
				Area area = areas.get(indexes.get(k));
				Geometry display = simplified[k] == null || simplified[k].isEmpty() ? area.boundary() : simplified[k];
				result.set(indexes.get(k), area.withDisplay(writer.write(display), labelPoint(area.boundary())));
			}
		});
		return result;
	}

	static Coordinate labelPoint(Geometry boundary) {
		Point centroid = boundary.getCentroid();
		Coordinate point = boundary.covers(centroid) ? centroid.getCoordinate()
				: boundary.getInteriorPoint().getCoordinate();
		return new Coordinate(Math.round(point.x * 1e6) / 1e6, Math.round(point.y * 1e6) / 1e6);
	}

}
