package org.forewarn.enterprise;

import java.util.List;

import org.forewarn.platform.Refusal;

/**
 * Bad input at the registry's edge, with every field at fault: 400, 404, 409, 413, 415 or
 * 422.
 */
class EnterpriseRejected extends RuntimeException {

	record FieldProblem(String field, String message) {
	}

	private final Refusal status;

	private final List<FieldProblem> problems;

	EnterpriseRejected(Refusal status, String field, String message) {
		this(status, List.of(new FieldProblem(field, message)));
	}

	EnterpriseRejected(Refusal status, List<FieldProblem> problems) {
		super(problems.isEmpty() ? status.name()
				: String.join(" ", problems.stream().map(FieldProblem::message).toList()));
		this.status = status;
		this.problems = List.copyOf(problems);
	}

	Refusal refusal() {
		return status;
	}

	List<FieldProblem> problems() {
		return problems;
	}

}
