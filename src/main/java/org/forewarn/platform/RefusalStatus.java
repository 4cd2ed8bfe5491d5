package org.forewarn.platform;

import org.springframework.http.HttpStatus;

/**
 * The one place a {@link Refusal} becomes an HTTP status: used by the web edge
 * (problem-details handlers) only, so that modules name what went wrong and never which
 * status code answers it.
 */
public final class RefusalStatus {

	private RefusalStatus() {
	}

	public static HttpStatus of(Refusal refusal) {
		return switch (refusal) {
			case INVALID -> HttpStatus.BAD_REQUEST;
			case UNAUTHENTICATED -> HttpStatus.UNAUTHORIZED;
			case FORBIDDEN -> HttpStatus.FORBIDDEN;
			case NOT_FOUND -> HttpStatus.NOT_FOUND;
			case CONFLICT -> HttpStatus.CONFLICT;
			case TOO_LARGE -> HttpStatus.CONTENT_TOO_LARGE;
			case UNSUPPORTED_TYPE -> HttpStatus.UNSUPPORTED_MEDIA_TYPE;
			case UNPROCESSABLE -> HttpStatus.UNPROCESSABLE_CONTENT;
			case TOO_MANY -> HttpStatus.TOO_MANY_REQUESTS;
			case UNAVAILABLE -> HttpStatus.SERVICE_UNAVAILABLE;
		};
	}

}
