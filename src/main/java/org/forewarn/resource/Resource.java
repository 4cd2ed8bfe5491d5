package org.forewarn.resource;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * One resource as stored. {@code phone} is the full number (experts, team leaders): never
 * put it in a list; views mask it.
 */
record Resource(UUID id, ResourceKind kind, String typeCode, String name, UUID warehouseId, String regionCode,
		String departmentCode, double latitude, double longitude, int quantity, String unit, Integer capacity,
		Integer occupancy, String status, String phone, String details, int version) {

	/**
	 * What can be dispatched now: stock, free places, members of an idle team, 1 for an
	 * idle expert or vehicle.
	 */
	int available() {
		return switch (kind) {
			case WAREHOUSE -> 0;
			case SUPPLY -> quantity;
			case SHELTER -> Math.max(0, nz(capacity) - nz(occupancy));
			case TEAM -> "AVAILABLE".equals(status) ? quantity : 0;
			case EXPERT, VEHICLE -> "AVAILABLE".equals(status) ? 1 : 0;
		};
	}

	String maskedPhone() {
		return mask(phone);
	}

	/**
	 * The details as views show them: a phone number written into the free text is masked
	 * too.
	 */
	String maskedDetails() {
		return details == null ? null : PHONE_IN_TEXT.matcher(details).replaceAll(m -> mask(m.group()));
	}

	/**
	 * Mobile numbers (optionally +86 and separators) and landlines (area code 0xx(x),
	 * optionally dashed) inside text; runs of digits next to other digits (amounts,
	 * codes) are left alone.
	 */
	private static final Pattern PHONE_IN_TEXT = Pattern.compile(
			"(?<![\\d+])(?:\\+?86[\\s-]?)?1[3-9]\\d(?:[\\s-]?\\d{4}){2}(?!\\d)|(?<![\\d+])0\\d{2,3}[\\s-]?\\d{7,8}(?!\\d)");

	/**
	 * Masks whatever the stored format (a number entered before the input was normalised,
	 * a landline, a short extension): only its digits are kept, most of a short number
	 * hidden, never more than the first three and the last four shown:
	 * {@code 13812345678} and {@code +86 138-1234-5678} → {@code 138****5678},
	 * {@code 0755-83451234} → {@code 075*****1234}, {@code 83451234} → {@code ****1234},
	 * {@code 1234567} → {@code *****67}. (The old mask kept three and four characters of
	 * any length: a 7-digit number came out whole.)
	 */
	static String mask(String phone) {
		if (phone == null) {
			return null;
		}
		String digits = phone.replaceAll("\\D", "");
		if (digits.length() == 13 && digits.startsWith("86")) {
			digits = digits.substring(2);
		}
		int n = digits.length();
		if (n >= 11) {
			return digits.substring(0, 3) + "*".repeat(n - 7) + digits.substring(n - 4);
		}
		if (n >= 8) {
			return "*".repeat(n - 4) + digits.substring(n - 4);
		}
		return n <= 4 ? "****" : "*".repeat(n - 2) + digits.substring(n - 2);
	}

	private static int nz(Integer value) {
		return value == null ? 0 : value;
	}
}
