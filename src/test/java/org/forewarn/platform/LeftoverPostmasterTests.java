package org.forewarn.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a {@code postmaster.pid} may name when the platform starts, other than a server
 * left by a killed run (that case is {@code CrashRecoveryIntegrationTests}): a process
 * that reused the PID must survive, and a stale file must not block the start.
 */
class LeftoverPostmasterTests {

	@TempDir
	Path dataDirectory;

	@Test
	void aLiveProcessThatMerelyReusedThePidIsLeftAloneAndTheStaleFileRemoved() throws Exception {
		Process unrelated = new ProcessBuilder("sleep", "120").start();
		try {
			pidFile(unrelated.pid());

			assertThat(LeftoverPostmaster.clear(dataDirectory, Duration.ofSeconds(5))).isFalse();

			assertThat(unrelated.isAlive()).as("the unrelated process still runs").isTrue();
			assertThat(unrelated.waitFor(1, TimeUnit.SECONDS)).isFalse();
			assertThat(dataDirectory.resolve("postmaster.pid")).doesNotExist();
		}
		finally {
			unrelated.destroyForcibly();
		}
	}

	@Test
	void aPostgresServingAnotherDirectoryIsNotTakenForThisDirectorysServer() throws Exception {
		// this JVM is alive, but it is neither a postgres binary nor working in the data
		// directory
		pidFile(ProcessHandle.current().pid());

		assertThat(LeftoverPostmaster.of(dataDirectory)).isEmpty();
		assertThat(LeftoverPostmaster.servesDirectory(ProcessHandle.current().pid(), dataDirectory)).isFalse();
	}

	@Test
	void aFileNamingADeadProcessIsRemoved() throws Exception {
		Process gone = new ProcessBuilder("true").start();
		gone.waitFor(10, TimeUnit.SECONDS);
		pidFile(gone.pid());

		assertThat(LeftoverPostmaster.clear(dataDirectory, Duration.ofSeconds(5))).isFalse();

		assertThat(dataDirectory.resolve("postmaster.pid")).doesNotExist();
	}

	@Test
	void aFileCutShortByACrashIsRemoved() throws Exception {
		Files.writeString(dataDirectory.resolve("postmaster.pid"), "12");

		assertThat(LeftoverPostmaster.clear(dataDirectory, Duration.ofSeconds(5))).isFalse();

		assertThat(dataDirectory.resolve("postmaster.pid")).doesNotExist();
	}

	@Test
	void aDirectoryWithoutAServerIsLeftAsItIs() throws Exception {
		assertThat(LeftoverPostmaster.clear(dataDirectory, Duration.ofSeconds(5))).isFalse();
		assertThat(LeftoverPostmaster.clear(dataDirectory.resolve("not-created-yet"), Duration.ofSeconds(5))).isFalse();
	}

	/**
	 * What PostgreSQL 17 writes: PID, data directory, start time, port, socket directory,
	 * listen address, …
	 */
	private void pidFile(long pid) throws Exception {
		Files.writeString(dataDirectory.resolve("postmaster.pid"),
				pid + "\n" + dataDirectory + "\n1765100000\n54321\n/tmp\nlocalhost\n  1234567     98304\nready   \n");
	}

}
