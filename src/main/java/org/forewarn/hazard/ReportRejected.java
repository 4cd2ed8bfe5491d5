package org.forewarn.hazard;

import org.forewarn.platform.InputRejected;
import org.forewarn.platform.Refusal;

/**
 * Bad input at the hazard loop's edge, naming the field at fault: 400 (malformed), 413
 * (too large), 415 (not an image), 422 (well-formed but unusable: unknown category, a
 * point outside the city), 429 (too many tips).
 */
class ReportRejected extends InputRejected {

	ReportRejected(Refusal status, String field, String message) {
		super(status, field, message);
	}

	@Override
	public String title() {
		return switch (refusal()) {
			case TOO_LARGE -> "Too large";
			case UNSUPPORTED_TYPE -> "Unsupported media type";
			case UNPROCESSABLE -> "Unprocessable report";
			case TOO_MANY -> "Too many requests";
			default -> "Invalid request";
		};
	}

	/** Ten minutes for a tipster who sent too many tips. */
	@Override
	public Integer retryAfterSeconds() {
		return refusal() == Refusal.TOO_MANY ? 600 : null;
	}

}
