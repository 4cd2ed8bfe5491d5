package org.forewarn.plan;

import java.net.URI;

import org.forewarn.platform.InputRejected;
import org.forewarn.platform.Refusal;

/**
 * A plan request that cannot be done, with the HTTP status and the field it is about
 * (answered as a problem).
 */
class PlanRejected extends InputRejected {

	PlanRejected(Refusal status, String field, String message) {
		super(status, field, message);
	}

	static PlanRejected invalid(String field, String message) {
		return new PlanRejected(Refusal.UNPROCESSABLE, field, message);
	}

	static PlanRejected missing(String what) {
		return new PlanRejected(Refusal.NOT_FOUND, null, what + " does not exist");
	}

	static PlanRejected conflict(String message) {
		return new PlanRejected(Refusal.CONFLICT, null, message);
	}

	@Override
	public String title() {
		return switch (refusal()) {
			case NOT_FOUND -> "Not found";
			case CONFLICT -> "Not possible in the plan's current state";
			case FORBIDDEN -> "Four-eyes principle";
			default -> "Invalid plan";
		};
	}

	private static final URI TYPE = URI.create("https://forewarn.org/problems/plan");

	@Override
	public URI type() {
		return TYPE;
	}

}
