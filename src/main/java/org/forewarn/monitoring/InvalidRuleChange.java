package org.forewarn.monitoring;

import org.forewarn.platform.InputRejected;
import org.springframework.http.HttpStatus;

/** A change to an alarm rule that would make it meaningless: a threshold no sensor can reach, a negative margin. */
class InvalidRuleChange extends InputRejected {

	InvalidRuleChange(String field, String message) {
		super(HttpStatus.BAD_REQUEST, field, message);
	}
}
