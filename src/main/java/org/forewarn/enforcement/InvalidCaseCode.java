package org.forewarn.enforcement;

/** A case code that is malformed or whose check character does not match: answered with 400. */
class InvalidCaseCode extends RuntimeException {

	private final String text;

	InvalidCaseCode(String text, String message) {
		super(message);
		this.text = text;
	}

	String text() {
		return text;
	}
}
