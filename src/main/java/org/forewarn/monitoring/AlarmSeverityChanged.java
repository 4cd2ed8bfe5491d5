package org.forewarn.monitoring;

import java.time.Instant;

/**
 * An active alarm was escalated by a more severe rule of its type (e.g. rainstorm orange
 * → red). Severity only rises while an alarm is active. Published in the transaction that
 * stored the reading.
 *
 * @param previous the severity before
 * @param signal the warning colour of the rule that escalated it, or null
 */
public record AlarmSeverityChanged(AlarmId alarmId, String type, Severity previous, Severity severity, String signal,
		AlarmSource source, String ruleCode, Double value, Double threshold, Instant observedAt) {
}
