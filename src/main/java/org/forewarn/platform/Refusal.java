package org.forewarn.platform;

/**
 * What kind of refusal a module's error is, in the domain's words rather than HTTP's: a
 * module says "this thing does not exist" or "this move is not allowed in this state",
 * and the web edge ({@link ProblemDetailsAdvice}) alone decides which status code that
 * becomes. Keeps {@code Refusal} out of everything below the controllers.
 */
public enum Refusal {

	/** The input is malformed or out of range (answered as 400). */
	INVALID,

	/** Nobody is signed in or the credentials are wrong (401). */
	UNAUTHENTICATED,

	/** The caller may not do this, e.g. the four-eyes rule (403). */
	FORBIDDEN,

	/** The thing asked for does not exist, or not for this caller (404). */
	NOT_FOUND,

	/**
	 * The move is not possible in the thing's present state, or it clashes with what
	 * exists (409).
	 */
	CONFLICT,

	/** The body or a file is larger than allowed (413). */
	TOO_LARGE,

	/** The file or body is of a kind the platform does not take (415). */
	UNSUPPORTED_TYPE,

	/** The input is well-formed but cannot be acted on, e.g. an unknown code (422). */
	UNPROCESSABLE,

	/** The caller has asked too often and must wait (429). */
	TOO_MANY,

	/** A service the request needs is not there right now (503). */
	UNAVAILABLE

}
