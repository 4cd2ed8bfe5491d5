package org.forewarn.platform;

/**
 * The one rule for text that comes from outside — JSON strings and keys, query
 * parameters, path segments, headers, multipart names and file names, and the decoded
 * text of CSV, spreadsheet, plan and CAP imports: no C0 control character except tab,
 * line feed and carriage return. PostgreSQL cannot store NUL (U+0000) in text at all, and
 * the other control characters have no business in names, addresses or reports (terminal
 * escapes, invisible separators); refusing them where the text enters gives the caller a
 * 400 naming the field instead of a 500 from the database.
 */
public final class TextPolicy {

	private TextPolicy() {
	}

	/**
	 * Optional text from outside, where blank means "not given": null for null or blank
	 * (only white space) text, otherwise the text without its leading and trailing white
	 * space.
	 */
	public static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	/**
	 * Whether the character may appear in text: anything but the C0 controls other than
	 * tab, line feed and CR.
	 */
	public static boolean allows(char c) {
		return c >= 0x20 || c == '\t' || c == '\n' || c == '\r';
	}

	/**
	 * The index of the first character the policy refuses, or -1 when the text is
	 * acceptable (or null).
	 */
	public static int firstRefused(CharSequence text) {
		if (text == null) {
			return -1;
		}
		for (int i = 0; i < text.length(); i++) {
			if (!allows(text.charAt(i))) {
				return i;
			}
		}
		return -1;
	}

	/** Whether the text holds a refused character. */
	public static boolean refuses(CharSequence text) {
		return firstRefused(text) >= 0;
	}

	/**
	 * The text, when acceptable; otherwise a 400 that names the field and says where and
	 * why.
	 */
	public static String check(String field, String text) {
		String reason = reason(text);
		if (reason != null) {
			throw new Refused(field, reason);
		}
		return text;
	}

	/**
	 * Why the text is refused, in the caller's terms ("contains the control character
	 * U+0000 at line 3, column 7; …"), or null when it is acceptable.
	 */
	public static String reason(CharSequence text) {
		int at = firstRefused(text);
		if (at < 0) {
			return null;
		}
		return "contains the control character " + String.format("U+%04X", (int) text.charAt(at)) + " "
				+ where(text, at) + "; text may hold tabs and line breaks but no other control characters";
	}

	private static String where(CharSequence text, int at) {
		int line = 1;
		int lineStart = 0;
		for (int i = 0; i < at; i++) {
			if (text.charAt(i) == '\n') {
				line++;
				lineStart = i + 1;
			}
		}
		return line == 1 ? "at position " + (at + 1) : "at line " + line + ", column " + (at - lineStart + 1);
	}

	/** Text with a refused character: 400, with the field named. */
	public static final class Refused extends InputRejected {

		Refused(String field, String reason) {
			super(Refusal.INVALID, field, "'" + field + "' " + reason + ".");
		}

	}

}
