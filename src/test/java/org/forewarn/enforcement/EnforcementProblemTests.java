package org.forewarn.enforcement;

import java.net.URI;

import org.forewarn.platform.InputRejected;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The enforcement module's errors keep their status, title and problem type now that the platform answers them. */
class EnforcementProblemTests {

	private static void answers(InputRejected problem, int status, String title, String type) {
		assertThat(problem.status().value()).isEqualTo(status);
		assertThat(problem.title()).isEqualTo(title);
		assertThat(problem.type()).isEqualTo(type == null ? null : URI.create("https://forewarn.org/problems/" + type));
		assertThat(problem.field()).isNull();
	}

	@Test
	void caseMovesFourEyesTamperingAndMissingThingsKeepTheirAnswers() {
		answers(new IllegalCaseMove("closed"), 409, "Not possible at the case's current step", "case-step");
		answers(new FourEyesViolated("same officer"), 403, "Four-eyes principle", "four-eyes");
		answers(new EvidenceTampered("changed"), 409, "Evidence integrity check failed", "evidence-integrity");
		answers(new NotFound("case AJ-1"), 404, "Not found", null);
		InvalidCaseCode invalid = new InvalidCaseCode("AJ-x", "'AJ-x' is not a case code.");
		assertThat(invalid.status().value()).isEqualTo(400);
		assertThat(invalid.field()).isEqualTo("caseCode");
		assertThat(invalid.title()).isEqualTo("Invalid case code");
		assertThat(invalid.type()).isEqualTo(URI.create("https://forewarn.org/problems/case-code"));
	}
}
