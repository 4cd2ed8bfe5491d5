package org.forewarn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * What every browser test shares: the check that Chromium and the console's dependencies
 * are there (required in CI, a skip elsewhere), and running one of the console's
 * {@code e2e/*.e2e.mjs} scripts with its log kept beside the screenshots.
 */
public final class BrowserScripts {

	public static final Path CHROMIUM = Path.of(System.getProperty("forewarn.chromium", "/usr/bin/chromium"));

	private BrowserScripts() {
	}

	/**
	 * Skips the test class without Chromium or the console's node modules, except in CI,
	 * where it fails.
	 */
	public static void assumeBrowser() {
		boolean ci = "true".equalsIgnoreCase(System.getenv("CI"));
		if (ci) {
			assertThat(CHROMIUM).as("CI must install Chromium (.ci/run)").exists();
		}
		assumeTrue(Files.isExecutable(CHROMIUM), "Chromium not installed: browser tests skipped");
		assumeTrue(Files.isDirectory(Path.of("console/node_modules/playwright-core")) || ci,
				"console dependencies not installed (built with -Dconsole.skip?)");
	}

	/**
	 * Runs {@code console/e2e/<script>} with {@code --out <out>} and the given arguments;
	 * returns its output, or throws an AssertionError naming the script when it fails or
	 * outlasts {@code timeout}.
	 */
	public static String run(String script, Path out, Duration timeout, String... arguments)
			throws IOException, InterruptedException {
		Path dir = out.toAbsolutePath();
		Files.createDirectories(dir);
		Path log = dir.resolve("e2e.log");
		List<String> command = new ArrayList<>(List.of("node", "e2e/" + script, "--out", dir.toString()));
		command.addAll(List.of(arguments));
		Process process = new ProcessBuilder(command).directory(Path.of("console").toFile())
			.redirectErrorStream(true)
			.redirectOutput(log.toFile())
			.start();
		if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
			process.destroyForcibly();
			throw new AssertionError(script + " timed out; see " + log);
		}
		String output = Files.readString(log, StandardCharsets.UTF_8);
		System.out.println(output);
		if (process.exitValue() != 0) {
			throw new AssertionError(script + " failed (exit " + process.exitValue() + "):\n" + output);
		}
		return output;
	}

}
