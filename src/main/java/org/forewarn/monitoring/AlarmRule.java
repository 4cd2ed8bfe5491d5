package org.forewarn.monitoring;

/**
 * One alarm rule, a row of table {@code alarm_rule} (see the migration for the kinds). Rules of one
 * {@code alarmType} compete on a station: the most severe firing rule sets the alarm's severity.
 *
 * @param thresholdRef a level of the watched object ({@code FLOOD_LIMIT_LEVEL} …) used instead of {@code threshold}
 * @param clearMargin  hysteresis: the alarm clears only once the measure is this far back on the safe side
 */
record AlarmRule(String code, String alarmType, String name, StationType stationType, String metric, Kind kind,
		boolean below, Double threshold, String thresholdRef, Integer windowMinutes, double clearMargin,
		Severity severity, String signal, String hazardCategory) {

	enum Kind {
		THRESHOLD, WINDOW_SUM, RATE_OF_RISE, NO_DATA
	}

	boolean appliesTo(Station station) {
		return (stationType == null || stationType == station.type()) && threshold(station) != null;
	}

	/** The threshold on this station: fixed, or the watched object's level (null if it has none). */
	Double threshold(Station station) {
		return kind == Kind.NO_DATA ? Double.valueOf(0) : thresholdRef != null ? station.level(thresholdRef) : threshold;
	}

	boolean fires(double measure, double threshold) {
		return below ? measure <= threshold : measure >= threshold;
	}

	/** Whether the measure is still too close to firing to let an alarm clear (hysteresis). */
	boolean holds(double measure, double threshold) {
		return below ? measure < threshold + clearMargin : measure > threshold - clearMargin;
	}
}
