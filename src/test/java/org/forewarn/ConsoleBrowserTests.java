package org.forewarn;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.forewarn.platform.DemoMode;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The console in a real browser against the whole platform: Debian's Chromium driven by playwright-core
 * ({@code console/e2e/console.e2e.mjs}) logs in, opens the map and checks that the district-level areas are drawn.
 * Screenshots are kept in {@code target/screenshots/}. Skipped without Chromium, except in CI.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "forewarn.embedded-db.data-dir=target/test-db/browser", "forewarn.embedded-db.clean=true",
				"forewarn.demo.enabled=true", "FOREWARN_LOG_FILE=target/test-logs/browser.log" })
class ConsoleBrowserTests {

	static final Path CHROMIUM = Path.of(System.getProperty("forewarn.chromium", "/usr/bin/chromium"));

	@LocalServerPort
	int port;

	@BeforeAll
	static void browserAvailable() {
		boolean ci = "true".equalsIgnoreCase(System.getenv("CI"));
		if (ci) {
			assertThat(CHROMIUM).as("CI must install Chromium (.ci/run)").exists();
		}
		assumeTrue(Files.isExecutable(CHROMIUM), "Chromium not installed: browser tests skipped");
		assumeTrue(Files.isDirectory(Path.of("console/node_modules/playwright-core")) || ci,
				"console dependencies not installed (built with -Dconsole.skip?)");
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
		Path out = Path.of("target/screenshots", outDir).toAbsolutePath();
		Files.createDirectories(out);
		Path log = out.resolve("e2e.log");
		Process process = new ProcessBuilder(List.of("node", "e2e/console.e2e.mjs", "--base", "http://127.0.0.1:" + port,
				"--out", out.toString(), "--user", user, "--password", DemoMode.DEMO_PASSWORD, "--districts",
				String.valueOf(districts)))
			.directory(Path.of("console").toFile())
			.redirectErrorStream(true)
			.redirectOutput(log.toFile())
			.start();
		if (!process.waitFor(4, TimeUnit.MINUTES)) {
			process.destroyForcibly();
			throw new AssertionError("browser test timed out; see " + log);
		}
		String output = Files.readString(log, StandardCharsets.UTF_8);
		System.out.println(output);
		if (process.exitValue() != 0) {
			throw new AssertionError("browser test failed (exit " + process.exitValue() + "):\n" + output);
		}
		return process.exitValue();
	}
}
