package org.forewarn.notification;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Recipients did not acknowledge in time; their superiors (or the duty officers above
 * them) were notified.
 */
public record NotificationsEscalated(UUID subjectId, List<UUID> overduePersons, List<UUID> notifiedPersons,
		Instant at) {
}
