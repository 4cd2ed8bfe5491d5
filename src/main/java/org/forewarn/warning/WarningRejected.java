package org.forewarn.warning;

import org.forewarn.platform.InputRejected;
import org.forewarn.platform.Refusal;

/**
 * Bad input at the warning module's edge, naming the field at fault: 400 (malformed, not
 * CAP 1.2, a DOCTYPE), 413 (too large), 415 (not XML), 422 (well-formed but unusable:
 * unknown event type or area, expiry in the past).
 */
class WarningRejected extends InputRejected {

	WarningRejected(Refusal status, String field, String message) {
		super(status, field, message);
	}

	static WarningRejected invalid(String field, String message) {
		return new WarningRejected(Refusal.UNPROCESSABLE, field, message);
	}

	@Override
	public String title() {
		return switch (refusal()) {
			case TOO_LARGE -> "Too large";
			case UNSUPPORTED_TYPE -> "Unsupported media type";
			case UNPROCESSABLE -> "Unprocessable warning";
			default -> "Invalid request";
		};
	}

}
