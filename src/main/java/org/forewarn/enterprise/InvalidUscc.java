package org.forewarn.enterprise;

/**
 * A text that is not a valid Unified Social Credit Code; answered with 422 naming the
 * position and the reason.
 */
class InvalidUscc extends RuntimeException {

	private final String code;

	private final Uscc.Problem problem;

	InvalidUscc(String code, Uscc.Problem problem) {
		super(problem.message());
		this.code = code;
		this.problem = problem;
	}

	String code() {
		return code;
	}

	int position() {
		return problem.position();
	}

}
