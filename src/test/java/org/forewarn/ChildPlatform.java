package org.forewarn;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The platform as an operator runs it: its own JVM
 * ({@code java -cp <the test class path> org.forewarn.ForewarnApplication}), production
 * settings (fsync on: the test JVM's {@code forewarn.embedded-db.fsync=false} is not
 * passed on), fixed ports so that the same command can be run again on the same data, and
 * output in a log file.
 */
final class ChildPlatform {

	static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	final Path dataDirectory;

	final int httpPort;

	final int mqttPort;

	private final List<String> command;

	private final Path logs;

	private Process process;

	private int starts;

	ChildPlatform(String name, String... extra) throws IOException {
		Path root = Path.of("target/test-child", name).toAbsolutePath();
		this.dataDirectory = root.resolve("postgres");
		this.logs = Files.createDirectories(Path.of("target/test-logs").toAbsolutePath());
		this.httpPort = freePort();
		this.mqttPort = freePort();
		List<String> args = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Xmx768m", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
				ForewarnApplication.class.getName(), "--forewarn.embedded-db.data-dir=" + dataDirectory,
				"--server.port=" + httpPort, "--forewarn.mqtt.port=" + mqttPort, "--forewarn.mqtt.persistence=file",
				"--forewarn.mqtt.data-dir=" + root.resolve("mqtt"), "--forewarn.mqtt.client-id=forewarn-" + name,
				"--forewarn.demo.enabled=false", "--FOREWARN_LOG_FILE=" + logs.resolve(name + ".log")));
		args.addAll(List.of(extra));
		this.command = List.copyOf(args);
	}

	/**
	 * Runs the command and waits until the platform reports itself up; the time it took.
	 */
	Duration start(Duration bound) throws IOException {
		long began = System.nanoTime();
		Path out = logs.resolve(dataDirectory.getParent().getFileName() + "-" + (++starts) + ".out");
		process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(out.toFile()).start();
		try {
			Awaitility.await().atMost(bound).pollInterval(Duration.ofMillis(500)).until(() -> {
				if (!process.isAlive()) {
					throw new IllegalStateException(
							"the platform exited with " + process.exitValue() + ":\n" + tail(out));
				}
				return up();
			});
		}
		catch (ConditionTimeoutException ex) {
			throw new AssertionError("not up within " + bound.toSeconds() + " s:\n" + tail(out), ex);
		}
		return Duration.ofNanos(System.nanoTime() - began);
	}

	/**
	 * {@code kill -9}: no shutdown hook, no Spring shutdown, the database server is not
	 * told.
	 */
	void kill() throws InterruptedException {
		process.destroyForcibly();
		process.waitFor(30, TimeUnit.SECONDS);
	}

	/** An orderly stop (SIGTERM), as an operator's Ctrl-C or a service manager would. */
	void stop() throws InterruptedException {
		if (process != null && process.isAlive()) {
			process.destroy();
			if (!process.waitFor(60, TimeUnit.SECONDS)) {
				process.destroyForcibly();
			}
		}
	}

	/**
	 * Stops the platform and any database server still running on its data (after a
	 * failed test).
	 */
	void close() throws InterruptedException, IOException {
		stop();
		Optional<ProcessHandle> server = postmaster();
		if (server.isPresent()) {
			server.get().destroy();
			server.get().onExit().orTimeout(60, TimeUnit.SECONDS).exceptionally(t -> null).join();
		}
	}

	/**
	 * The PostgreSQL server named by the data directory's {@code postmaster.pid}, if it
	 * runs on this directory.
	 */
	Optional<ProcessHandle> postmaster() throws IOException {
		Path pidFile = dataDirectory.resolve("postmaster.pid");
		if (!Files.exists(pidFile)) {
			return Optional.empty();
		}
		long pid = Long.parseLong(Files.readAllLines(pidFile).get(0).strip());
		return ProcessHandle.of(pid).filter(ProcessHandle::isAlive).filter(p -> {
			try {
				return Path.of("/proc", Long.toString(pid), "cwd").toRealPath().equals(dataDirectory.toRealPath());
			}
			catch (IOException ex) {
				return false;
			}
		});
	}

	/**
	 * The child's own database (trust authentication on localhost, as the embedded
	 * default is set up), on the port its server wrote into {@code postmaster.pid}: like
	 * a production start, the child picks a free port each time, so a server left by a
	 * killed run cannot pass for the new one.
	 */
	JdbcClient database() throws IOException {
		int port = Integer.parseInt(Files.readAllLines(dataDirectory.resolve("postmaster.pid")).get(3).strip());
		return JdbcClient
			.create(new DriverManagerDataSource("jdbc:postgresql://127.0.0.1:" + port + "/postgres?user=postgres"));
	}

	String url(String path) {
		return "http://127.0.0.1:" + httpPort + path;
	}

	private boolean up() {
		try {
			HttpResponse<String> health = HTTP.send(
					HttpRequest.newBuilder(URI.create(url("/actuator/health"))).timeout(Duration.ofSeconds(5)).build(),
					HttpResponse.BodyHandlers.ofString());
			return health.statusCode() == 200 && health.body().contains("\"UP\"");
		}
		catch (IOException notYet) {
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	private static String tail(Path file) {
		try {
			List<String> lines = Files.readAllLines(file);
			return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
