package org.forewarn.warning;

/** Someone who wrote the warning tried to approve it: 403. Drafter and approver must be two different people. */
class FourEyesViolated extends RuntimeException {

	FourEyesViolated(String username) {
		super("四眼原则: '" + username + "' drafted or edited this warning and so cannot approve it; another duty officer must.");
	}
}
