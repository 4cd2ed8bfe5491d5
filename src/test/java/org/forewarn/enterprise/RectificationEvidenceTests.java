package org.forewarn.enterprise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.forewarn.platform.Attachments;
import org.forewarn.platform.Refusal;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;

/**
 * What an enterprise may send as rectification evidence: judged by content, not name, and
 * at most 5 MB a file.
 */
class RectificationEvidenceTests {

	static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R' };

	static final byte[] GIF = { 'G', 'I', 'F', '8', '9', 'a', 1, 0, 1, 0 };

	@Test
	void aPngIsKeptWithItsSniffedTypeAndSha256WhateverItsDeclaredType() throws Exception {
		var kept = RectificationDesk.checked(new MockMultipartFile("evidence", "整改照片.jpg", "application/pdf", PNG));
		assertThat(kept.described().contentType()).isEqualTo(Attachments.PNG);
		assertThat(kept.described().name()).isEqualTo("整改照片.jpg");
		assertThat(kept.described().size()).isEqualTo(PNG.length);
		assertThat(kept.described().sha256()).isEqualTo(Attachments.sha256(PNG)).hasSize(64);
		assertThat(kept.content()).isEqualTo(PNG);
	}

	@Test
	void anImageTheSharedSniffingKnowsButThePortalDoesNotTakeIsAnUnsupportedType() {
		assertThatThrownBy(
				() -> RectificationDesk.checked(new MockMultipartFile("evidence", "a.png", "image/png", GIF)))
			.isInstanceOfSatisfying(EnterpriseRejected.class, e -> {
				assertThat(e.refusal()).isEqualTo(Refusal.UNSUPPORTED_TYPE);
				assertThat(e.problems()).extracting(EnterpriseRejected.FieldProblem::field).containsExactly("evidence");
			});
	}

	@Test
	void aFileOverFiveMegabytesIsTooLargeAndTheAnswerNamesIt() {
		byte[] big = new byte[(int) RectificationDesk.MAX_FILE_BYTES + 1];
		System.arraycopy(PNG, 0, big, 0, PNG.length);
		assertThatThrownBy(
				() -> RectificationDesk.checked(new MockMultipartFile("evidence", "大图.png", "image/png", big)))
			.isInstanceOfSatisfying(EnterpriseRejected.class, e -> {
				assertThat(e.refusal()).isEqualTo(Refusal.TOO_LARGE);
				assertThat(e.getMessage()).contains("大图.png").contains("5 MB");
			});
	}

}
