package org.forewarn.region;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;

/**
 * One area of the hierarchy as the module holds it: identity, place in the hierarchy and,
 * where known, its boundary (lon/lat degrees), a simplified display boundary as GeoJSON
 * and a label point inside it.
 *
 * @param derived whether the boundary was carved or derived rather than taken as
 * published
 */
record Area(String code, String name, RegionLevel level, String parentCode, boolean derived, Geometry boundary,
		String displayGeoJson, Coordinate center) {

	static Area of(String code, String name, RegionLevel level, String parentCode) {
		return new Area(code, name, level, parentCode, false, null, null, null);
	}

	Area withBoundary(Geometry boundary, boolean derived) {
		return new Area(code, name, level, parentCode, derived, boundary, displayGeoJson, center);
	}

	Area withDisplay(String displayGeoJson, Coordinate center) {
		return new Area(code, name, level, parentCode, derived, boundary, displayGeoJson, center);
	}

	boolean hasBoundary() {
		return boundary != null && !boundary.isEmpty();
	}

	RegionSummary summary() {
		return new RegionSummary(code, name, level, parentCode, derived);
	}
}
