package org.forewarn.monitoring;

/**
 * One alarm rule, a row of table {@code alarm_rule} (see the migration for the kinds).
 * Rules of one {@code alarmType} compete on a station: the most severe firing rule sets
 * the alarm's severity.
 *
 * @param thresholdRef a level of the watched object ({@code FLOOD_LIMIT_LEVEL} …) used
 * instead of {@code threshold}
 * @param clearMargin hysteresis: the alarm clears only once the measure is this far back
 * on the safe side
 */
record AlarmRule(String code, String alarmType, String name, StationType stationType, String metric, Kind kind,
		boolean below, Double threshold, String thresholdRef, Integer windowMinutes, double clearMargin,
		Severity severity, String signal, String hazardCategory) {

	enum Kind {

		THRESHOLD, WINDOW_SUM, RATE_OF_RISE, NO_DATA

	}

	/**
	 * The values a threshold or margin of this rule can sensibly take; outside them the
	 * rule could never fire.
	 */
	record Bounds(double min, double max, String unit) {

		boolean contains(double value) {
			return value >= min && value <= max;
		}
	}

	/**
	 * What the rule's threshold may be, from its metric's plausible range: a level within
	 * the range, a window sum up to one maximal reading a minute over the window, a rise
	 * up to the range's span; empty where the rule has no fixed threshold to change
	 * (no-data, or a threshold taken from the watched object).
	 */
	java.util.Optional<Bounds> thresholdBounds() {
		if (kind == Kind.NO_DATA || stationType == null || thresholdRef != null) {
			return java.util.Optional.empty();
		}
		Metric metric = Metric.of(stationType);
		double span = metric.max() - metric.min();
		return java.util.Optional.of(switch (kind) {
			case THRESHOLD -> new Bounds(metric.min(), metric.max(), metric.unit());
			case WINDOW_SUM ->
				new Bounds(0, metric.max() * Math.max(1, windowMinutes == null ? 1 : windowMinutes), metric.unit());
			case RATE_OF_RISE -> new Bounds(0, span, metric.unit());
			case NO_DATA -> throw new IllegalStateException("no threshold");
		});
	}

	/**
	 * A clear margin: from zero to the span of the values the rule watches (its metric's
	 * range or its bounds).
	 */
	double maxClearMargin() {
		if (stationType == null) {
			return 0;
		}
		Metric metric = Metric.of(stationType);
		return thresholdBounds().map(b -> b.max() - b.min()).orElse(metric.max() - metric.min());
	}

	boolean appliesTo(Station station) {
		return (stationType == null || stationType == station.type()) && threshold(station) != null;
	}

	/**
	 * The threshold on this station: fixed, or the watched object's level (null if it has
	 * none).
	 */
	Double threshold(Station station) {
		return kind == Kind.NO_DATA ? Double.valueOf(0)
				: thresholdRef != null ? station.level(thresholdRef) : threshold;
	}

	boolean fires(double measure, double threshold) {
		return below ? measure <= threshold : measure >= threshold;
	}

	/**
	 * Whether the measure is still too close to firing to let an alarm clear
	 * (hysteresis).
	 */
	boolean holds(double measure, double threshold) {
		return below ? measure < threshold + clearMargin : measure > threshold - clearMargin;
	}
}
