package org.forewarn.warning;

import java.net.URI;

import org.forewarn.platform.InputRejected;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The warning module's errors keep their status, title and problem type now that the platform answers them. */
class WarningProblemTests {

	private static void answers(InputRejected problem, int status, String title, String type) {
		assertThat(problem.status().value()).isEqualTo(status);
		assertThat(problem.title()).isEqualTo(title);
		assertThat(problem.type()).isEqualTo(type == null ? null : URI.create("https://forewarn.org/problems/" + type));
		assertThat(problem.field()).isNull();
	}

	@Test
	void illegalMovesFourEyesAndMissingWarningsKeepTheirAnswers() {
		answers(new IllegalWarningMove("lifted"), 409, "Not possible in the warning's current state", "warning-state");
		answers(new FourEyesViolated("duty.futian"), 403, "Four-eyes principle", "four-eyes");
		answers(new NoSuchWarning(42), 404, "Not found", null);
	}
}
