package org.forewarn.enforcement;

import org.springframework.http.HttpStatus;

/** Bad input, naming the field at fault: 400, 404, 413, 415 or 422. */
class Rejected extends RuntimeException {

	private final HttpStatus status;
	private final String field;

	Rejected(HttpStatus status, String field, String message) {
		super(message);
		this.status = status;
		this.field = field;
	}

	HttpStatus status() {
		return status;
	}

	String field() {
		return field;
	}
}
