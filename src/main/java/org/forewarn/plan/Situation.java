package org.forewarn.plan;

import java.util.List;

/**
 * What a plan is matched against: an incident's type code (GB/T 35561 style, e.g.
 * {@code 010101}), level, the district it lies in and the region codes of its affected
 * area.
 */
public record Situation(String typeCode, ResponseLevel level, String districtCode, List<String> areaCodes) {

	public Situation {
		areaCodes = areaCodes == null ? List.of() : List.copyOf(areaCodes);
	}
}
