package org.forewarn.organisation;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A person that cannot be registered: an invalid field (400, with the same {@code errors} shape as bean validation)
 * or a duplicate (409). Answered as a problem detail by the platform's error handling.
 */
class PersonRejected extends ErrorResponseException {

	private PersonRejected(HttpStatus status, ProblemDetail problem) {
		super(status, problem, null);
	}

	static PersonRejected invalid(String field, String message) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "The request has invalid fields.");
		problem.setType(URI.create("https://forewarn.org/problems/validation"));
		problem.setTitle("Invalid request");
		problem.setProperty("errors", List.of(Map.of("field", field, "message", message)));
		return new PersonRejected(HttpStatus.BAD_REQUEST, problem);
	}

	static PersonRejected duplicate(PersonRole role, MobileNumber phone) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
				"A %s with phone %s is registered already.".formatted(role, phone.masked()));
		problem.setType(URI.create("https://forewarn.org/problems/duplicate-person"));
		problem.setTitle("Duplicate person");
		return new PersonRejected(HttpStatus.CONFLICT, problem);
	}
}
