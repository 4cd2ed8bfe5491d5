package org.forewarn.monitoring;

/** A move the alarm's current state does not allow (acknowledging twice, clearing a cleared alarm): 409. */
class IllegalAlarmTransition extends RuntimeException {

	IllegalAlarmTransition(String message) {
		super(message);
	}
}
