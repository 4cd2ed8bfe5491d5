package org.forewarn.enterprise;

import java.util.List;

/**
 * An enterprise as other modules see it.
 *
 * @param industryCode GB/T 4754 division code (e.g. {@code C26})
 * @param regulatorDepartmentCodes the member units that regulate it (e.g.
 * {@code 440307-YJ})
 * @param riskLevel RED, ORANGE, YELLOW or BLUE
 */
public record EnterpriseSummary(String uscc, String name, String industryCode, String industryName, String address,
		Double latitude, Double longitude, String districtCode, String streetCode, String gridCode,
		List<String> regulatorDepartmentCodes, List<String> keyCategories, String riskLevel, int riskScore) {

	public EnterpriseSummary {
		regulatorDepartmentCodes = regulatorDepartmentCodes == null ? List.of() : List.copyOf(regulatorDepartmentCodes);
		keyCategories = keyCategories == null ? List.of() : List.copyOf(keyCategories);
	}

	/**
	 * The enterprise's id, typed. The {@code uscc} component stays the plain code so that
	 * the JSON shape of the answers that embed a summary does not change.
	 */
	public Uscc id() {
		return new Uscc(uscc);
	}
}
