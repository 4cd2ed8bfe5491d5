package org.forewarn.enforcement;

/** No inspection, case, investigation, plan or file with this number or id: answered with 404. */
class NotFound extends RuntimeException {

	NotFound(String what) {
		super("No " + what + ".");
	}
}
