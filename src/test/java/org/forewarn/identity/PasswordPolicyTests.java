package org.forewarn.identity;

import org.junit.jupiter.api.Test;

import org.forewarn.platform.DemoMode;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordPolicyTests {

	final PasswordPolicy policy = new PasswordPolicy();

	@Test
	void theDemoPasswordAndOrdinaryStrongPasswordsPass() {
		assertThat(policy.check("duty.city", DemoMode.DEMO_PASSWORD).codes()).isEmpty();
		assertThat(policy.check("ops.admin", "first-admin-secret-2026").codes()).isEmpty();
		assertThat(policy.check("lock.test", "Correct-Horse-Battery-9").codes()).isEmpty();
	}

	@Test
	void refusesTrivialPasswordsWithEveryReasonInChineseAndEnglish() {
		PasswordPolicy.Verdict verdict = policy.check("someone", "aaaaaaaaaaaa");
		assertThat(verdict.accepted()).isFalse();
		assertThat(verdict.codes()).containsExactlyInAnyOrder("INSUFFICIENT_CHARACTERISTICS", "ILLEGAL_REPEATED_CHARS");
		assertThat(verdict.message()).contains("须包含大写字母、小写字母、数字、符号中的至少 3 类")
			.contains("at least 3 of upper-case letters, lower-case letters, digits and symbols")
			.contains("no character repeated 4 or more times in a row")
			.doesNotContain("aaaa");
	}

	@Test
	void refusesShortSequentialUsernameAndCommonPasswords() {
		assertThat(policy.check("someone", "Ab1#xyz").codes()).contains("TOO_SHORT");
		assertThat(policy.check("someone", "Ab#123456789").codes()).contains("ILLEGAL_NUMERICAL_SEQUENCE");
		assertThat(policy.check("someone", "Zz#9abcdefgh").codes()).contains("ILLEGAL_ALPHABETICAL_SEQUENCE");
		assertThat(policy.check("someone", "Qwert#Zone77").codes()).contains("ILLEGAL_QWERTY_SEQUENCE");
		assertThat(policy.check("duty.city", "Duty.City#2026").codes()).contains("ILLEGAL_USERNAME");
		assertThat(policy.check("someone", "MyPassword#2026").codes()).contains("ILLEGAL_WORD");
		assertThat(policy.check("someone", "Woaini#52013x").codes()).contains("ILLEGAL_WORD");
		assertThat(policy.check("someone", "Ab1#" + "x".repeat(130)).codes()).contains("TOO_LONG");
	}

	@Test
	void theMessageNeverRepeatsWhatWasTyped() {
		PasswordPolicy.Verdict verdict = policy.check("duty.city", "duty.city-Password-123456");
		assertThat(verdict.accepted()).isFalse();
		assertThat(verdict.message()).doesNotContainIgnoringCase("password-")
			.doesNotContain("123456")
			.doesNotContain("duty.city");
	}

}
