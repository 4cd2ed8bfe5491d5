package org.forewarn.warning;

import java.time.Instant;

/**
 * A warning was lifted 解除 before its expiry; {@code wasIssued} is false for a withdrawn
 * draft.
 */
public record WarningCancelled(WarningId id, boolean wasIssued, String reason, String cancelledBy, Instant at) {
}
