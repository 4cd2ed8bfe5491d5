package org.forewarn.enforcement;

import org.forewarn.platform.InputRejected;
import org.forewarn.platform.Refusal;

/**
 * A case code that is malformed or whose check character does not match: answered with
 * 400.
 */
class InvalidCaseCode extends InputRejected {

	private final String text;

	InvalidCaseCode(String text, String message) {
		super(Refusal.INVALID, "caseCode", message, "Invalid case code", problemType("case-code"));
		this.text = text;
	}

	String text() {
		return text;
	}

}
