package org.forewarn.warning;

import java.net.URI;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The warning module's own errors as RFC 9457 problem details (the platform's advice handles the rest). */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class WarningProblems {

	@ExceptionHandler(IllegalWarningMove.class)
	ResponseEntity<ProblemDetail> illegal(IllegalWarningMove ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, ex.getMessage());
		problem.setTitle("Not possible in the warning's current state");
		problem.setType(URI.create("https://forewarn.org/problems/warning-state"));
		return json(HttpStatus.CONFLICT, problem);
	}

	@ExceptionHandler(FourEyesViolated.class)
	ResponseEntity<ProblemDetail> fourEyes(FourEyesViolated ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, ex.getMessage());
		problem.setTitle("Four-eyes principle");
		problem.setType(URI.create("https://forewarn.org/problems/four-eyes"));
		return json(HttpStatus.FORBIDDEN, problem);
	}

	@ExceptionHandler(NoSuchWarning.class)
	ResponseEntity<ProblemDetail> missing(NoSuchWarning ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, ex.getMessage());
		problem.setTitle("Not found");
		return json(HttpStatus.NOT_FOUND, problem);
	}

	/** Problems are JSON even where the endpoint produces XML (CAP, GB/T 35965.1, Atom). */
	private static ResponseEntity<ProblemDetail> json(HttpStatus status, ProblemDetail problem) {
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}
}
