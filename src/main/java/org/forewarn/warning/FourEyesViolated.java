package org.forewarn.warning;

import org.forewarn.platform.InputRejected;
import org.forewarn.platform.Refusal;

/**
 * Someone who wrote the warning tried to approve it: 403. Drafter and approver must be
 * two different people.
 */
class FourEyesViolated extends InputRejected {

	FourEyesViolated(String username) {
		super(Refusal.FORBIDDEN, null,
				"四眼原则: '" + username
						+ "' drafted or edited this warning and so cannot approve it; another duty officer must.",
				"Four-eyes principle", problemType("four-eyes"));
	}

}
