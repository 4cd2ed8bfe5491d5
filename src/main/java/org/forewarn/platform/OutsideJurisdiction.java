package org.forewarn.platform;

/**
 * Thrown when a caller asks for something outside their jurisdiction. Answered with 403 and recorded in the
 * audit log (see {@link AccessRefused}).
 */
public class OutsideJurisdiction extends RuntimeException {

	private final String target;

	public OutsideJurisdiction(String target) {
		super("'" + target + "' is outside your jurisdiction.");
		this.target = target;
	}

	public String target() {
		return target;
	}
}
