package org.forewarn.warning;

/** No warning by that id: 404. */
class NoSuchWarning extends RuntimeException {

	NoSuchWarning(Object id) {
		super("No warning " + id + ".");
	}
}
