package org.forewarn.enforcement;

import java.util.List;
import java.util.Map;

import org.forewarn.enterprise.UnknownEnterprise;
import org.forewarn.platform.InputRejected;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * An enterprise named in an inspection or a case that nobody registered is a fault in the
 * request body here (422 on the {@code uscc} field), not a missing resource as on the
 * enterprise module's own endpoints. The module's other errors are {@link InputRejected}s
 * answered by the platform.
 */
@RestControllerAdvice(
		assignableTypes = { InspectionController.class, CaseController.class, AccidentInvestigationController.class })
@Order(Ordered.HIGHEST_PRECEDENCE)
class EnforcementProblems {

	@ExceptionHandler(UnknownEnterprise.class)
	ResponseEntity<ProblemDetail> unknownEnterprise(UnknownEnterprise ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, ex.getMessage());
		problem.setTitle("Unknown enterprise");
		problem.setType(InputRejected.VALIDATION);
		problem.setProperty("errors", List.of(Map.of("field", "uscc", "message", ex.getMessage())));
		return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem);
	}

}
