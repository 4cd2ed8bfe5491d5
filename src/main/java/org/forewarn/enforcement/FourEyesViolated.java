package org.forewarn.enforcement;

/** The reviewer of a case is the person who investigated it or submitted it for review: answered with 403. */
class FourEyesViolated extends RuntimeException {

	FourEyesViolated(String message) {
		super(message);
	}
}
