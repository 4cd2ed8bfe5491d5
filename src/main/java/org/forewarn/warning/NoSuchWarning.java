package org.forewarn.warning;

import org.forewarn.platform.InputRejected;
import org.forewarn.platform.Refusal;

/** No warning by that id: 404. */
class NoSuchWarning extends InputRejected {

	NoSuchWarning(Object id) {
		super(Refusal.NOT_FOUND, null, "No warning " + id + ".", "Not found", null);
	}

}
