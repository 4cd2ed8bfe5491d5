package org.forewarn.enterprise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class UsccTests {

	/**
	 * Published codes of well-known Shenzhen companies (National Enterprise Credit
	 * Information Publicity System).
	 */
	static final String TENCENT = "91440300708461136T";
	static final String HUAWEI = "914403001922038216";
	static final String BYD = "91440300192317458F";
	static final String PING_AN = "91440300100012316L";

	@Test
	void acceptsTheCodesOfWellKnownShenzhenCompanies() {
		for (String code : new String[] { TENCENT, HUAWEI, BYD, PING_AN, "91310115591693856A", "91310110666007217T" }) {
			assertThat(Uscc.problemOf(code)).as(code).isEmpty();
		}
	}

	@Test
	void theTypedIdCannotHoldAnInvalidCodeAndOfSaysEmptyInsteadOfThrowing() {
		assertThat(new Uscc(TENCENT).value()).isEqualTo(TENCENT);
		assertThatThrownBy(() -> new Uscc("91440300708461136U")).isInstanceOf(InvalidUscc.class);
		assertThat(Uscc.of(" " + TENCENT.toLowerCase() + " ")).contains(new Uscc(TENCENT));
		assertThat(Uscc.of("91440300708461136U")).isEmpty();
		assertThat(Uscc.of(null)).isEmpty();
	}

	@Test
	void rejectsAWrongCheckDigitSayingWhichPositionAndWhatItShouldBe() {
		assertThatThrownBy(() -> Uscc.parse("91440300708461136U")).isInstanceOf(InvalidUscc.class)
			.hasMessageContaining("校验码")
			.hasMessageContaining("position 18 should be 'T', not 'U'");
	}

	@Test
	void rejectsEveryOneCharacterChangeOfARealCode() {
		for (int i = 0; i < 18; i++) {
			for (char c : Uscc.CHARSET.toCharArray()) {
				if (c == TENCENT.charAt(i)) {
					continue;
				}
				String changed = TENCENT.substring(0, i) + c + TENCENT.substring(i + 1);
				assertThat(Uscc.problemOf(changed)).as(changed).isPresent();
			}
		}
	}

	@Test
	void namesLengthForbiddenLettersAndUnknownDepartments() {
		assertThat(Uscc.problemOf("9144030070846113").orElseThrow().message()).contains("18");
		assertThat(Uscc.problemOf("91440300708461136O").orElseThrow().position()).isEqualTo(18);
		assertThat(Uscc.problemOf("9144O300708461136T").orElseThrow().position()).isEqualTo(5);
		assertThat(Uscc.problemOf("B1440300708461136T").orElseThrow().position()).isEqualTo(1);
		assertThat(Uscc.problemOf("95440300708461136T").orElseThrow().position()).isEqualTo(2);
		assertThat(Uscc.parse(" 91440300708461136t ").value()).isEqualTo(TENCENT);
	}

	@Test
	void generatedDemoCodesAreValidAndDistinct() {
		Set<String> codes = new HashSet<>();
		for (int n = 0; n < 60_000; n++) {
			String code = EnterpriseDemoData.uscc("440306", n);
			assertThat(Uscc.problemOf(code)).as(code).isEmpty();
			codes.add(code);
		}
		assertThat(codes).hasSize(60_000);
		assertThat(Uscc.problemOf(EnterpriseDemoData.DEMO_USCC)).isEmpty();
	}

}
