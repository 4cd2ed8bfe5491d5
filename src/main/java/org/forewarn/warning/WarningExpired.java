package org.forewarn.warning;

import java.time.Instant;

/** An issued warning reached its expiry time and is no longer in force. */
public record WarningExpired(WarningId id, Instant at) {
}
