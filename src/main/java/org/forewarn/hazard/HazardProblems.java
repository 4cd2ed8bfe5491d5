package org.forewarn.hazard;

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

/** The hazard loop's own errors as RFC 9457 problem details (the platform's advice handles the rest). */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class HazardProblems {

	@ExceptionHandler(ReportRejected.class)
	ResponseEntity<ProblemDetail> rejected(ReportRejected ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(ex.status(), ex.getMessage());
		problem.setTitle(switch (ex.status()) {
			case PAYLOAD_TOO_LARGE -> "Too large";
			case UNSUPPORTED_MEDIA_TYPE -> "Unsupported media type";
			case UNPROCESSABLE_CONTENT -> "Unprocessable report";
			case TOO_MANY_REQUESTS -> "Too many requests";
			default -> "Invalid request";
		});
		problem.setType(URI.create("https://forewarn.org/problems/validation"));
		problem.setProperty("errors", List.of(Map.of("field", ex.field(), "message", ex.getMessage())));
		ResponseEntity.BodyBuilder response = ResponseEntity.status(ex.status());
		if (ex.status() == HttpStatus.TOO_MANY_REQUESTS) {
			response.header("Retry-After", "600");
		}
		return response.body(problem);
	}

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
