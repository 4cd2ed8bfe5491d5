package org.forewarn.resource;

/** A move the dispatch's status does not allow, or a lost race (busy team, stock gone): answered with 409. */
class IllegalDispatchMove extends RuntimeException {

	IllegalDispatchMove(String message) {
		super(message);
	}
}
