package org.forewarn.enforcement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CaseCodeTests {

	@Test
	void checkCharacterIsIso7064Mod11_2AsInTheResidentIdentityNumber() {
		// GB 11643's published example: 11010519491231002X
		assertThat(CaseCode.check("11010519491231002")).isEqualTo('X');
		assertThat(CaseCode.check("44030419900101001")).isEqualTo(checkOfKnownNumber("44030419900101001"));
	}

	@Test
	void formatsAndReadsBackTheSameCode() {
		CaseCode code = new CaseCode("440304", 2026, 123);
		assertThat(code.value()).matches("AJ-440304-2026-000123-[0-9X]");
		assertThat(CaseCode.parse(code.value())).isEqualTo(code);
		assertThat(CaseCode.parse("  " + code.value().toLowerCase() + " ")).isEqualTo(code);
	}

	@Test
	void rejectsEverySingleMistypedDigitAndEverySwapOfNeighbours() {
		String good = new CaseCode("440307", 2026, 4567).value();
		String digits = "0123456789";
		for (int i = 0; i < good.length() - 2; i++) {
			if (!Character.isDigit(good.charAt(i))) {
				continue;
			}
			for (char d : digits.toCharArray()) {
				if (d == good.charAt(i)) {
					continue;
				}
				String typo = good.substring(0, i) + d + good.substring(i + 1);
				assertThatThrownBy(() -> CaseCode.parse(typo)).isInstanceOf(InvalidCaseCode.class)
					.hasMessageContaining("check character");
			}
			if (i + 1 < good.length() - 2 && Character.isDigit(good.charAt(i + 1))
					&& good.charAt(i) != good.charAt(i + 1)) {
				String swapped = good.substring(0, i) + good.charAt(i + 1) + good.charAt(i) + good.substring(i + 2);
				assertThatThrownBy(() -> CaseCode.parse(swapped)).isInstanceOf(InvalidCaseCode.class);
			}
		}
	}

	@Test
	void saysWhatIsWrongWithAMalformedCode() {
		assertThatThrownBy(() -> CaseCode.parse("AJ-44030-2026-000123-7")).isInstanceOf(InvalidCaseCode.class)
			.hasMessageContaining("is not a case code");
		assertThatThrownBy(() -> CaseCode.parse("JC-440304-2026-000123")).isInstanceOf(InvalidCaseCode.class);
		assertThatThrownBy(() -> CaseCode.parse(null)).isInstanceOf(InvalidCaseCode.class);
	}

	/**
	 * The weighted-sum form of the standard (weights 2^(17-i) mod 11), to check the
	 * iterative one against.
	 */
	private static char checkOfKnownNumber(String digits) {
		int sum = 0;
		for (int i = 0; i < digits.length(); i++) {
			sum += (digits.charAt(i) - '0') * (int) (Math.pow(2, digits.length() - i) % 11);
		}
		int value = (12 - sum % 11) % 11;
		return value == 10 ? 'X' : (char) ('0' + value);
	}

}
