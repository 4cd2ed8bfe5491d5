package org.forewarn.platform;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL server left running on the embedded data directory by an earlier run of
 * the platform that was killed ({@code kill -9}, OOM killer, power button of a
 * container): {@code pg_ctl} daemonises the postmaster, so it outlives the JVM and keeps
 * its lock on the directory, and the next start would wait for a server that can never
 * start.
 *
 * <p>
 * Its {@code postmaster.pid} names the process; that process is only stopped when it
 * really is a PostgreSQL server whose working directory is this data directory (a
 * postmaster {@code chdir}s into it), so a process that merely reused the PID is never
 * touched. A file naming a dead or unrelated process is stale and removed.
 */
final class LeftoverPostmaster {

	private static final Logger log = LoggerFactory.getLogger(LeftoverPostmaster.class);

	/**
	 * The first lines of {@code postmaster.pid}: PID, data directory, start time, port.
	 */
	record PidFile(long pid, Path dataDirectory, int port) {

		static Optional<PidFile> in(Path dataDirectory) throws IOException {
			List<String> lines;
			try {
				lines = Files.readAllLines(dataDirectory.resolve("postmaster.pid"));
			}
			catch (NoSuchFileException absent) {
				return Optional.empty();
			}
			if (lines.size() < 4 || !lines.get(0).strip().matches("-?\\d{1,10}")) {
				// a server writes the file in one go; anything shorter was cut by a crash
				// while being written
				return Optional.of(new PidFile(0, dataDirectory, 0));
			}
			int port = lines.get(3).strip().matches("\\d{1,5}") ? Integer.parseInt(lines.get(3).strip()) : 0;
			return Optional
				.of(new PidFile(Math.abs(Long.parseLong(lines.get(0).strip())), Path.of(lines.get(1).strip()), port));
		}
	}

	private LeftoverPostmaster() {
	}

	/**
	 * The running PostgreSQL server of this data directory, if there is one (the server
	 * of a live platform as well as one left by a killed run).
	 */
	static Optional<ProcessHandle> of(Path dataDirectory) throws IOException {
		Optional<PidFile> file = PidFile.in(dataDirectory);
		if (file.isEmpty() || file.get().pid() <= 0) {
			return Optional.empty();
		}
		return ProcessHandle.of(file.get().pid())
			.filter(ProcessHandle::isAlive)
			.filter(process -> servesDirectory(process.pid(), dataDirectory));
	}

	/**
	 * Makes the data directory free for a new server: stops a server left on it (fast
	 * shutdown: open transactions are rolled back, committed ones are on disk already)
	 * and waits at most {@code bound} for it to exit; removes a stale
	 * {@code postmaster.pid}.
	 * @return whether a leftover server was stopped
	 * @throws IllegalStateException when the server does not exit within the bound
	 */
	static boolean clear(Path dataDirectory, Duration bound) throws IOException {
		Optional<PidFile> file = PidFile.in(dataDirectory);
		if (file.isEmpty()) {
			return false;
		}
		Optional<ProcessHandle> server = of(dataDirectory);
		if (server.isEmpty()) {
			log.info("Removing a stale postmaster.pid in {} (PID {} is not a PostgreSQL server of this directory)",
					dataDirectory, file.get().pid());
			Files.deleteIfExists(dataDirectory.resolve("postmaster.pid"));
			return false;
		}
		ProcessHandle process = server.get();
		if (ownedByALivePlatform(dataDirectory)) {
			throw new IllegalStateException("Another running Forewarn (or other embedded PostgreSQL user) holds "
					+ dataDirectory + " (PostgreSQL PID " + process.pid() + "); stop it first or use another "
					+ "forewarn.embedded-db.data-dir");
		}
		log.warn("A PostgreSQL server (PID {}) left by an earlier run still holds {}; stopping it", process.pid(),
				dataDirectory);
		stop(process, dataDirectory, bound);
		try {
			process.onExit().get(bound.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (TimeoutException ex) {
			throw new IllegalStateException("The PostgreSQL server (PID " + process.pid() + ") left on " + dataDirectory
					+ " did not stop within " + bound.toSeconds() + " s; stop it (kill " + process.pid()
					+ ") and start again", ex);
		}
		catch (ExecutionException ex) {
			throw new IllegalStateException("Could not wait for PID " + process.pid(), ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while stopping PID " + process.pid(), ex);
		}
		log.info("The leftover PostgreSQL server (PID {}) has stopped", process.pid());
		return true;
	}

	/**
	 * Whether a live JVM still holds zonky's lock file on the directory: then the server
	 * is not left over but in use (a second instance started on the same data), and
	 * stopping it would pull the database from under the first.
	 */
	private static boolean ownedByALivePlatform(Path dataDirectory) throws IOException {
		Path lockFile = dataDirectory.resolve("epg-lock");
		if (!Files.exists(lockFile)) {
			return false;
		}
		try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE);
				FileLock lock = channel.tryLock()) {
			return lock == null;
		}
		catch (OverlappingFileLockException heldInThisJvm) {
			return true;
		}
	}

	/**
	 * {@code pg_ctl stop -m fast} next to the server's own binary; SIGTERM (smart
	 * shutdown) if that fails.
	 */
	private static void stop(ProcessHandle process, Path dataDirectory, Duration bound) {
		Optional<Path> pgCtl = binary(process.pid()).map(postgres -> postgres.resolveSibling("pg_ctl"))
			.filter(Files::isExecutable);
		if (pgCtl.isPresent()) {
			try {
				Process ctl = new ProcessBuilder(pgCtl.get().toString(), "stop", "-D", dataDirectory.toString(), "-m",
						"fast", "-w", "-t", Long.toString(Math.max(1, bound.toSeconds())))
					.redirectErrorStream(true)
					.redirectOutput(ProcessBuilder.Redirect.DISCARD)
					.start();
				if (ctl.waitFor(bound.toMillis() + 5_000, TimeUnit.MILLISECONDS) && ctl.exitValue() == 0) {
					return;
				}
				ctl.destroyForcibly();
			}
			catch (IOException ex) {
				log.warn("pg_ctl stop failed ({}); sending SIGTERM to PID {}", ex.getMessage(), process.pid());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
		process.destroy();
	}

	/**
	 * Whether the process runs a {@code postgres} binary with this data directory as
	 * working directory.
	 */
	static boolean servesDirectory(long pid, Path dataDirectory) {
		try {
			Path cwd = Path.of("/proc", Long.toString(pid), "cwd").toRealPath();
			return binary(pid).map(b -> b.getFileName().toString().equals("postgres")).orElse(false)
					&& cwd.equals(dataDirectory.toRealPath());
		}
		catch (IOException | SecurityException unreadable) {
			// another user's process, or no /proc: not a server this platform started
			return false;
		}
	}

	/** The executable of a process ({@code /proc/PID/exe}). */
	static Optional<Path> binary(long pid) {
		try {
			return Optional.of(Path.of("/proc", Long.toString(pid), "exe").toRealPath());
		}
		catch (IOException | SecurityException unreadable) {
			return Optional.empty();
		}
	}

}
