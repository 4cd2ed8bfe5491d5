package org.forewarn.enterprise;

import java.util.List;

import org.springframework.http.HttpStatus;

/** Bad input at the registry's edge, with every field at fault: 400, 404, 409, 413, 415 or 422. */
class EnterpriseRejected extends RuntimeException {

	record FieldProblem(String field, String message) {
	}

	private final HttpStatus status;
	private final List<FieldProblem> problems;

	EnterpriseRejected(HttpStatus status, String field, String message) {
		this(status, List.of(new FieldProblem(field, message)));
	}

	EnterpriseRejected(HttpStatus status, List<FieldProblem> problems) {
		super(problems.isEmpty() ? status.getReasonPhrase()
				: String.join(" ", problems.stream().map(FieldProblem::message).toList()));
		this.status = status;
		this.problems = List.copyOf(problems);
	}

	HttpStatus status() {
		return status;
	}

	List<FieldProblem> problems() {
		return problems;
	}
}
