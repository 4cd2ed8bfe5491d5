package org.forewarn.hazard;

import org.junit.jupiter.api.Test;

import static org.forewarn.platform.ProblemShape.assertAnswers;

/**
 * The hazard module's errors keep their status, title and problem type now that the
 * platform answers them.
 */
class HazardProblemTests {

	@Test
	void illegalMovesAreConflictsAndMissingOrdersNotFound() {
		assertAnswers(new IllegalTransition("closed"), 409, "Not possible in the order's current state", "order-state");
		assertAnswers(new NoSuchOrder("order x"), 404, "Not found", null);
	}

}
