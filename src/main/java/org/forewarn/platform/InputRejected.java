package org.forewarn.platform;

import java.net.URI;

/**
 * Bad input or an impossible request at a module's edge, naming the field at fault (null
 * when no one field is): a {@link Refusal} (the web edge maps it to 400, 403, 404, 409,
 * 413, 415, 422 or 429). Answered by the platform as an RFC 9457 problem with an
 * {@code errors} entry for the field (none when no one field is at fault). A module names
 * its own problems — an illegal move (409), a four-eyes refusal (403), a missing thing
 * (404) — by passing a title and a type to the constructor, so that one handler at the
 * web edge answers them all and no module repeats it.
 */
public class InputRejected extends RuntimeException {

	public static final URI VALIDATION = URI.create("https://forewarn.org/problems/validation");

	private final Refusal refusal;

	private final String field;

	private final String title;

	private final URI type;

	protected InputRejected(Refusal status, String field, String message) {
		this(status, field, message, null, VALIDATION);
	}

	/**
	 * A module's own problem: the title says what kind of refusal in a few words, the
	 * type (see {@link #problemType(String)}) lets clients tell it apart; a null type
	 * leaves the default ({@code about:blank}).
	 */
	protected InputRejected(Refusal status, String field, String message, String title, URI type) {
		super(message);
		this.refusal = status;
		this.field = field;
		this.title = title;
		this.type = type;
	}

	/** The platform's address for a problem type, e.g. {@code order-state}. */
	public static URI problemType(String name) {
		return URI.create("https://forewarn.org/problems/" + name);
	}

	/**
	 * What kind of refusal this is; the web edge alone turns it into a status code
	 * ({@link RefusalStatus}).
	 */
	public Refusal refusal() {
		return refusal;
	}

	public String field() {
		return field;
	}

	/** The problem's title: what kind of refusal, in a few words. */
	public String title() {
		if (title != null) {
			return title;
		}
		return switch (refusal) {
			case NOT_FOUND -> "Not found";
			case TOO_LARGE -> "Too large";
			case UNSUPPORTED_TYPE -> "Unsupported media type";
			case UNPROCESSABLE -> "Unprocessable request";
			case TOO_MANY -> "Too many requests";
			default -> "Invalid request";
		};
	}

	/** The problem's type; null leaves the default ({@code about:blank}). */
	public URI type() {
		return type;
	}

	/**
	 * Seconds the caller should wait before trying again ({@code Retry-After}), or null.
	 */
	public Integer retryAfterSeconds() {
		return null;
	}

}
