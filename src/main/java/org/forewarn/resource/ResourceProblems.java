package org.forewarn.resource;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The resource module's own errors as RFC 9457 problem details (the platform's advice handles the rest). */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ResourceProblems {

	@ExceptionHandler(ResourceProblem.class)
	ResponseEntity<ProblemDetail> problem(ResourceProblem ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(ex.status(), ex.getMessage());
		problem.setTitle(ex.status() == HttpStatus.NOT_FOUND ? "Not found" : "Invalid request");
		if (ex.field() != null) {
			problem.setProperty("errors", List.of(Map.of("field", ex.field(), "message", ex.getMessage())));
		}
		return ResponseEntity.status(ex.status()).body(problem);
	}

	@ExceptionHandler(IllegalDispatchMove.class)
	ResponseEntity<ProblemDetail> illegal(IllegalDispatchMove ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, ex.getMessage());
		problem.setTitle("Not possible now");
		problem.setType(URI.create("https://forewarn.org/problems/dispatch-state"));
		return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
	}
}
