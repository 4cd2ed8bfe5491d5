package org.forewarn.hazard;

import java.time.Instant;

/**
 * A machine saw a hazard: taken in by the hazard loop after the publisher's transaction
 * commits, exactly like a report from a person. Replays with the same {@code source} and
 * {@code externalId} are ignored. The monitoring module does not use this record: it
 * publishes its own {@link org.forewarn.monitoring.HazardSensed}, which
 * {@link HazardSignals} turns into one, so monitoring needs nothing of the hazard module.
 *
 * The enforcement module publishes one for an inspection finding
 * ({@link Channel#INDUSTRY_INSPECTION}, the finding's reference as {@code externalId});
 * {@link SignalledOrders} tells it which order the finding became. Unlike monitoring,
 * enforcement does not own an event of its own for this: the hazard module would then
 * depend on enforcement, which depends on enterprise, which listens to this module's
 * order events for its profile — a cycle {@code ModularityTests} refuses. Enforcement is
 * the natural caller here (it hands a finding to this loop and reads back which order it
 * became), so the arrow stays enforcement → hazard and the signal stays this module's
 * intake message, delivered after the sender's commit like an event.
 *
 * @param source the channel: {@link Channel#IOT_ALARM}, {@link Channel#VIDEO_ANALYTICS}
 * or {@link Channel#INDUSTRY_INSPECTION}
 * @param externalId the alarm's id in the sensing system, or the finding's reference
 * (idempotency key)
 * @param categoryCode a hazard category code if the sensor knows it (a gas sensor does),
 * else null to classify the description
 * @param grade the grade if known, else null (general)
 */
public record HazardSignal(Channel source, String externalId, String categoryCode, Grade grade, double latitude,
		double longitude, String description, Instant observedAt, String enterpriseUscc) {

	public HazardSignal {
		if (source != Channel.IOT_ALARM && source != Channel.VIDEO_ANALYTICS && source != Channel.INDUSTRY_INSPECTION) {
			throw new IllegalArgumentException(
					"a hazard signal comes from IOT_ALARM, VIDEO_ANALYTICS or INDUSTRY_INSPECTION, not " + source);
		}
		if (externalId == null || externalId.isBlank()) {
			throw new IllegalArgumentException("a hazard signal needs the alarm's external id");
		}
	}
}
