package org.forewarn.hazard;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One line of an order's timeline: who did what, when, from which status to which, with
 * what evidence.
 */
record Step(Instant at, String action, OrderStatus from, OrderStatus to, String actor, String actorName,
		String departmentCode, String note, List<UUID> photoIds) {

	Step {
		photoIds = photoIds == null ? List.of() : List.copyOf(photoIds);
	}
}
