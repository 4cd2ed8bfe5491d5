package org.forewarn.platform;

import java.net.URI;

import org.springframework.http.HttpStatus;

/**
 * Bad input or an impossible request at a module's edge, naming the field at fault (null when no one field is): 400,
 * 403, 404, 409, 413, 415, 422 or 429. Answered by the platform as an RFC 9457 problem with an {@code errors} entry
 * for the field; a module names its own problems by overriding {@link #title()} and {@link #type()}.
 */
public class InputRejected extends RuntimeException {

	public static final URI VALIDATION = URI.create("https://forewarn.org/problems/validation");

	private final HttpStatus status;

	private final String field;

	protected InputRejected(HttpStatus status, String field, String message) {
		super(message);
		this.status = status;
		this.field = field;
	}

	public HttpStatus status() {
		return status;
	}

	public String field() {
		return field;
	}

	/** The problem's title: what kind of refusal, in a few words. */
	public String title() {
		return switch (status.value()) {
			case 404 -> "Not found";
			case 413 -> "Too large";
			case 415 -> "Unsupported media type";
			case 422 -> "Unprocessable request";
			case 429 -> "Too many requests";
			default -> "Invalid request";
		};
	}

	/** The problem's type; null leaves the default ({@code about:blank}). */
	public URI type() {
		return VALIDATION;
	}

	/** Seconds the caller should wait before trying again ({@code Retry-After}), or null. */
	public Integer retryAfterSeconds() {
		return null;
	}
}
