package org.forewarn.monitoring;

import org.junit.jupiter.api.Test;

import static org.forewarn.platform.ProblemShape.assertAnswers;

/**
 * The monitoring module's errors keep their status, title and problem type now that the
 * platform answers them.
 */
class MonitoringProblemTests {

	@Test
	void illegalAlarmMovesAreConflictsAndMissingStationsNotFound() {
		assertAnswers(new IllegalAlarmTransition("cleared"), 409, "Not possible in the alarm's current state",
				"alarm-state");
		assertAnswers(new NotFound("No station X."), 404, "Not found", null);
	}

}
