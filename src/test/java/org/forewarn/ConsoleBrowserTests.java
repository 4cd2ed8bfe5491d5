package org.forewarn;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.forewarn.platform.DemoMode;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The console in a real browser against the whole platform: Debian's Chromium driven by
 * playwright-core ({@code console/e2e/console.e2e.mjs}) logs in, opens the map and checks
 * that the district-level areas are drawn. Screenshots are kept in
 * {@code target/screenshots/}. Skipped without Chromium, except in CI.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "forewarn.embedded-db.data-dir=target/test-db/browser", "forewarn.embedded-db.clean=true",
				"forewarn.demo.enabled=true", "FOREWARN_LOG_FILE=target/test-logs/browser.log" })
class ConsoleBrowserTests {

	@LocalServerPort
	int port;

	@BeforeAll
	static void browserAvailable() {
		BrowserScripts.assumeBrowser();
	}

	@Test
	void cityDutyOfficerLogsInAndSeesTheElevenDistrictLevelAreasOnTheMap() throws Exception {
		assertThat(runConsoleScript("admin", 11, "admin")).isZero();
		assertThat(Path.of("target/screenshots/admin/map.png")).exists().isNotEmptyFile();
	}

	@Test
	void futianDutyOfficerSeesOnlyFutianOnTheMap() throws Exception {
		assertThat(runConsoleScript("duty.futian", 1, "duty.futian")).isZero();
		assertThat(Path.of("target/screenshots/duty.futian/map.png")).exists().isNotEmptyFile();
	}

	int runConsoleScript(String user, int districts, String outDir) throws IOException, InterruptedException {
		BrowserScripts.run("console.e2e.mjs", Path.of("target/screenshots", outDir), Duration.ofMinutes(4), "--base",
				"http://127.0.0.1:" + port, "--user", user, "--password", DemoMode.DEMO_PASSWORD, "--districts",
				String.valueOf(districts));
		return 0;
	}

}
