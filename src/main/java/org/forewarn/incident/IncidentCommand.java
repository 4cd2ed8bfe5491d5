package org.forewarn.incident;

import org.forewarn.plan.ResponseLevel;

/**
 * A commander's move on an incident 事件, one record per move with exactly that move's
 * fields; {@link IncidentDesk} runs it with a {@code switch} over the type. Whether the
 * move is allowed from the incident's status is the status's rule
 * ({@link IncidentStatus#canMoveTo}); an illegal one is refused as a conflict.
 */
sealed interface IncidentCommand {

	/**
	 * Start (or, from recovery, resume) the response: reported or recovering →
	 * responding.
	 */
	record Respond(String reason) implements IncidentCommand {
	}

	/** The danger is over, recovery and reconstruction begin: responding → recovering. */
	record Recover(String reason) implements IncidentCommand {
	}

	/**
	 * Close the incident (a false alarm may close at once); its plan activations end with
	 * it.
	 */
	record Close(String reason) implements IncidentCommand {
	}

	/** Re-grade the incident 定级调整 to another level; a reason is required. */
	record ChangeLevel(ResponseLevel level, String reason) implements IncidentCommand {
	}

}
