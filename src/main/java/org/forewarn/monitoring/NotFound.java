package org.forewarn.monitoring;

import org.forewarn.platform.InputRejected;
import org.springframework.http.HttpStatus;

/** A station, alarm or alarm rule that does not exist: 404. */
class NotFound extends InputRejected {

	NotFound(String message) {
		super(HttpStatus.NOT_FOUND, null, message, "Not found", null);
	}
}
