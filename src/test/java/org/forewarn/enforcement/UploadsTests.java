package org.forewarn.enforcement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import org.forewarn.platform.Attachments;
import org.forewarn.platform.Refusal;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;

/**
 * Enforcement's upload rules: each kind takes its own content types (read from the bytes)
 * and sizes.
 */
class UploadsTests {

	static final byte[] PDF = "%PDF-1.4\n% 询问笔录\n".getBytes(StandardCharsets.UTF_8);

	@Test
	void aDocumentIsAPdfOrAnImageJudgedByItsContent() {
		Uploads.Checked pdf = Uploads.check(PDF, "询问笔录.pdf", Uploads.EvidenceKind.DOCUMENT, "file");
		assertThat(pdf.contentType()).isEqualTo(Attachments.PDF);
		assertThat(pdf.sha256()).isEqualTo(Attachments.sha256(PDF));
		assertThat(Uploads.check(EnforcementIntegrationTests.PNG, "scan", Uploads.EvidenceKind.DOCUMENT, "file")
			.contentType()).isEqualTo(Attachments.PNG);
		assertThatThrownBy(
				() -> Uploads.check(EnforcementIntegrationTests.MP4, "笔录.pdf", Uploads.EvidenceKind.DOCUMENT, "file"))
			.isInstanceOfSatisfying(Rejected.class, r -> {
				assertThat(r.refusal()).isEqualTo(Refusal.UNSUPPORTED_TYPE);
				assertThat(r.field()).isEqualTo("file");
				assertThat(r.getMessage()).contains("笔录.pdf").contains("a PDF or an image");
			});
	}

	@Test
	void aPhotoIsAnImageAndAVideoAVideo() {
		assertThatThrownBy(() -> Uploads.check(PDF, "photo.jpg", Uploads.EvidenceKind.PHOTO, "photo"))
			.isInstanceOfSatisfying(Rejected.class, r -> assertThat(r.refusal()).isEqualTo(Refusal.UNSUPPORTED_TYPE));
		assertThat(Uploads.check(EnforcementIntegrationTests.MP4, "现场.mp4", Uploads.EvidenceKind.VIDEO, "file")
			.contentType()).isEqualTo(Attachments.MP4);
		assertThatThrownBy(
				() -> Uploads.check(EnforcementIntegrationTests.PNG, "x.png", Uploads.EvidenceKind.VIDEO, "file"))
			.isInstanceOf(Rejected.class);
	}

	@Test
	void aPhotoOverFiveMegabytesIsTooLargeThoughADocumentOfThatSizeIsNot() {
		byte[] six = new byte[6 * 1024 * 1024];
		System.arraycopy(PDF, 0, six, 0, PDF.length);
		assertThat(Uploads.check(six, "big.pdf", Uploads.EvidenceKind.DOCUMENT, "file").data()).hasSize(six.length);
		System.arraycopy(EnforcementIntegrationTests.PNG, 0, six, 0, EnforcementIntegrationTests.PNG.length);
		assertThatThrownBy(() -> Uploads.check(six, "big.png", Uploads.EvidenceKind.PHOTO, "photo"))
			.isInstanceOfSatisfying(Rejected.class, r -> {
				assertThat(r.refusal()).isEqualTo(Refusal.TOO_LARGE);
				assertThat(r.field()).isEqualTo("photo");
			});
	}

	@Test
	void aFileNameCannotCarryPathsQuotesOrControlCharactersAndAMissingNameIsTheKind() {
		Uploads.Checked named = Uploads.check(PDF, "..\\evil/\"name\"\u0007.pdf", Uploads.EvidenceKind.DOCUMENT,
				"file");
		assertThat(named.fileName()).doesNotContain("\\", "/", "\"", "\u0007").endsWith(".pdf");
		assertThat(Uploads.check(PDF, "  ", Uploads.EvidenceKind.DOCUMENT, "file").fileName()).isEqualTo("document");
	}

	@Test
	void aMissingPartNamesTheFieldToSend() {
		assertThatThrownBy(() -> Uploads.check(null, Uploads.EvidenceKind.PHOTO, "photo"))
			.isInstanceOfSatisfying(Rejected.class, r -> {
				assertThat(r.refusal()).isEqualTo(Refusal.INVALID);
				assertThat(r.getMessage()).contains("'photo'");
			});
		assertThatThrownBy(
				() -> Uploads.check(new MockMultipartFile("photo", new byte[0]), Uploads.EvidenceKind.PHOTO, "photo"))
			.isInstanceOf(Rejected.class);
	}

}
