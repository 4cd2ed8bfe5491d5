package org.forewarn.enforcement;

import java.net.URI;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.forewarn.platform.ProblemShape.assertAnswers;

/**
 * The enforcement module's errors keep their status, title and problem type now that the
 * platform answers them.
 */
class EnforcementProblemTests {

	@Test
	void caseMovesFourEyesTamperingAndMissingThingsKeepTheirAnswers() {
		assertAnswers(new IllegalCaseMove("closed"), 409, "Not possible at the case's current step", "case-step");
		assertAnswers(new FourEyesViolated("same officer"), 403, "Four-eyes principle", "four-eyes");
		assertAnswers(new EvidenceTampered("changed"), 409, "Evidence integrity check failed", "evidence-integrity");
		assertAnswers(new NotFound("case AJ-1"), 404, "Not found", null);
		InvalidCaseCode invalid = new InvalidCaseCode("AJ-x", "'AJ-x' is not a case code.");
		assertThat(org.forewarn.platform.RefusalStatus.of(invalid.refusal()).value()).isEqualTo(400);
		assertThat(invalid.field()).isEqualTo("caseCode");
		assertThat(invalid.title()).isEqualTo("Invalid case code");
		assertThat(invalid.type()).isEqualTo(URI.create("https://forewarn.org/problems/case-code"));
	}

}
