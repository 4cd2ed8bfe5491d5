package org.forewarn.monitoring;

import java.net.URI;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A full telemetry queue is no fault of the request (503, try again in a second), so it
 * is answered here rather than as an {@link org.forewarn.platform.InputRejected} like the
 * module's other errors.
 */
@RestControllerAdvice(assignableTypes = { TelemetryController.class, StationController.class, AlarmController.class,
		AlarmRuleController.class })
@Order(Ordered.HIGHEST_PRECEDENCE)
class MonitoringProblems {

	@ExceptionHandler(TelemetryIngest.Overloaded.class)
	ResponseEntity<ProblemDetail> overloaded(TelemetryIngest.Overloaded ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, ex.getMessage());
		problem.setTitle("Telemetry queue full");
		problem.setType(URI.create("https://forewarn.org/problems/overloaded"));
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header("Retry-After", "1").body(problem);
	}

}
