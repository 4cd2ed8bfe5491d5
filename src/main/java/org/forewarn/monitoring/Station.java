package org.forewarn.monitoring;

import java.util.List;
import java.util.Map;

/**
 * A monitoring station: what it measures (its sensors, one per metric), where it stands
 * (placed in district, street, community and grid by the region module), who owns it and,
 * for a water-level station, the reservoir or river it watches with that object's
 * characteristic levels (m).
 *
 * @param regionPath the station's ancestry, city first, down to its grid
 */
record Station(String code, StationType type, String name, double latitude, double longitude, String districtCode,
		String streetCode, String communityCode, String gridCode, List<String> regionPath, String departmentCode,
		String objectCode, Double floodLimitLevel, Double designFloodLevel, Double warningLevel, Double guaranteeLevel,
		Map<String, Metric> sensors) {

	Station {
		regionPath = List.copyOf(regionPath);
		sensors = Map.copyOf(sensors);
	}

	/**
	 * A characteristic level of the watched object, or null when the station watches none
	 * or the object has none.
	 */
	Double level(String reference) {
		return switch (reference) {
			case "FLOOD_LIMIT_LEVEL" -> floodLimitLevel;
			case "DESIGN_FLOOD_LEVEL" -> designFloodLevel;
			case "WARNING_LEVEL" -> warningLevel;
			case "GUARANTEE_LEVEL" -> guaranteeLevel;
			default -> throw new IllegalArgumentException("unknown level " + reference);
		};
	}

	AlarmSource source() {
		return new AlarmSource(code, type, name, objectCode, latitude, longitude, districtCode, streetCode,
				communityCode, gridCode);
	}
}
