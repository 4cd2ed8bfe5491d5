package org.forewarn.region;

/**
 * Where a point lies: its district-level area, street, community and grid (community or
 * grid may be absent).
 */
public record Placement(RegionSummary district, RegionSummary street, RegionSummary community, RegionSummary grid) {
}
