package org.forewarn.monitoring;

import org.forewarn.platform.InputRejected;
import org.forewarn.platform.Refusal;

/** A station, alarm or alarm rule that does not exist: 404. */
class NotFound extends InputRejected {

	NotFound(String message) {
		super(Refusal.NOT_FOUND, null, message, "Not found", null);
	}

}
