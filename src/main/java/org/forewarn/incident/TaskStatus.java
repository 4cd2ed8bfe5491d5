package org.forewarn.incident;

import java.util.Map;
import java.util.Set;

/** A task's state on the command board; DONE and CANCELLED are final. */
enum TaskStatus {

	ASSIGNED, ACKNOWLEDGED, IN_PROGRESS, DONE, BLOCKED, CANCELLED;

	private static final Map<TaskStatus, Set<TaskStatus>> NEXT = Map.of(ASSIGNED,
			Set.of(ACKNOWLEDGED, IN_PROGRESS, BLOCKED, DONE, CANCELLED), ACKNOWLEDGED,
			Set.of(IN_PROGRESS, BLOCKED, DONE, CANCELLED), IN_PROGRESS, Set.of(DONE, BLOCKED, CANCELLED), BLOCKED,
			Set.of(IN_PROGRESS, DONE, CANCELLED), DONE, Set.of(), CANCELLED, Set.of(ASSIGNED));

	boolean canMoveTo(TaskStatus next) {
		return NEXT.get(this).contains(next);
	}

	boolean open() {
		return this != DONE && this != CANCELLED;
	}

}
