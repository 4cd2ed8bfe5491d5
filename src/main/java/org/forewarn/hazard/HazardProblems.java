package org.forewarn.hazard;

import java.net.URI;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The hazard loop's own errors as RFC 9457 problem details (the platform's advice handles the rest). */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class HazardProblems {

	@ExceptionHandler(IllegalTransition.class)
	ResponseEntity<ProblemDetail> illegal(IllegalTransition ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, ex.getMessage());
		problem.setTitle("Not possible in the order's current state");
		problem.setType(URI.create("https://forewarn.org/problems/order-state"));
		return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
	}

	@ExceptionHandler(NoSuchOrder.class)
	ResponseEntity<ProblemDetail> missing(NoSuchOrder ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, ex.getMessage());
		problem.setTitle("Not found");
		return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem);
	}
}
