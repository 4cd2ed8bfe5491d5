package org.forewarn.monitoring;

import org.forewarn.platform.InputRejected;
import org.forewarn.platform.Refusal;

/**
 * A change to an alarm rule that would make it meaningless: a threshold no sensor can
 * reach, a negative margin.
 */
class InvalidRuleChange extends InputRejected {

	InvalidRuleChange(String field, String message) {
		super(Refusal.INVALID, field, message);
	}

}
