package org.forewarn.organisation;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class MobileNumberTests {

	@Test
	void masksTheMiddleFourDigits() {
		assertThat(new MobileNumber("13812341234").masked()).isEqualTo("138****1234");
	}

	@Test
	void printsMaskedSoThatALogLineNeverCarriesTheFullNumber() {
		MobileNumber number = new MobileNumber("19900001111");
		assertThat(number.toString()).isEqualTo("199****1111").doesNotContain("19900001111");
		assertThat("notify " + number).doesNotContain("0000");
	}

	@Test
	void keepsTheFullNumberForNotification() {
		assertThat(new MobileNumber("15012345678").value()).isEqualTo("15012345678");
	}

	@Test
	void refusesNumbersThatAreNotMainlandMobiles() {
		assertThatIllegalArgumentException().isThrownBy(() -> new MobileNumber("12812341234"));
		assertThatIllegalArgumentException().isThrownBy(() -> new MobileNumber("1381234123"));
		assertThatIllegalArgumentException().isThrownBy(() -> new MobileNumber("138123412345"));
		assertThatIllegalArgumentException().isThrownBy(() -> new MobileNumber("1381234abcd"));
		assertThatIllegalArgumentException().isThrownBy(() -> new MobileNumber(null));
	}

	@Test
	void masksShortOrOddInputWithoutRevealingIt() {
		assertThat(MobileNumber.mask("12345")).isEqualTo("*****");
		assertThat(MobileNumber.mask(null)).isNull();
	}

}
