package org.forewarn.region;

import java.util.ArrayList;
import java.util.List;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.util.PolygonExtracter;

/** Geometry arithmetic on lon/lat boundaries the way the hierarchy needs it. */
final class Polygons {

	/**
	 * Components smaller than this (in square degrees, about 100 m²) are overlay slivers,
	 * not territory.
	 */
	static final double SLIVER = 1e-8;

	private static final double KM_PER_DEGREE = 111.32;

	private Polygons() {
	}

	/**
	 * The polygonal part of an overlay result without slivers, as a Polygon or
	 * MultiPolygon.
	 */
	static Geometry only(Geometry geometry) {
		List<Polygon> polygons = new ArrayList<>();
		for (Object part : PolygonExtracter.getPolygons(geometry)) {
			Polygon polygon = (Polygon) part;
			if (polygon.getArea() > SLIVER) {
				polygons.add(polygon);
			}
		}
		if (polygons.size() == 1) {
			return polygons.get(0);
		}
		return geometry.getFactory().createMultiPolygon(polygons.toArray(Polygon[]::new));
	}

	/**
	 * Approximate area in km² (equirectangular at the geometry's latitude; ample for
	 * sizing grids).
	 */
	static double squareKilometres(Geometry geometry) {
		if (geometry == null || geometry.isEmpty()) {
			return 0;
		}
		double latitude = geometry.getEnvelopeInternal().centre().y;
		return geometry.getArea() * KM_PER_DEGREE * KM_PER_DEGREE * Math.cos(Math.toRadians(latitude));
	}

}
