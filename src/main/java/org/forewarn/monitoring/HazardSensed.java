package org.forewarn.monitoring;

import java.time.Instant;

/**
 * An alarm calls for a hazard report: published when an alarm rule that names a hazard
 * category fires, or when a user opens a hazard report from an alarm. The hazard module
 * takes it in after this module's transaction commits, as a report of its IoT channel;
 * this module needs no answer, so it owns the event and depends on nothing of the hazard
 * loop. Replays of the same alarm are ignored there.
 *
 * @param alarmId the alarm; the hazard side's idempotency key
 * @param categoryCode the hazard category code the rule names (or the alarm type's usual
 * category for a report opened by hand), never null
 * @param severity the alarm's severity; the hazard module grades from it
 * @param description what was measured where, for the report's text
 * @param observedAt when the alarm last fired
 */
public record HazardSensed(AlarmId alarmId, String categoryCode, Severity severity, double latitude, double longitude,
		String description, Instant observedAt) {
}
