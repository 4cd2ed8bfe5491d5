package org.forewarn.platform;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AttachmentsTests {

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.ISO_8859_1);
	}

	@Test
	void theTypeComesFromTheFirstBytes() {
		assertThat(Attachments.sniff(new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0 }))
			.isEqualTo(Attachments.JPEG);
		assertThat(Attachments.sniff(new byte[] { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A }))
			.isEqualTo(Attachments.PNG);
		assertThat(Attachments.sniff(bytes("GIF87a"))).isEqualTo(Attachments.GIF);
		assertThat(Attachments.sniff(bytes("RIFF\0\0\0\0WEBPVP8 "))).isEqualTo(Attachments.WEBP);
		assertThat(Attachments.sniff(bytes("RIFF\0\0\0\0AVI LIST"))).isEqualTo(Attachments.AVI);
		assertThat(Attachments.sniff(bytes("%PDF-1.7\n"))).isEqualTo(Attachments.PDF);
		assertThat(Attachments.sniff(bytes("\0\0\0\u0018ftypisom"))).isEqualTo(Attachments.MP4);
		assertThat(Attachments.sniff(bytes("\0\0\0\u0014ftypqt  "))).isEqualTo(Attachments.QUICKTIME);
		assertThat(Attachments.sniff(new byte[] { 0x1A, 0x45, (byte) 0xDF, (byte) 0xA3 })).isEqualTo(Attachments.WEBM);
	}

	@Test
	void contentThatIsNoKnownTypeHasNone() {
		assertThat(Attachments.sniff(bytes("<svg onload=alert(1)>"))).isNull();
		assertThat(Attachments.sniff(bytes("MZ\0\0"))).isNull();
		assertThat(Attachments.sniff(new byte[] { (byte) 0xFF, (byte) 0xD8 })).isNull();
		assertThat(Attachments.sniff(new byte[0])).isNull();
	}

	@Test
	void onlyImagesPassTheImageCheck() {
		assertThat(Attachments.image(bytes("GIF89a"))).isEqualTo(Attachments.GIF);
		assertThat(Attachments.image(bytes("%PDF-1.7\n"))).isNull();
		assertThat(Attachments.image(bytes("\0\0\0\u0018ftypisom"))).isNull();
	}

	@Test
	void theHashIsTheHexSha256OfTheContent() {
		assertThat(Attachments.sha256(bytes("abc")))
			.isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
	}

}
