package org.forewarn.enterprise;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.forewarn.platform.RefusalStatus;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The enterprise module's errors as RFC 9457 problem details (the platform's advice
 * handles the rest).
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class EnterpriseProblems {

	static final URI VALIDATION = URI.create("https://forewarn.org/problems/validation");

	@ExceptionHandler(EnterpriseRejected.class)
	ResponseEntity<ProblemDetail> rejected(EnterpriseRejected ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(RefusalStatus.of(ex.refusal()), ex.getMessage());
		problem.setTitle(switch (ex.refusal()) {
			case NOT_FOUND -> "Not found";
			case CONFLICT -> "Conflict";
			case TOO_LARGE -> "Too large";
			case UNSUPPORTED_TYPE -> "Unsupported media type";
			case UNPROCESSABLE -> "Unprocessable enterprise";
			default -> "Invalid request";
		});
		problem.setType(VALIDATION);
		problem.setProperty("errors",
				ex.problems().stream().map(p -> Map.of("field", p.field(), "message", p.message())).toList());
		return ResponseEntity.status(RefusalStatus.of(ex.refusal())).body(problem);
	}

	@ExceptionHandler(InvalidUscc.class)
	ResponseEntity<ProblemDetail> invalid(InvalidUscc ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, ex.getMessage());
		problem.setTitle("Invalid unified social credit code");
		problem.setType(VALIDATION);
		problem.setProperty("position", ex.position());
		problem.setProperty("errors", List.of(Map.of("field", "uscc", "message", ex.getMessage())));
		return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT).body(problem);
	}

	/**
	 * Thrown by {@link EnterpriseRecords#record} for a USCC nobody registered (any
	 * module's controller).
	 */
	@ExceptionHandler(UnknownEnterprise.class)
	ResponseEntity<ProblemDetail> unknown(UnknownEnterprise ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
				"没有统一社会信用代码为 %s 的企业。%s.".formatted(ex.uscc(), ex.getMessage()));
		problem.setTitle("Unknown enterprise");
		problem.setProperty("errors", List.of(Map.of("field", "uscc", "message", ex.getMessage())));
		return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem);
	}

}
