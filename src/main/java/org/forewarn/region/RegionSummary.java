package org.forewarn.region;

/** An area as other modules see it. */
public record RegionSummary(String code, String name, RegionLevel level, String parentCode, boolean derived) {
}
