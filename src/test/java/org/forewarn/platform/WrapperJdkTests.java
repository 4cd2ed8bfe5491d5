package org.forewarn.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's commands start with {@code ./mvnw}; on a machine whose default java is
 * older than 21 (Debian 12: 17) the wrapper runs Maven on a JDK 21+ it finds itself, or
 * says what to install before anything is built (ADR 0013). Real child processes: the
 * wrapper and its {@code .mvn/select-jdk.sh}, with stand-in JDKs whose {@code java} must
 * never run.
 */
class WrapperJdkTests {

	static final Path project = Path.of("").toAbsolutePath();

	@TempDir
	Path temp;

	@Test
	void anOlderJavaOnThePathGivesWayToTheNewestJdk21OrLaterInstalled() throws Exception {
		Path old = standIn(temp.resolve("path/jdk-17"), "17.0.15");
		Path jdks = temp.resolve("jdks");
		standIn(jdks.resolve("jdk-17"), "17.0.2");
		standIn(jdks.resolve("jdk-21"), "21.0.9");
		Path newest = standIn(jdks.resolve("jdk-25"), "25.0.3");

		Run run = run(List.of("sh", ".mvn/select-jdk.sh"),
				Map.of("PATH", old.resolve("bin") + ":/usr/bin:/bin", "MVNW_JDK_DIRS", jdks.toString()));

		assertThat(run.exit).isZero();
		assertThat(run.out.strip()).isEqualTo(newest.toString());
		assertThat(run.err).contains("the java on PATH is JDK 17 (" + old + ")").contains("Using JDK 25 at " + newest);
	}

	@Test
	void aJavaHomeOf21OrLaterIsLeftAsItIs() throws Exception {
		Path chosen = standIn(temp.resolve("jdk-21"), "21.0.9");
		Path jdks = temp.resolve("jdks");
		standIn(jdks.resolve("jdk-25"), "25.0.3");

		Run run = run(List.of("sh", ".mvn/select-jdk.sh"),
				Map.of("JAVA_HOME", chosen.toString(), "PATH", "/usr/bin:/bin", "MVNW_JDK_DIRS", jdks.toString()));

		assertThat(run.exit).isZero();
		assertThat(run.out).isEmpty();
		assertThat(run.err).isEmpty();
	}

	@Test
	void withoutAJdk21TheWrapperSaysWhatToInstallAndStopsAtOnce() throws Exception {
		Path old = standIn(temp.resolve("path/jdk-17"), "17.0.15");
		Path jdks = Files.createDirectories(temp.resolve("no-jdks"));
		Instant start = Instant.now();

		Run run = run(List.of("./mvnw", "-B", "-v"),
				Map.of("PATH", old.resolve("bin") + ":/usr/bin:/bin", "MVNW_JDK_DIRS", jdks.toString()));

		assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofSeconds(5));
		assertThat(run.exit).isEqualTo(1);
		assertThat(run.err).contains("Forewarn needs a JDK (not only a JRE) 21 or newer, and none is installed")
			.contains("the java on PATH is JDK 17 (" + old + ")")
			.contains("looked in: " + jdks)
			.contains("export JAVA_HOME=")
			.doesNotContain("stand-in java ran");
		assertThat(run.out).doesNotContain("Apache Maven");
	}

	@Test
	void theWrapperRunsMavenOnTheJdkItFound() throws Exception {
		Path old = standIn(temp.resolve("path/jdk-17"), "17.0.15");
		Path jdks = Files.createDirectories(temp.resolve("jdks"));
		// the JDK running this test is 21+ (the build needs it), so it is the one to be
		// found
		Files.createSymbolicLink(jdks.resolve("this-jdk"), Path.of(System.getProperty("java.home")));

		Run run = run(List.of("./mvnw", "-B", "-v"),
				Map.of("PATH", old.resolve("bin") + ":/usr/bin:/bin", "MVNW_JDK_DIRS", jdks.toString()));

		assertThat(run.exit).as(run.err).isZero();
		assertThat(run.out).contains("Apache Maven").contains("Java version: " + System.getProperty("java.version"));
		assertThat(run.err).contains("Using JDK " + Runtime.version().feature() + " at " + jdks.resolve("this-jdk"))
			.doesNotContain("stand-in java ran");
	}

	/**
	 * A folder that looks like a JDK of {@code version} to the wrapper; its java and
	 * javac fail loudly if run.
	 */
	static Path standIn(Path home, String version) throws IOException {
		Path bin = Files.createDirectories(home.resolve("bin"));
		for (String tool : List.of("java", "javac")) {
			Path script = bin.resolve(tool);
			Files.writeString(script, "#!/bin/sh\necho 'stand-in java ran' >&2\nexit 3\n");
			Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
		}
		Files.writeString(home.resolve("release"), "IMPLEMENTOR=\"Test\"\nJAVA_VERSION=\"" + version + "\"\n");
		return home;
	}

	record Run(int exit, String out, String err) {
	}

	Run run(List<String> command, Map<String, String> environment) throws Exception {
		ProcessBuilder builder = new ProcessBuilder(command).directory(project.toFile())
			.redirectOutput(temp.resolve("out").toFile())
			.redirectError(temp.resolve("err").toFile());
		// a newcomer's shell: none of the JDK settings of the shell that runs this build
		builder.environment()
			.keySet()
			.removeIf(name -> name.startsWith("JAVA") || name.startsWith("MAVEN") || name.startsWith("MVNW"));
		builder.environment().putAll(environment);
		Process process = builder.start();
		assertThat(process.waitFor(2, TimeUnit.MINUTES)).as("finished").isTrue();
		return new Run(process.exitValue(), Files.readString(temp.resolve("out"), StandardCharsets.UTF_8),
				Files.readString(temp.resolve("err"), StandardCharsets.UTF_8));
	}

}
