package org.forewarn.platform;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TextPolicyTests {

	@Test
	void allowsTabsLineBreaksAndAnyPrintableText() {
		assertThat(TextPolicy.refuses("福田区\t深南大道 1 号\r\n第二行 🚒")).isFalse();
		assertThat(TextPolicy.refuses(null)).isFalse();
		assertThat(TextPolicy.check("address", "")).isEmpty();
	}

	@Test
	void refusesNulAndTheOtherC0ControlCharacters() {
		for (char c = 0; c < 0x20; c++) {
			boolean allowed = c == '\t' || c == '\n' || c == '\r';
			assertThat(TextPolicy.refuses("a" + c + "b")).as("U+%04X", (int) c).isEqualTo(!allowed);
		}
	}

	@Test
	void theRefusalNamesTheFieldTheCharacterAndWhereItIs() {
		assertThatThrownBy(() -> TextPolicy.check("note", "ab\u0000")).isInstanceOf(TextPolicy.Refused.class)
			.hasMessageContaining("'note'")
			.hasMessageContaining("U+0000")
			.hasMessageContaining("position 3")
			.satisfies(e -> assertThat(((InputRejected) e).field()).isEqualTo("note"))
			.satisfies(e -> assertThat(RefusalStatus.of(((InputRejected) e).refusal()).value()).isEqualTo(400));
		assertThat(TextPolicy.reason("a,b\nc,\u001bd")).contains("line 2, column 3");
	}

	@Test
	void blankOptionalTextCountsAsNotGiven() {
		assertThat(TextPolicy.blankToNull(null)).isNull();
		assertThat(TextPolicy.blankToNull(" \t\n ")).isNull();
		assertThat(TextPolicy.blankToNull("  福田区 ")).isEqualTo("福田区");
	}

}
