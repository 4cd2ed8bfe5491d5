package org.forewarn.platform;

/**
 * The part of the city and of the organisation a user answers for: a region (city,
 * district, street, community or grid code) and optionally a department. A city-level
 * region code with no department sees everything. Whether a given region lies inside is
 * answered by the region module, which knows the hierarchy.
 */
public record Jurisdiction(String regionCode, String departmentCode) {

	public Jurisdiction {
		if (regionCode == null || regionCode.isBlank()) {
			throw new IllegalArgumentException("a jurisdiction needs a region code");
		}
	}

	public boolean hasDepartment() {
		return departmentCode != null && !departmentCode.isBlank();
	}
}
