package org.forewarn.hazard;

import org.forewarn.platform.InputRejected;
import org.forewarn.platform.Refusal;

/** No disposal order (or tracking code) by that id: 404. */
class NoSuchOrder extends InputRejected {

	NoSuchOrder(String what) {
		super(Refusal.NOT_FOUND, null, "No " + what + ".", "Not found", null);
	}

}
