package org.forewarn.enterprise;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.forewarn.BrowserScripts;
import org.forewarn.platform.DemoMode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The enterprise pages in a real browser against the whole platform
 * ({@code console/e2e/enterprise.e2e.mjs}): search with masked phones, the holographic
 * profile with its risk breakdown and QR code, the clustered risk map, the public
 * enterprise-code page (no personal data, no inspection button for the public; the button
 * for inspection roles) and the enterprise portal. Screenshots go to
 * {@code target/screenshots/enterprise/}. Skipped without Chromium, except in CI. Same
 * properties as the other browser tests, so they share one running platform.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "forewarn.embedded-db.data-dir=target/test-db/browser", "forewarn.embedded-db.clean=true",
				"forewarn.demo.enabled=true", "FOREWARN_LOG_FILE=target/test-logs/browser.log" })
class EnterpriseBrowserTests {

	static final Path SCREENSHOTS = Path.of("target/screenshots/enterprise");

	@LocalServerPort
	int port;

	@BeforeAll
	static void browserAvailable() {
		BrowserScripts.assumeBrowser();
	}

	@Test
	void theEnterprisePagesShowTheProfileTheRiskMapAndAPublicScanWithoutPersonalData() throws Exception {
		BrowserScripts.run("enterprise.e2e.mjs", SCREENSHOTS, Duration.ofMinutes(5), "--base",
				"http://127.0.0.1:" + port, "--password", DemoMode.DEMO_PASSWORD);
		for (String shot : List.of("enterprise-list.png", "enterprise-profile.png", "enterprise-map.png",
				"enterprise-public.png", "enterprise-portal.png")) {
			assertThat(SCREENSHOTS.resolve(shot)).exists().isNotEmptyFile();
		}
	}

}
