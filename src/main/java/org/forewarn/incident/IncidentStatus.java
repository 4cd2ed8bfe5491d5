package org.forewarn.incident;

import java.util.Map;
import java.util.Set;

/**
 * Where an incident stands: reported → responding → recovering → closed (a false alarm
 * may close at once).
 */
enum IncidentStatus {

	REPORTED, RESPONDING, RECOVERING, CLOSED;

	private static final Map<IncidentStatus, Set<IncidentStatus>> NEXT = Map.of(REPORTED, Set.of(RESPONDING, CLOSED),
			RESPONDING, Set.of(RECOVERING, CLOSED), RECOVERING, Set.of(RESPONDING, CLOSED), CLOSED, Set.of());

	boolean canMoveTo(IncidentStatus next) {
		return NEXT.get(this).contains(next);
	}

	/**
	 * Where a commander's move leads from here: respond → responding, recover →
	 * recovering, close → closed; a level change keeps the status but needs an open
	 * incident. A move this status does not allow is refused as a conflict.
	 */
	IncidentStatus after(IncidentCommand command) {
		IncidentStatus next = switch (command) {
			case IncidentCommand.Respond respond -> RESPONDING;
			case IncidentCommand.Recover recover -> RECOVERING;
			case IncidentCommand.Close close -> CLOSED;
			case IncidentCommand.ChangeLevel change -> {
				if (this == CLOSED) {
					throw IncidentRejected.conflict("status", "the incident is closed; its level no longer changes");
				}
				yield this;
			}
		};
		if (!(command instanceof IncidentCommand.ChangeLevel) && !canMoveTo(next)) {
			throw IncidentRejected.conflict("status", "an incident cannot move from " + this + " to " + next);
		}
		return next;
	}

}
