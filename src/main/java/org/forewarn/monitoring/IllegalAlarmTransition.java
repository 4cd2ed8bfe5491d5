package org.forewarn.monitoring;

import org.forewarn.platform.InputRejected;
import org.forewarn.platform.Refusal;

/**
 * A move the alarm's current state does not allow (acknowledging twice, clearing a
 * cleared alarm): 409.
 */
class IllegalAlarmTransition extends InputRejected {

	IllegalAlarmTransition(String message) {
		super(Refusal.CONFLICT, null, message, "Not possible in the alarm's current state", problemType("alarm-state"));
	}

}
