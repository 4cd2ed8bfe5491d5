package org.forewarn.incident;

import org.springframework.http.HttpStatus;

/** An incident request that cannot be done, with the status and the field it is about (answered as a problem). */
class IncidentRejected extends RuntimeException {

	private final HttpStatus status;
	private final String field;

	IncidentRejected(HttpStatus status, String field, String message) {
		super(message);
		this.status = status;
		this.field = field;
	}

	static IncidentRejected invalid(String field, String message) {
		return new IncidentRejected(HttpStatus.UNPROCESSABLE_CONTENT, field, message);
	}

	static IncidentRejected missing(String what) {
		return new IncidentRejected(HttpStatus.NOT_FOUND, null, what + " does not exist");
	}

	static IncidentRejected conflict(String field, String message) {
		return new IncidentRejected(HttpStatus.CONFLICT, field, message);
	}

	HttpStatus status() {
		return status;
	}

	String field() {
		return field;
	}
}
