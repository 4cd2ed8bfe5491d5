package org.forewarn.warning;

import org.forewarn.platform.InputRejected;
import org.springframework.http.HttpStatus;

/**
 * Bad input at the warning module's edge, naming the field at fault: 400 (malformed, not CAP 1.2, a DOCTYPE), 413
 * (too large), 415 (not XML), 422 (well-formed but unusable: unknown event type or area, expiry in the past).
 */
class WarningRejected extends InputRejected {

	WarningRejected(HttpStatus status, String field, String message) {
		super(status, field, message);
	}

	static WarningRejected invalid(String field, String message) {
		return new WarningRejected(HttpStatus.UNPROCESSABLE_CONTENT, field, message);
	}

	@Override
	public String title() {
		return switch (status().value()) {
			case 413 -> "Too large";
			case 415 -> "Unsupported media type";
			case 422 -> "Unprocessable warning";
			default -> "Invalid request";
		};
	}
}
