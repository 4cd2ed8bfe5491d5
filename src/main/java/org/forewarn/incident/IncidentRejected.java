package org.forewarn.incident;

import java.net.URI;

import org.forewarn.platform.InputRejected;
import org.forewarn.platform.Refusal;

/**
 * An incident request that cannot be done, with the status and the field it is about
 * (answered as a problem).
 */
class IncidentRejected extends InputRejected {

	IncidentRejected(Refusal status, String field, String message) {
		super(status, field, message);
	}

	static IncidentRejected invalid(String field, String message) {
		return new IncidentRejected(Refusal.UNPROCESSABLE, field, message);
	}

	static IncidentRejected missing(String what) {
		return new IncidentRejected(Refusal.NOT_FOUND, null, what + " does not exist");
	}

	static IncidentRejected conflict(String field, String message) {
		return new IncidentRejected(Refusal.CONFLICT, field, message);
	}

	@Override
	public String title() {
		return switch (refusal()) {
			case NOT_FOUND -> "Not found";
			case CONFLICT -> "Not possible in the incident's current state";
			default -> "Invalid incident request";
		};
	}

	private static final URI TYPE = URI.create("https://forewarn.org/problems/incident");

	@Override
	public URI type() {
		return TYPE;
	}

}
