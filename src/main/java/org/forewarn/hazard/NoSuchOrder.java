package org.forewarn.hazard;

/** No disposal order (or tracking code) by that id: 404. */
class NoSuchOrder extends RuntimeException {

	NoSuchOrder(String what) {
		super("No " + what + ".");
	}
}
