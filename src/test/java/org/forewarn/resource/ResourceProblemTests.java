package org.forewarn.resource;

import org.junit.jupiter.api.Test;

import static org.forewarn.platform.ProblemShape.assertAnswers;

/**
 * The resource module's errors keep their status, title and problem type now that the
 * platform answers them.
 */
class ResourceProblemTests {

	@Test
	void illegalDispatchMovesAreConflicts() {
		assertAnswers(new IllegalDispatchMove("busy"), 409, "Not possible now", "dispatch-state");
	}

}
