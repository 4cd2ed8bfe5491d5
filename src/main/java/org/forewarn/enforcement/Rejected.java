package org.forewarn.enforcement;

import org.forewarn.platform.InputRejected;
import org.forewarn.platform.Refusal;

/** Bad input, naming the field at fault: 400, 404, 413, 415 or 422. */
class Rejected extends InputRejected {

	Rejected(Refusal status, String field, String message) {
		super(status, field, message);
	}

}
