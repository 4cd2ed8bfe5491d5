package org.forewarn.hazard;

import java.time.Instant;

/** When a step of an order is due, and when it turns red. */
interface Deadlines {

	Due due(Grade grade, DeadlineStep step, Instant from);

	record Due(Instant deadline, Instant redAt) {
	}

}
