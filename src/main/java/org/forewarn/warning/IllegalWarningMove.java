package org.forewarn.warning;

import org.forewarn.platform.InputRejected;
import org.forewarn.platform.Refusal;

/** A move the warning's current status does not allow (or a lost race): 409. */
class IllegalWarningMove extends InputRejected {

	IllegalWarningMove(String message) {
		super(Refusal.CONFLICT, null, message, "Not possible in the warning's current state",
				problemType("warning-state"));
	}

}
