package org.forewarn.enforcement;

import org.forewarn.platform.InputRejected;
import org.springframework.http.HttpStatus;

/** No inspection, case, investigation, plan or file with this number or id: answered with 404. */
class NotFound extends InputRejected {

	NotFound(String what) {
		super(HttpStatus.NOT_FOUND, null, "No " + what + ".", "Not found", null);
	}
}
