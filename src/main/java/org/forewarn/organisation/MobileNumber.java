package org.forewarn.organisation;

import java.util.regex.Pattern;

/**
 * A mainland mobile number (11 digits, {@code 1[3-9]…}). Its {@link #toString()} is
 * masked so that a number that reaches a log line, an exception message or a JSON body by
 * accident is masked too; {@link #value()} is for the database and for notification only.
 */
record MobileNumber(String value) {

	static final String PATTERN = "^1[3-9]\\d{9}$";

	private static final Pattern VALID = Pattern.compile(PATTERN);

	MobileNumber {
		if (value == null || !VALID.matcher(value).matches()) {
			throw new IllegalArgumentException("a mobile number has 11 digits and starts with 13–19");
		}
	}

	/** {@code 13812341234} → {@code 138****1234}. */
	String masked() {
		return mask(value);
	}

	/**
	 * Masks anything that looks like a phone number: keeps the first three and last four
	 * characters.
	 */
	static String mask(String number) {
		if (number == null) {
			return null;
		}
		if (number.length() < 8) {
			return "*".repeat(number.length());
		}
		return number.substring(0, 3) + "*".repeat(number.length() - 7) + number.substring(number.length() - 4);
	}

	@Override
	public String toString() {
		return masked();
	}
}
