package org.forewarn.plan;

import org.springframework.http.HttpStatus;

/** A plan request that cannot be done, with the HTTP status and the field it is about (answered as a problem). */
class PlanRejected extends RuntimeException {

	private final HttpStatus status;
	private final String field;

	PlanRejected(HttpStatus status, String field, String message) {
		super(message);
		this.status = status;
		this.field = field;
	}

	static PlanRejected invalid(String field, String message) {
		return new PlanRejected(HttpStatus.UNPROCESSABLE_CONTENT, field, message);
	}

	static PlanRejected missing(String what) {
		return new PlanRejected(HttpStatus.NOT_FOUND, null, what + " does not exist");
	}

	static PlanRejected conflict(String message) {
		return new PlanRejected(HttpStatus.CONFLICT, null, message);
	}

	HttpStatus status() {
		return status;
	}

	String field() {
		return field;
	}
}
