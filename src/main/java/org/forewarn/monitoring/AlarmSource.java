package org.forewarn.monitoring;

/**
 * The station an alarm is about, with where it stands: its district-level area, street,
 * community and grid codes (community and grid may be null) and the reservoir or river it
 * watches, if any ({@code objectCode}, organisation module's code).
 */
public record AlarmSource(String stationCode, StationType stationType, String stationName, String objectCode,
		double latitude, double longitude, String districtCode, String streetCode, String communityCode,
		String gridCode) {
}
