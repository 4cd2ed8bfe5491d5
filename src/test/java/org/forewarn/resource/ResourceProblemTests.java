package org.forewarn.resource;

import java.net.URI;

import org.forewarn.platform.InputRejected;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The resource module's errors keep their status, title and problem type now that the platform answers them. */
class ResourceProblemTests {

	private static void answers(InputRejected problem, int status, String title, String type) {
		assertThat(problem.status().value()).isEqualTo(status);
		assertThat(problem.title()).isEqualTo(title);
		assertThat(problem.type()).isEqualTo(type == null ? null : URI.create("https://forewarn.org/problems/" + type));
		assertThat(problem.field()).isNull();
	}

	@Test
	void illegalDispatchMovesAreConflicts() {
		answers(new IllegalDispatchMove("busy"), 409, "Not possible now", "dispatch-state");
	}
}
