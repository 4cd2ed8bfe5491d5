package org.forewarn.resource;

import java.net.URI;

import org.forewarn.platform.InputRejected;
import org.forewarn.platform.Refusal;

/** Bad input or a missing resource, answered as a problem detail naming the field. */
class ResourceProblem extends InputRejected {

	ResourceProblem(Refusal status, String field, String message) {
		super(status, field, message);
	}

	@Override
	public String title() {
		return switch (refusal()) {
			case NOT_FOUND -> "Not found";
			default -> "Invalid request";
		};
	}

	@Override
	public URI type() {
		return null;
	}

}
