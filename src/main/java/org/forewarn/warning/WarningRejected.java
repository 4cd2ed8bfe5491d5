package org.forewarn.warning;

import org.springframework.http.HttpStatus;

/**
 * Bad input at the warning module's edge, naming the field at fault: 400 (malformed, not CAP 1.2, a DOCTYPE), 413
 * (too large), 415 (not XML), 422 (well-formed but unusable: unknown event type or area, expiry in the past).
 */
class WarningRejected extends RuntimeException {

	private final HttpStatus status;
	private final String field;

	WarningRejected(HttpStatus status, String field, String message) {
		super(message);
		this.status = status;
		this.field = field;
	}

	static WarningRejected invalid(String field, String message) {
		return new WarningRejected(HttpStatus.UNPROCESSABLE_CONTENT, field, message);
	}

	HttpStatus status() {
		return status;
	}

	String field() {
		return field;
	}
}
