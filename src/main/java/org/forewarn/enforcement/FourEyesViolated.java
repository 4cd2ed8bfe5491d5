package org.forewarn.enforcement;

import org.forewarn.platform.InputRejected;
import org.forewarn.platform.Refusal;

/**
 * The reviewer of a case is the person who investigated it or submitted it for review:
 * answered with 403.
 */
class FourEyesViolated extends InputRejected {

	FourEyesViolated(String message) {
		super(Refusal.FORBIDDEN, null, message, "Four-eyes principle", problemType("four-eyes"));
	}

}
