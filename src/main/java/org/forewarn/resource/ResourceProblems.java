package org.forewarn.resource;

import java.net.URI;

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

	@ExceptionHandler(IllegalDispatchMove.class)
	ResponseEntity<ProblemDetail> illegal(IllegalDispatchMove ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, ex.getMessage());
		problem.setTitle("Not possible now");
		problem.setType(URI.create("https://forewarn.org/problems/dispatch-state"));
		return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
	}
}
