package org.forewarn.warning;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Area codes as warning messages carry them: 12-digit statistical division codes (GB/T
 * 2260 + township + village digits). A district (6 digits) is padded with six zeros, a
 * street (9) with three, a community is already 12 and a grid (15, minted under its
 * community) becomes its community.
 */
final class AreaCodes {

	private AreaCodes() {
	}

	static String twelveDigit(String code) {
		if (code.length() >= 12) {
			return code.substring(0, 12);
		}
		return code + "0".repeat(12 - code.length());
	}

	static List<String> twelveDigit(Collection<String> codes) {
		LinkedHashSet<String> out = new LinkedHashSet<>();
		codes.forEach(code -> out.add(twelveDigit(code)));
		return List.copyOf(out);
	}

	/**
	 * The platform's area codes a 12-digit (or shorter) code may stand for, most specific
	 * first.
	 */
	static List<String> candidates(String code) {
		String digits = code.strip();
		if (!digits.matches("\\d{6,15}")) {
			return List.of(digits);
		}
		LinkedHashSet<String> out = new LinkedHashSet<>();
		out.add(digits);
		if (digits.length() == 12) {
			if (digits.endsWith("000000")) {
				out.add(digits.substring(0, 6));
			}
			else if (digits.endsWith("000")) {
				out.add(digits.substring(0, 9));
			}
		}
		return List.copyOf(out);
	}

}
