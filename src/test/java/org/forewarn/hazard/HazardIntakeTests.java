package org.forewarn.hazard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Set;

import org.forewarn.platform.Attachments;
import org.junit.jupiter.api.Test;

/**
 * The intake's small rules: text similarity for duplicates, distances, masking, tracking
 * codes, descriptions.
 */
class HazardIntakeTests {

	@Test
	void similarChineseTextsAreSimilarAndDifferentOnesAreNot() {
		double same = HazardIntake.jaccard(HazardIntake.bigrams("福保街道福田保税区某厂房门口燃气管道泄漏"),
				HazardIntake.bigrams("福保街道福田保税区厂房门口燃气管道泄漏了"));
		double different = HazardIntake.jaccard(HazardIntake.bigrams("福保街道某小区楼下燃气管道漏气"),
				HazardIntake.bigrams("福保街道一栋楼的消防通道被杂物堵死了"));
		assertThat(same).isGreaterThan(HazardIntake.DUPLICATE_SIMILARITY);
		assertThat(different).isLessThan(HazardIntake.DUPLICATE_SIMILARITY);
	}

	@Test
	void distancesAreInMetres() {
		assertThat(HazardIntake.metres(22.54, 114.05, 22.54, 114.05)).isZero();
		assertThat(HazardIntake.metres(22.54, 114.05, 22.541, 114.05)).isBetween(110.0, 112.0);
	}

	@Test
	void contactsAreMaskedWhereverTheNumberSits() {
		assertThat(HazardIntake.maskContact("13812345678")).isEqualTo("138****5678");
		assertThat(HazardIntake.maskContact("张先生 13812345678，白天联系")).isEqualTo("张先生 138****5678，白天联系");
		assertThat(HazardIntake.maskContact("请回电")).isEqualTo("请回电");
	}

	@Test
	void trackingCodesAreDistinctAndFreeOfLookAlikes() {
		Set<String> codes = new HashSet<>();
		for (int i = 0; i < 10_000; i++) {
			String code = HazardIntake.trackingCode();
			assertThat(code).matches("HT-[2-9A-HJKMNP-Z]{8}");
			codes.add(code);
		}
		assertThat(codes).hasSize(10_000);
	}

	@Test
	void descriptionsMustBeThereAndNotTooLong() {
		assertThatThrownBy(() -> HazardIntake.checkDescription("  ")).isInstanceOfSatisfying(ReportRejected.class,
				r -> assertThat(r.field()).isEqualTo("description"));
		assertThatThrownBy(() -> HazardIntake.checkDescription("燃".repeat(4001))).isInstanceOfSatisfying(
				ReportRejected.class, r -> assertThat(r.refusal()).isEqualTo(org.forewarn.platform.Refusal.TOO_LARGE));
		assertThat(HazardIntake.checkDescription(" 燃气泄漏 ")).isEqualTo("燃气泄漏");
	}

	@Test
	void onlyRealImagesPassThePhotoCheck() {
		assertThat(Attachments.image(new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0 })).isEqualTo("image/jpeg");
		assertThat(Attachments.image("GIF89a...".getBytes())).isEqualTo("image/gif");
		assertThat(Attachments.image("RIFF1234WEBPVP8 ".getBytes())).isEqualTo("image/webp");
		assertThat(Attachments.image("<svg onload=alert(1)>".getBytes())).isNull();
		assertThat(Attachments.image(new byte[0])).isNull();
		// the shared sniffing knows PDF and video for enforcement evidence; a photo must
		// still be an image
		assertThat(Attachments.image("%PDF-1.4\n".getBytes())).isNull();
		assertThat(Attachments.image(new byte[] { 0, 0, 0, 0x18, 'f', 't', 'y', 'p', 'i', 's', 'o', 'm' })).isNull();
	}

}
