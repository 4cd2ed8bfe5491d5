package org.forewarn.platform;

/**
 * Thrown when a caller asks for something outside their jurisdiction. Answered with 403
 * and recorded in the audit log (see {@link AccessRefused}).
 */
public class OutsideJurisdiction extends RuntimeException {

	private final String target;

	private final String field;

	public OutsideJurisdiction(String target) {
		super("'" + target + "' is outside your jurisdiction.");
		this.target = target;
		this.field = null;
	}

	/**
	 * Refuses a value the caller gave in {@code field} (a region, an area) that lies
	 * outside their jurisdiction.
	 */
	public OutsideJurisdiction(String field, String target, String message) {
		super(message);
		this.target = target;
		this.field = field;
	}

	/** The request field that named the place outside the jurisdiction, or null. */
	public String field() {
		return field;
	}

	public String target() {
		return target;
	}

}
