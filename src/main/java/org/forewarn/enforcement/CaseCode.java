package org.forewarn.enforcement;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one case code 一案一码 of a matter:
 * {@code AJ-<district 6>-<year 4>-<sequence 6>-<check>}, e.g.
 * {@code AJ-440304-2026-000123-7}. The check character is ISO 7064 MOD 11-2 over the 16
 * digits (the algorithm of the resident identity number, GB 11643), {@code 0}–{@code 9}
 * or {@code X}: every single wrong digit and every swap of two neighbouring digits is
 * caught. See ADR 0011.
 */
record CaseCode(String districtCode, int year, int sequence) {

	private static final Pattern FORMAT = Pattern.compile("AJ-(\\d{6})-(\\d{4})-(\\d{6})-([0-9X])");

	CaseCode {
		if (districtCode == null || !districtCode.matches("\\d{6}")) {
			throw new IllegalArgumentException("a case code's district has 6 digits");
		}
		if (year < 2000 || year > 9999 || sequence < 1 || sequence > 999_999) {
			throw new IllegalArgumentException("a case code's year has 4 digits and its sequence 1 to 999999");
		}
	}

	/**
	 * Reads a case code as a person typed it (case and surrounding blanks do not matter).
	 */
	static CaseCode parse(String text) {
		String code = text == null ? "" : text.strip().toUpperCase();
		Matcher m = FORMAT.matcher(code);
		if (!m.matches()) {
			throw new InvalidCaseCode(text, "'" + text + "' is not a case code: expected AJ-<district 6 digits>-<year>-"
					+ "<sequence 6 digits>-<check character>, e.g. AJ-440304-2026-000123-7.");
		}
		char expected = check(m.group(1) + m.group(2) + m.group(3));
		if (m.group(4).charAt(0) != expected) {
			throw new InvalidCaseCode(text, "The check character of case code '" + text + "' is wrong (" + m.group(4)
					+ " instead of " + expected + "): the code was probably mistyped.");
		}
		try {
			return new CaseCode(m.group(1), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
		}
		catch (IllegalArgumentException e) {
			throw new InvalidCaseCode(text, "'" + text + "' is not a case code: " + e.getMessage() + ".");
		}
	}

	char checkCharacter() {
		return check(districtCode + "%04d".formatted(year) + "%06d".formatted(sequence));
	}

	/** ISO 7064 MOD 11-2 check character of a string of digits. */
	static char check(String digits) {
		int sum = 0;
		for (int i = 0; i < digits.length(); i++) {
			sum = (sum + (digits.charAt(i) - '0')) * 2 % 11;
		}
		int value = (12 - sum % 11) % 11;
		return value == 10 ? 'X' : (char) ('0' + value);
	}

	String value() {
		return "AJ-%s-%04d-%06d-%c".formatted(districtCode, year, sequence, checkCharacter());
	}

	@Override
	public String toString() {
		return value();
	}
}
