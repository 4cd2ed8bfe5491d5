package org.forewarn.warning;

import java.time.Instant;

/** A warning came into force (its first revision): its recipients are to be notified. */
public record WarningIssued(WarningSummary warning, String issuedBy, Instant at) {
}
