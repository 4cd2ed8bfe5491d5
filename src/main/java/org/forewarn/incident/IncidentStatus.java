package org.forewarn.incident;

import java.util.Map;
import java.util.Set;

/** Where an incident stands: reported → responding → recovering → closed (a false alarm may close at once). */
enum IncidentStatus {
	REPORTED, RESPONDING, RECOVERING, CLOSED;

	private static final Map<IncidentStatus, Set<IncidentStatus>> NEXT = Map.of(REPORTED, Set.of(RESPONDING, CLOSED),
			RESPONDING, Set.of(RECOVERING, CLOSED), RECOVERING, Set.of(RESPONDING, CLOSED), CLOSED, Set.of());

	boolean canMoveTo(IncidentStatus next) {
		return NEXT.get(this).contains(next);
	}
}
