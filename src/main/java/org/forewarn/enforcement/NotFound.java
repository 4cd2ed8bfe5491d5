package org.forewarn.enforcement;

import org.forewarn.platform.InputRejected;
import org.forewarn.platform.Refusal;

/**
 * No inspection, case, investigation, plan or file with this number or id: answered with
 * 404.
 */
class NotFound extends InputRejected {

	NotFound(String what) {
		super(Refusal.NOT_FOUND, null, "No " + what + ".", "Not found", null);
	}

}
