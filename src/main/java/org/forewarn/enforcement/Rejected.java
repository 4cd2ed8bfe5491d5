package org.forewarn.enforcement;

import org.forewarn.platform.InputRejected;
import org.springframework.http.HttpStatus;

/** Bad input, naming the field at fault: 400, 404, 413, 415 or 422. */
class Rejected extends InputRejected {

	Rejected(HttpStatus status, String field, String message) {
		super(status, field, message);
	}
}
