package org.forewarn.hazard;

/** A move the order's current status does not allow (or a lost race with another move): answered with 409. */
class IllegalTransition extends RuntimeException {

	IllegalTransition(String message) {
		super(message);
	}
}
