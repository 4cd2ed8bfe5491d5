package org.forewarn.hazard;

import org.forewarn.platform.InputRejected;
import org.springframework.http.HttpStatus;

/**
 * Bad input at the hazard loop's edge, naming the field at fault: 400 (malformed), 413 (too large), 415 (not an
 * image), 422 (well-formed but unusable: unknown category, a point outside the city), 429 (too many tips).
 */
class ReportRejected extends InputRejected {

	ReportRejected(HttpStatus status, String field, String message) {
		super(status, field, message);
	}

	@Override
	public String title() {
		return switch (status().value()) {
			case 413 -> "Too large";
			case 415 -> "Unsupported media type";
			case 422 -> "Unprocessable report";
			case 429 -> "Too many requests";
			default -> "Invalid request";
		};
	}

	/** Ten minutes for a tipster who sent too many tips. */
	@Override
	public Integer retryAfterSeconds() {
		return status() == HttpStatus.TOO_MANY_REQUESTS ? 600 : null;
	}
}
