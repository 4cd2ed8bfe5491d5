package org.forewarn.warning;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.forewarn.organisation.PersonRole;
import org.forewarn.organisation.ResponsibilityType;

/**
 * A warning for the console: everything a duty officer needs to decide the next move, and
 * which moves they may make.
 */
record WarningView(UUID id, WarningStatus status, Warning.Origin origin, String ownerRegion, String eventType,
		String eventName, Colour colour, String colourName, String headline, String description, String instruction,
		List<String> regionCodes, String polygon, List<String> targetRegionCodes, String areaDescription,
		Instant expiresAt, Set<PersonRole> audienceRoles, Set<ResponsibilityType> audienceDuties, int revision,
		String identifier, String senderName, String draftedBy, List<String> authors, String approvedBy,
		Instant approvedAt, String issuedBy, Instant issuedAt, String cancelledBy, Instant cancelledAt,
		String cancelReason, Instant expiredAt, String source, Instant createdAt, Instant updatedAt,
		List<MessageView> messages, List<String> allowedActions) {

	record MessageView(int revision, String msgType, String identifier, String sender, Instant sent) {
	}

	static WarningView of(Warning warning, List<String> allowedActions) {
		Warning.Snapshot s = warning.snapshot();
		Content c = s.content();
		List<Message> messages = s.messages();
		return new WarningView(s.id().value(), s.status(), s.origin(), s.ownerRegion(), c.eventType(), c.eventName(),
				c.colour(), c.colour() == null ? null : c.colour().chinese(), c.headline(), c.description(),
				c.instruction(), c.regionCodes(), c.polygon(), c.targetRegionCodes(), c.areaDescription(),
				c.expiresAt(), c.audienceRoles(), c.audienceDuties(), s.revision(),
				messages.isEmpty() ? null : messages.getLast().identifier(), s.senderName(), s.draftedBy(), s.authors(),
				s.approvedBy(), s.approvedAt(), s.issuedBy(), s.issuedAt(), s.cancelledBy(), s.cancelledAt(),
				s.cancelReason(), s.expiredAt(), s.source(), s.createdAt(), s.updatedAt(),
				messages.stream()
					.map(m -> new MessageView(m.revision(), m.msgType(), m.identifier(), m.sender(), m.sentAt()))
					.toList(),
				allowedActions);
	}
}
