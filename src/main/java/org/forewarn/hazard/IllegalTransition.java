package org.forewarn.hazard;

import org.forewarn.platform.InputRejected;
import org.forewarn.platform.Refusal;

/**
 * A move the order's current status does not allow (or a lost race with another move):
 * answered with 409.
 */
class IllegalTransition extends InputRejected {

	IllegalTransition(String message) {
		super(Refusal.CONFLICT, null, message, "Not possible in the order's current state", problemType("order-state"));
	}

}
