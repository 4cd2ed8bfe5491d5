package org.forewarn.plan;

import java.net.URI;

import org.forewarn.platform.InputRejected;
import org.springframework.http.HttpStatus;

/** A plan request that cannot be done, with the HTTP status and the field it is about (answered as a problem). */
class PlanRejected extends InputRejected {

	PlanRejected(HttpStatus status, String field, String message) {
		super(status, field, message);
	}

	static PlanRejected invalid(String field, String message) {
		return new PlanRejected(HttpStatus.UNPROCESSABLE_CONTENT, field, message);
	}

	static PlanRejected missing(String what) {
		return new PlanRejected(HttpStatus.NOT_FOUND, null, what + " does not exist");
	}

	static PlanRejected conflict(String message) {
		return new PlanRejected(HttpStatus.CONFLICT, null, message);
	}

	@Override
	public String title() {
		return switch (status().value()) {
			case 404 -> "Not found";
			case 409 -> "Not possible in the plan's current state";
			case 403 -> "Four-eyes principle";
			default -> "Invalid plan";
		};
	}

	private static final URI TYPE = URI.create("https://forewarn.org/problems/plan");

	@Override
	public URI type() {
		return TYPE;
	}
}
