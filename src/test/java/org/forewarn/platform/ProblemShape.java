package org.forewarn.platform;

import java.net.URI;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * For the modules' tests: what a module's own problem answers with (no field named, as
 * for illegal moves).
 */
public final class ProblemShape {

	private ProblemShape() {
	}

	/**
	 * The problem's status, title and type ({@code order-state} and the like; null for
	 * the default type).
	 */
	public static void assertAnswers(InputRejected problem, int status, String title, String type) {
		assertThat(RefusalStatus.of(problem.refusal()).value()).isEqualTo(status);
		assertThat(problem.title()).isEqualTo(title);
		assertThat(problem.type()).isEqualTo(type == null ? null : URI.create("https://forewarn.org/problems/" + type));
		assertThat(problem.field()).isNull();
	}

}
