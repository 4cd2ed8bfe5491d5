package org.forewarn.notification;

import java.time.Instant;
import java.util.UUID;

/**
 * A recipient acknowledged a notice of a warning or command ({@code subjectId}: the
 * warning's or command's id).
 */
public record NotificationAcknowledged(UUID notificationId, UUID subjectId, UUID personId, Instant at) {
}
