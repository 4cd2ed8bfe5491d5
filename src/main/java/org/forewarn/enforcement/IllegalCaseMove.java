package org.forewarn.enforcement;

import org.forewarn.platform.InputRejected;
import org.forewarn.platform.Refusal;

/**
 * A move the case's current step does not allow (or a lost race): answered with 409 and
 * the reason.
 */
class IllegalCaseMove extends InputRejected {

	IllegalCaseMove(String message) {
		super(Refusal.CONFLICT, null, message, "Not possible at the case's current step", problemType("case-step"));
	}

}
