package org.forewarn.enforcement;

import java.net.URI;
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

/** The enforcement module's own errors as RFC 9457 problem details (the platform's advice handles the rest). */
@RestControllerAdvice(assignableTypes = { InspectionController.class, CaseController.class,
		AccidentInvestigationController.class })
@Order(Ordered.HIGHEST_PRECEDENCE)
class EnforcementProblems {

	static final URI VALIDATION = InputRejected.VALIDATION;

	@ExceptionHandler(InvalidCaseCode.class)
	ResponseEntity<ProblemDetail> invalidCode(InvalidCaseCode ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, ex.getMessage());
		problem.setTitle("Invalid case code");
		problem.setType(URI.create("https://forewarn.org/problems/case-code"));
		problem.setProperty("errors", List.of(Map.of("field", "caseCode", "message", ex.getMessage())));
		return json(HttpStatus.BAD_REQUEST, problem);
	}

	@ExceptionHandler(UnknownEnterprise.class)
	ResponseEntity<ProblemDetail> unknownEnterprise(UnknownEnterprise ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, ex.getMessage());
		problem.setTitle("Unknown enterprise");
		problem.setType(VALIDATION);
		problem.setProperty("errors", List.of(Map.of("field", "uscc", "message", ex.getMessage())));
		return json(HttpStatus.UNPROCESSABLE_CONTENT, problem);
	}

	@ExceptionHandler(IllegalCaseMove.class)
	ResponseEntity<ProblemDetail> illegal(IllegalCaseMove ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, ex.getMessage());
		problem.setTitle("Not possible at the case's current step");
		problem.setType(URI.create("https://forewarn.org/problems/case-step"));
		return json(HttpStatus.CONFLICT, problem);
	}

	@ExceptionHandler(FourEyesViolated.class)
	ResponseEntity<ProblemDetail> fourEyes(FourEyesViolated ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, ex.getMessage());
		problem.setTitle("Four-eyes principle");
		problem.setType(URI.create("https://forewarn.org/problems/four-eyes"));
		return json(HttpStatus.FORBIDDEN, problem);
	}

	@ExceptionHandler(EvidenceTampered.class)
	ResponseEntity<ProblemDetail> tampered(EvidenceTampered ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, ex.getMessage());
		problem.setTitle("Evidence integrity check failed");
		problem.setType(URI.create("https://forewarn.org/problems/evidence-integrity"));
		return json(HttpStatus.CONFLICT, problem);
	}

	@ExceptionHandler(NotFound.class)
	ResponseEntity<ProblemDetail> missing(NotFound ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, ex.getMessage());
		problem.setTitle("Not found");
		return json(HttpStatus.NOT_FOUND, problem);
	}

	private static ResponseEntity<ProblemDetail> json(HttpStatus status, ProblemDetail problem) {
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}
}
