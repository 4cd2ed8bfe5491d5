package org.forewarn.incident;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The incident module's own errors as RFC 9457 problem details naming the field. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class IncidentProblems {

	@ExceptionHandler(IncidentRejected.class)
	ResponseEntity<ProblemDetail> rejected(IncidentRejected ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(ex.status(), ex.getMessage());
		problem.setTitle(switch (ex.status()) {
			case NOT_FOUND -> "Not found";
			case CONFLICT -> "Not possible in the incident's current state";
			default -> "Invalid incident request";
		});
		problem.setType(URI.create("https://forewarn.org/problems/incident"));
		if (ex.field() != null) {
			problem.setProperty("errors", List.of(Map.of("field", ex.field(), "message", ex.getMessage())));
		}
		return ResponseEntity.status(ex.status()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}
}
