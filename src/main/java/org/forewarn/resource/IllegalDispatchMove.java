package org.forewarn.resource;

import org.forewarn.platform.InputRejected;
import org.forewarn.platform.Refusal;

/**
 * A move the dispatch's status does not allow, or a lost race (busy team, stock gone):
 * answered with 409.
 */
class IllegalDispatchMove extends InputRejected {

	IllegalDispatchMove(String message) {
		super(Refusal.CONFLICT, null, message, "Not possible now", problemType("dispatch-state"));
	}

}
