package org.forewarn.region;

import java.util.List;
import java.util.Optional;

import org.locationtech.jts.geom.Geometry;

/**
 * The region module's query API for other modules: look up an area by code, test
 * containment in the hierarchy (jurisdiction checks use it) and place a point in its
 * district, street, community and grid.
 */
public interface Regions {

	/** The area with this code, if it exists. */
	Optional<RegionSummary> find(String code);

	/**
	 * Whether {@code code} is {@code ancestorCode} itself or lies below it in the
	 * hierarchy. Codes are not prefixes of each other in general (Dapeng's streets keep
	 * Longgang's codes), so callers must not compare strings.
	 */
	boolean isWithin(String code, String ancestorCode);

	/**
	 * The chain from the city down to this area (city first, the area itself last); empty
	 * if unknown.
	 */
	List<RegionSummary> ancestry(String code);

	/**
	 * The areas a point falls in, or empty when it is inside no area of the city (sea,
	 * another city).
	 */
	Optional<Placement> locate(double latitude, double longitude);

	/**
	 * The direct children of an area (districts of the city, streets of a district, …),
	 * ordered by code.
	 */
	List<RegionSummary> children(String code);

	/** All areas of one level below (or at) an area, ordered by code. */
	List<RegionSummary> descendants(String code, RegionLevel level);

	/** The city whose hierarchy is loaded. */
	RegionSummary city();

	/**
	 * The areas of one level whose boundary meets the given lon/lat geometry (EPSG:4326),
	 * ordered by code; areas without a boundary are never returned. Used to turn a drawn
	 * warning polygon into the areas it affects.
	 */
	List<RegionSummary> intersecting(Geometry geometry, RegionLevel level);

}
