package org.forewarn.monitoring;

import java.net.URI;

import org.forewarn.platform.InputRejected;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The monitoring module's errors keep their status, title and problem type now that the platform answers them. */
class MonitoringProblemTests {

	private static void answers(InputRejected problem, int status, String title, String type) {
		assertThat(problem.status().value()).isEqualTo(status);
		assertThat(problem.title()).isEqualTo(title);
		assertThat(problem.type()).isEqualTo(type == null ? null : URI.create("https://forewarn.org/problems/" + type));
		assertThat(problem.field()).isNull();
	}

	@Test
	void illegalAlarmMovesAreConflictsAndMissingStationsNotFound() {
		answers(new IllegalAlarmTransition("cleared"), 409, "Not possible in the alarm's current state", "alarm-state");
		answers(new NotFound("No station X."), 404, "Not found", null);
	}
}
