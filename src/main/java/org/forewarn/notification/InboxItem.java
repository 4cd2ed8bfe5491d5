package org.forewarn.notification;

import java.time.Instant;
import java.util.UUID;

/**
 * A notice in a recipient's inbox and on their stream.
 *
 * @param subjectKind WARNING or COMMAND; {@code subjectId} is the warning's or the
 * command's id
 * @param kind NOTICE, or ESCALATION when it tells a superior that others did not
 * acknowledge
 * @param status PENDING, SENT, DELIVERED, ACKNOWLEDGED or FAILED
 */
record InboxItem(UUID id, UUID subjectId, String subjectKind, String kind, int revision, String title, String text,
		boolean active, String status, Instant createdAt, Instant acknowledgeBy, Instant acknowledgedAt) {

	static InboxItem of(Notices.Notice n) {
		return new InboxItem(n.id(), n.subjectId(), n.subjectKind(), n.kind(), n.revision(), n.title(), n.text(),
				n.active(), n.status(), n.createdAt(), n.acknowledgeBy(), n.acknowledgedAt());
	}
}
