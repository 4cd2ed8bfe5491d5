package org.forewarn.monitoring;

import java.net.URI;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The monitoring module's own errors as RFC 9457 problem details (the platform's advice handles the rest). */
@RestControllerAdvice(assignableTypes = { TelemetryController.class, StationController.class, AlarmController.class,
		AlarmRuleController.class })
@Order(Ordered.HIGHEST_PRECEDENCE)
class MonitoringProblems {

	@ExceptionHandler(IllegalAlarmTransition.class)
	ResponseEntity<ProblemDetail> illegal(IllegalAlarmTransition ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, ex.getMessage());
		problem.setTitle("Not possible in the alarm's current state");
		problem.setType(URI.create("https://forewarn.org/problems/alarm-state"));
		return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
	}

	@ExceptionHandler(TelemetryIngest.Overloaded.class)
	ResponseEntity<ProblemDetail> overloaded(TelemetryIngest.Overloaded ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, ex.getMessage());
		problem.setTitle("Telemetry queue full");
		problem.setType(URI.create("https://forewarn.org/problems/overloaded"));
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header("Retry-After", "1").body(problem);
	}

	@ExceptionHandler(NotFound.class)
	ResponseEntity<ProblemDetail> missing(NotFound ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, ex.getMessage());
		problem.setTitle("Not found");
		return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem);
	}

	/** A station or alarm that does not exist. */
	static class NotFound extends RuntimeException {
		NotFound(String message) {
			super(message);
		}
	}
}
