package org.forewarn.enforcement;

/** A move the case's current step does not allow (or a lost race): answered with 409 and the reason. */
class IllegalCaseMove extends RuntimeException {

	IllegalCaseMove(String message) {
		super(message);
	}
}
