package org.forewarn.enterprise;

import java.util.Objects;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A Unified Social Credit Code 统一社会信用代码 (GB 32100-2015): 18 characters — registration
 * department (1), organisation category (1), registering authority's division code (6),
 * the GB 11714 organisation code (9) and a check character computed over the first 17
 * (GB/T 17710, modulus 31). The enterprise's id 企业标识 at the module's edge: other modules
 * find an enterprise by its {@code Uscc}. Every instance is valid (the constructor checks
 * it); {@link #of} is the way in for a text that may not be one.
 */
public record Uscc(@JsonValue String value) {

	public Uscc {
		Objects.requireNonNull(value, "value");
		Optional<Problem> problem = problemOf(value);
		if (problem.isPresent()) {
			throw new InvalidUscc(value, problem.get());
		}
	}

	/**
	 * The code in this text (trimmed, upper-cased), or empty when the text is not a valid
	 * USCC.
	 */
	public static Optional<Uscc> of(String text) {
		String code = normalise(text);
		return problemOf(code).isPresent() ? Optional.empty() : Optional.of(new Uscc(code));
	}

	/**
	 * The 31 characters a USCC may use (no I, O, S, V, Z); a character's value is its
	 * index.
	 */
	static final String CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

	private static final int[] WEIGHTS = { 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28 };

	/**
	 * Registration departments (position 1) and their categories (position 2), GB 32100
	 * and later additions.
	 */
	private static final String[] DEPARTMENTS = { "1:1239", "2:19", "3:123459", "4:19", "5:1239", "6:129", "7:129",
			"8:19", "9:123", "A:19", "N:1239", "Y:1" };

	/**
	 * Why a text is not a USCC: the position (1-based, 0 when the whole text is at fault)
	 * and a sentence.
	 */
	record Problem(int position, String message) {
	}

	/** The code, upper-cased and trimmed, or the first problem found. */
	static Uscc parse(String text) {
		String code = normalise(text);
		Optional<Problem> problem = problemOf(code);
		if (problem.isPresent()) {
			throw new InvalidUscc(code, problem.get());
		}
		return new Uscc(code);
	}

	static String normalise(String text) {
		return text == null ? "" : text.strip().toUpperCase(java.util.Locale.ROOT);
	}

	/** What is wrong with this (normalised) text as a USCC, if anything. */
	static Optional<Problem> problemOf(String code) {
		if (code.length() != 18) {
			return Optional
				.of(new Problem(0, "统一社会信用代码应为 18 位，实为 %d 位。A unified social credit code has 18 characters, not %d."
					.formatted(code.length(), code.length())));
		}
		for (int i = 0; i < 18; i++) {
			char c = code.charAt(i);
			boolean digitOnly = i >= 2 && i < 8;
			if (digitOnly ? !Character.isDigit(c) : CHARSET.indexOf(c) < 0) {
				return Optional.of(new Problem(i + 1,
						"第 %d 位“%c”不是允许的字符（%s）。Character %d '%c' is not allowed there (%s).".formatted(i + 1, c,
								digitOnly ? "0-9" : "不含 I O S V Z", i + 1, c,
								digitOnly ? "the division code is digits" : "a USCC never uses I, O, S, V or Z")));
			}
		}
		String categories = null;
		for (String d : DEPARTMENTS) {
			if (d.charAt(0) == code.charAt(0)) {
				categories = d.substring(2);
			}
		}
		if (categories == null) {
			return Optional
				.of(new Problem(1, "第 1 位登记管理部门代码“%c”不存在。Registration department code '%c' (position 1) does not exist."
					.formatted(code.charAt(0), code.charAt(0))));
		}
		if (categories.indexOf(code.charAt(1)) < 0) {
			return Optional.of(new Problem(2,
					"第 2 位机构类别代码“%c”不属于登记管理部门“%c”。Category '%c' (position 2) does not exist for department '%c'."
						.formatted(code.charAt(1), code.charAt(0), code.charAt(1), code.charAt(0))));
		}
		char expected = checkCharacter(code.substring(0, 17));
		if (code.charAt(17) != expected) {
			return Optional
				.of(new Problem(18, "校验码错误：第 18 位应为“%c”，实为“%c”。Wrong check digit: position 18 should be '%c', not '%c'."
					.formatted(expected, code.charAt(17), expected, code.charAt(17))));
		}
		return Optional.empty();
	}

	/** The check character (position 18) of the first 17 characters. */
	static char checkCharacter(String first17) {
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += CHARSET.indexOf(first17.charAt(i)) * WEIGHTS[i];
		}
		return CHARSET.charAt((31 - sum % 31) % 31);
	}

	/**
	 * The GB 11714 check character of an 8-character organisation code body (positions
	 * 9–16 of a USCC).
	 */
	static char organisationCheck(String first8) {
		int[] weights = { 3, 7, 9, 10, 5, 8, 4, 2 };
		int sum = 0;
		for (int i = 0; i < 8; i++) {
			char c = first8.charAt(i);
			sum += (Character.isDigit(c) ? c - '0' : c - 'A' + 10) * weights[i];
		}
		int check = 11 - sum % 11;
		return check == 10 ? 'X' : check == 11 ? '0' : (char) ('0' + check);
	}

	/** The registering authority's division code (positions 3–8), e.g. {@code 440300}. */
	String divisionCode() {
		return value.substring(2, 8);
	}

	@Override
	public String toString() {
		return value;
	}
}
