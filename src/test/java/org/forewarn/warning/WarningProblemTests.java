package org.forewarn.warning;

import org.junit.jupiter.api.Test;

import static org.forewarn.platform.ProblemShape.assertAnswers;

/**
 * The warning module's errors keep their status, title and problem type now that the
 * platform answers them.
 */
class WarningProblemTests {

	@Test
	void illegalMovesFourEyesAndMissingWarningsKeepTheirAnswers() {
		assertAnswers(new IllegalWarningMove("lifted"), 409, "Not possible in the warning's current state",
				"warning-state");
		assertAnswers(FourEyesViolated.author("duty.futian"), 403, "Four-eyes principle", "four-eyes");
		assertAnswers(new NoSuchWarning(42), 404, "Not found", null);
	}

}
