package org.forewarn.warning;

import java.time.Instant;

/**
 * An issued warning changed (colour, area, text or expiry) and stays in force as a new
 * revision.
 */
public record WarningUpdated(WarningSummary warning, String updatedBy, Instant at) {
}
