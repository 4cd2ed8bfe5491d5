package org.forewarn.resource;

import java.net.URI;

import org.forewarn.platform.InputRejected;
import org.springframework.http.HttpStatus;

/** Bad input or a missing resource, answered as a problem detail naming the field. */
class ResourceProblem extends InputRejected {

	ResourceProblem(HttpStatus status, String field, String message) {
		super(status, field, message);
	}

	@Override
	public String title() {
		return switch (status().value()) {
			case 404 -> "Not found";
			default -> "Invalid request";
		};
	}

	@Override
	public URI type() {
		return null;
	}
}
