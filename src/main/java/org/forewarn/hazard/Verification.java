package org.forewarn.hazard;

/** The outcome of the on-site check 核查. */
public enum Verification {

	/** The hazard exists: it must be rectified. */
	CONFIRMED,
	/**
	 * Not a hazard (with evidence): goes to review, then closes without rectification.
	 */
	NOT_A_HAZARD

}
