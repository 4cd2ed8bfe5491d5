package org.forewarn.warning;

import org.forewarn.platform.InputRejected;
import org.springframework.http.HttpStatus;

/** No warning by that id: 404. */
class NoSuchWarning extends InputRejected {

	NoSuchWarning(Object id) {
		super(HttpStatus.NOT_FOUND, null, "No warning " + id + ".", "Not found", null);
	}
}
