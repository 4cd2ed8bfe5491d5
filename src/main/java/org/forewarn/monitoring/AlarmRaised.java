package org.forewarn.monitoring;

import java.time.Instant;

/**
 * A rule fired on a station that had no active alarm of this type: a new alarm is active
 * and unacknowledged. Published in the transaction that stored the reading; listeners run
 * after it commits.
 *
 * @param type the alarm type, e.g. {@code RAINSTORM}, {@code HIGH_WATER},
 * {@code GAS_LEAK}, {@code NO_DATA}
 * @param signal the warning colour the firing rule stands for ({@code YELLOW},
 * {@code ORANGE}, {@code RED} for the rainstorm rules), or null; the warning module
 * proposes warnings from it
 * @param ruleCode the rule that fired (table {@code alarm_rule})
 * @param metric what was measured ({@code rainfall_5m}, {@code water_level} …); null for
 * {@code NO_DATA}
 * @param value the measured value the rule compared: the accumulated sum for window
 * rules, metres per hour for rate-of-rise rules; null for {@code NO_DATA}
 * @param threshold the threshold it crossed
 * @param observedAt the reading's time (or, for {@code NO_DATA}, when the silence was
 * noticed)
 */
public record AlarmRaised(AlarmId alarmId, String type, Severity severity, String signal, AlarmSource source,
		String ruleCode, String metric, Double value, Double threshold, Instant observedAt) {
}
