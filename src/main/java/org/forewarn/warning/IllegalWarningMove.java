package org.forewarn.warning;

/** A move the warning's current status does not allow (or a lost race): 409. */
class IllegalWarningMove extends RuntimeException {

	IllegalWarningMove(String message) {
		super(message);
	}
}
