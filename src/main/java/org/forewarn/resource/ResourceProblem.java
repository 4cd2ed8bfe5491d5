package org.forewarn.resource;

import org.springframework.http.HttpStatus;

/** Bad input or a missing resource, answered as a problem detail naming the field. */
class ResourceProblem extends RuntimeException {

	private final HttpStatus status;
	private final String field;

	ResourceProblem(HttpStatus status, String field, String message) {
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
