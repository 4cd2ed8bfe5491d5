package org.forewarn.plan;

import java.time.Instant;
import java.util.UUID;

/** One version of a plan with its content, as other modules and the console see it. */
public record PlanVersionView(UUID id, UUID planId, String planCode, String planName, String planLevel,
		String regionCode, int number, String status, PlanContent content, String reason, String originKind,
		String originId, String author, String submittedBy, String approvedBy, Instant approvedAt, Instant publishedAt,
		Instant createdAt) {
}
