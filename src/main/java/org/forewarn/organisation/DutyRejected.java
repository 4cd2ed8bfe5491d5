package org.forewarn.organisation;

import org.forewarn.platform.InputRejected;
import org.forewarn.platform.Refusal;

/**
 * A duty-roster request that cannot be met: an unknown centre, shift or person, a clash,
 * or a bad field.
 */
class DutyRejected extends InputRejected {

	DutyRejected(Refusal refusal, String field, String message) {
		super(refusal, field, message);
	}

}
