package org.forewarn.enterprise;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;

import org.forewarn.platform.CurrentUser;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The holographic profile, the risk score's recalculation and the enterprise code's QR
 * image.
 */
@RestController
class ProfileController {

	/** The score recalculated from the linked facts, with what makes it up. */
	record RiskRecalculation(String uscc, int score, String level, List<RiskModel.Factor> factors, Instant at) {
	}

	private final EnterpriseController registry;

	private final Profiles profiles;

	private final RiskDesk risk;

	private final Clock clock;

	private final String consoleUrl;

	ProfileController(EnterpriseController registry, Profiles profiles, RiskDesk risk, Clock clock,
			@Value("${forewarn.console.public-url:}") String consoleUrl) {
		this.registry = registry;
		this.profiles = profiles;
		this.risk = risk;
		this.clock = clock;
		this.consoleUrl = consoleUrl;
	}

	@GetMapping("/api/enterprises/{uscc}/profile")
	@PreAuthorize(EnterpriseController.READERS)
	Profiles.EnterpriseProfile profile(@AuthenticationPrincipal CurrentUser user, @PathVariable String uscc) {
		Enterprise e = registry.visible(user, uscc);
		return profiles.of(e, registry.view(e, false));
	}

	/**
	 * Recalculates the score from the linked facts now (staff only: an enterprise cannot
	 * touch its own score; there is no way to set a score by hand — it follows from the
	 * facts).
	 */
	@PostMapping("/api/enterprises/{uscc}/risk/recalculate")
	@PreAuthorize("hasAnyRole('ADMIN', 'DUTY_OFFICER', 'HANDLER', 'INSPECTOR')")
	RiskRecalculation recalculate(@AuthenticationPrincipal CurrentUser user, @PathVariable String uscc) {
		Enterprise e = registry.visible(user, uscc);
		RiskModel.Score score = risk.recalculate(e.code(), "人工触发重新计算（" + user.username() + "）");
		return new RiskRecalculation(e.code(), score.score(), score.level(), score.factors(), clock.instant());
	}

	/**
	 * The enterprise code 一企一码: a QR image of the console's public page of the
	 * enterprise.
	 */
	@GetMapping(path = "/api/enterprises/{uscc}/qr.png", produces = MediaType.IMAGE_PNG_VALUE)
	@PreAuthorize(EnterpriseController.READERS)
	ResponseEntity<byte[]> qr(@AuthenticationPrincipal CurrentUser user, @PathVariable String uscc) throws IOException {
		Enterprise e = registry.visible(user, uscc);
		String base = consoleUrl.isBlank() ? ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString()
				: consoleUrl.replaceAll("/+$", "");
		return ResponseEntity.ok()
			.contentType(MediaType.IMAGE_PNG)
			.cacheControl(CacheControl.noCache())
			.header("X-Enterprise-Code-Url", base + "/public/enterprises/" + e.publicCode())
			.body(png(base + "/public/enterprises/" + e.publicCode(), 320));
	}

	static byte[] png(String text, int size) throws IOException {
		try {
			var matrix = new com.google.zxing.qrcode.QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, size, size,
					Map.of(EncodeHintType.MARGIN, 2, EncodeHintType.CHARACTER_SET, "UTF-8",
							EncodeHintType.ERROR_CORRECTION, com.google.zxing.qrcode.decoder.ErrorCorrectionLevel.M));
			var image = new java.awt.image.BufferedImage(size, size, java.awt.image.BufferedImage.TYPE_BYTE_BINARY);
			for (int x = 0; x < size; x++) {
				for (int y = 0; y < size; y++) {
					image.setRGB(x, y, matrix.get(x, y) ? 0xFF000000 : 0xFFFFFFFF);
				}
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			ImageIO.write(image, "png", out);
			return out.toByteArray();
		}
		catch (WriterException ex) {
			throw new IOException("cannot encode the enterprise code", ex);
		}
	}

}
