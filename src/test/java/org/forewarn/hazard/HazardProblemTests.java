package org.forewarn.hazard;

import java.net.URI;

import org.forewarn.platform.InputRejected;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The hazard module's errors keep their status, title and problem type now that the platform answers them. */
class HazardProblemTests {

	private static void answers(InputRejected problem, int status, String title, String type) {
		assertThat(problem.status().value()).isEqualTo(status);
		assertThat(problem.title()).isEqualTo(title);
		assertThat(problem.type()).isEqualTo(type == null ? null : URI.create("https://forewarn.org/problems/" + type));
		assertThat(problem.field()).isNull();
	}

	@Test
	void illegalMovesAreConflictsAndMissingOrdersNotFound() {
		answers(new IllegalTransition("closed"), 409, "Not possible in the order's current state", "order-state");
		answers(new NoSuchOrder("order x"), 404, "Not found", null);
	}
}
