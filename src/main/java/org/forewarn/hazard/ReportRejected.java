package org.forewarn.hazard;

import org.springframework.http.HttpStatus;

/**
 * Bad input at the hazard loop's edge, naming the field at fault: 400 (malformed), 413 (too large), 415 (not an
 * image), 422 (well-formed but unusable: unknown category, a point outside the city), 429 (too many tips).
 */
class ReportRejected extends RuntimeException {

	private final HttpStatus status;
	private final String field;

	ReportRejected(HttpStatus status, String field, String message) {
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
