package org.forewarn.platform;

import java.net.URI;

import org.junit.jupiter.api.Test;

import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A module's own problem is answered by the one handler at the web edge, with the
 * module's title and type.
 */
class InputRejectedTests {

	final ProblemDetailsAdvice advice = new ProblemDetailsAdvice(event -> {
	});

	static class IllegalMove extends InputRejected {

		IllegalMove(String message) {
			super(Refusal.CONFLICT, null, message, "Not possible in the order's current state",
					problemType("order-state"));
		}

	}

	static class Missing extends InputRejected {

		Missing(String message) {
			super(Refusal.NOT_FOUND, null, message, "Not found", null);
		}

	}

	@Test
	void anIllegalMoveIsAConflictWithTheModulesTitleAndTypeAndNoFieldErrors() {
		ResponseEntity<ProblemDetail> answer = advice.rejected(new IllegalMove("Order YH-1 is closed."));
		assertThat(answer.getStatusCode().value()).isEqualTo(409);
		assertThat(answer.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(answer.getBody().getTitle()).isEqualTo("Not possible in the order's current state");
		assertThat(answer.getBody().getType()).isEqualTo(URI.create("https://forewarn.org/problems/order-state"));
		assertThat(answer.getBody().getDetail()).isEqualTo("Order YH-1 is closed.");
		assertThat(answer.getBody().getProperties()).isNull();
	}

	@Test
	void aMissingThingKeepsTheDefaultType() {
		ResponseEntity<ProblemDetail> answer = advice.rejected(new Missing("No warning 42."));
		assertThat(answer.getStatusCode().value()).isEqualTo(404);
		assertThat(answer.getBody().getTitle()).isEqualTo("Not found");
		// as the module handlers answered before: no validation type, the bare default of
		// a problem detail
		assertThat(answer.getBody().getType()).isEqualTo(ProblemDetail.forStatus(404).getType());
	}

	@Test
	void badInputKeepsTheValidationTypeAndNamesTheField() {
		InputRejected refused = new TextPolicy.Refused("note", "contains the control character U+0000");
		ResponseEntity<ProblemDetail> answer = advice.rejected(refused);
		assertThat(answer.getStatusCode().value()).isEqualTo(400);
		assertThat(answer.getBody().getTitle()).isEqualTo("Invalid request");
		assertThat(answer.getBody().getType()).isEqualTo(InputRejected.VALIDATION);
		assertThat(answer.getBody().getProperties()).containsKey("errors");
	}

}
