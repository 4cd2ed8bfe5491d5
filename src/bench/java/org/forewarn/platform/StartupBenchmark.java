package org.forewarn.platform;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Cold and warm start of the packaged platform ({@code target/forewarn.jar}) to "health
 * UP", its resident memory and heap after start, against a baseline measured in the same
 * run: starting the bare embedded PostgreSQL alone (initdb + start for cold, start for
 * warm). Run: {@code ./mvnw -Pbench -DskipTests package exec:java
 * -Dexec.mainClass=org.forewarn.platform.StartupBenchmark} (see docs/benchmarks.md).
 * Prints medians of several runs.
 */
public class StartupBenchmark {

	record Start(double seconds, long rssMb, long heapUsedMb) {
	}

	public static void main(String[] args) throws Exception {
		int runs = Integer.getInteger("runs", 3);
		Path jar = Path.of("target/forewarn.jar").toAbsolutePath();
		if (!Files.exists(jar)) {
			throw new IllegalStateException("build the jar first: ./mvnw -DskipTests package");
		}
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		List<Double> pgCold = new ArrayList<>();
		List<Double> pgWarm = new ArrayList<>();
		List<Start> cold = new ArrayList<>();
		List<Start> warm = new ArrayList<>();
		List<Start> warmCds = new ArrayList<>();
		for (int run = 1; run <= runs; run++) {
			Path pgDir = Files.createTempDirectory("bench-pg");
			pgCold.add(timePostgres(pgDir, true));
			pgWarm.add(timePostgres(pgDir, false));
			delete(pgDir);

			Path dataDir = Files.createTempDirectory("bench-platform");
			int port = 18000 + run;
			cold.add(startPlatform(java, jar, dataDir, port));
			warm.add(startPlatform(java, jar, dataDir, port));
			// the README's run command: a class-data-sharing archive written by the first
			// run, used by later ones
			String cds = "-XX:SharedArchiveFile=" + dataDir.resolve("forewarn.jsa");
			startPlatform(java, jar, dataDir, port, "-XX:+AutoCreateSharedArchive", cds);
			warmCds.add(startPlatform(java, jar, dataDir, port, "-XX:+AutoCreateSharedArchive", cds));
			delete(dataDir);
			System.out.printf(
					"run %d: platform cold %.1f s, warm %.1f s (RSS %d MB, heap %d MB), warm with CDS archive %.1f s; bare PostgreSQL cold %.1f s, warm %.1f s%n",
					run, cold.getLast().seconds(), warm.getLast().seconds(), warm.getLast().rssMb(),
					warm.getLast().heapUsedMb(), warmCds.getLast().seconds(), pgCold.getLast(), pgWarm.getLast());
		}
		double coldS = median(cold.stream().map(Start::seconds).toList());
		double warmS = median(warm.stream().map(Start::seconds).toList());
		double pgColdS = median(pgCold);
		double pgWarmS = median(pgWarm);
		System.out.println();
		System.out.printf(
				"Cold start (empty data: initdb, migrations, reference + demo data): median %.1f s = %.1f × bare embedded PostgreSQL cold start (%.1f s)%n",
				coldS, coldS / pgColdS, pgColdS);
		System.out.printf(
				"Warm start (same data):                                          median %.1f s = %.1f × bare embedded PostgreSQL warm start (%.1f s); target ≤ 10 s%n",
				warmS, warmS / pgWarmS, pgWarmS);
		double cdsS = median(warmCds.stream().map(Start::seconds).toList());
		System.out.printf(
				"Warm start with the CDS archive (README run command's JVM options): median %.1f s = %.1f × bare embedded PostgreSQL warm start%n",
				cdsS, cdsS / pgWarmS);
		System.out.printf(
				"After warm start: resident memory (JVM process) median %d MB, heap used median %d MB (target ≤ 512 MB)%n",
				(long) median(warm.stream().map(s -> (double) s.rssMb()).toList()),
				(long) median(warm.stream().map(s -> (double) s.heapUsedMb()).toList()));
	}

	static double timePostgres(Path dir, boolean clean) throws IOException {
		long start = System.nanoTime();
		try (EmbeddedPostgres pg = EmbeddedPostgres.builder()
			.setDataDirectory(dir)
			.setCleanDataDirectory(clean)
			.start()) {
			return (System.nanoTime() - start) / 1e9;
		}
	}

	static Start startPlatform(String java, Path jar, Path dataDir, int port, String... jvmOptions) throws Exception {
		Path log = dataDir.resolve("stdout.log");
		List<String> command = new ArrayList<>(List.of(java));
		command.addAll(List.of(jvmOptions));
		command.addAll(List.of("-jar", jar.toString(), "--server.port=" + port,
				"--forewarn.embedded-db.data-dir=" + dataDir.resolve("postgres"),
				"--FOREWARN_LOG_FILE=" + dataDir.resolve("forewarn.log")));
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
		long start = System.nanoTime();
		Process process = builder.start();
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
		try {
			double seconds = -1;
			while (System.nanoTime() - start < Duration.ofMinutes(5).toNanos()) {
				if (!process.isAlive()) {
					throw new IllegalStateException("platform exited; see " + log);
				}
				try {
					HttpResponse<String> health = http.send(
							HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health")).build(),
							HttpResponse.BodyHandlers.ofString());
					if (health.statusCode() == 200 && health.body().contains("\"UP\"")) {
						seconds = (System.nanoTime() - start) / 1e9;
						break;
					}
				}
				catch (IOException notYet) {
					// not listening yet
				}
				Thread.sleep(100);
			}
			if (seconds < 0) {
				throw new IllegalStateException("platform not ready within 5 minutes; see " + log);
			}
			Thread.sleep(2000); // let start-up garbage settle before reading memory
			return new Start(seconds, rssMb(process.pid()), heapUsedMb(http, port));
		}
		finally {
			process.destroy();
			process.waitFor();
		}
	}

	static long rssMb(long pid) throws IOException {
		for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
			if (line.startsWith("VmRSS:")) {
				return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
			}
		}
		return -1;
	}

	static long heapUsedMb(HttpClient http, int port) throws Exception {
		String base = "http://127.0.0.1:" + port;
		HttpResponse<String> login = http.send(HttpRequest.newBuilder(URI.create(base + "/api/auth/login"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers
				.ofString("{\"username\":\"admin\",\"password\":\"" + DemoMode.DEMO_PASSWORD + "\"}"))
			.build(), HttpResponse.BodyHandlers.ofString());
		Matcher token = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"").matcher(login.body());
		if (!token.find()) {
			return -1;
		}
		HttpResponse<String> metric = http
			.send(HttpRequest.newBuilder(URI.create(base + "/actuator/metrics/jvm.memory.used?tag=area:heap"))
				.header("Authorization", "Bearer " + token.group(1))
				.build(), HttpResponse.BodyHandlers.ofString());
		Matcher value = Pattern.compile("\"value\"\\s*:\\s*([0-9.E]+)").matcher(metric.body());
		return value.find() ? (long) (Double.parseDouble(value.group(1)) / (1024 * 1024)) : -1;
	}

	static double median(List<Double> values) {
		List<Double> sorted = values.stream().sorted().toList();
		int n = sorted.size();
		return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
	}

	static void delete(Path dir) throws IOException {
		try (Stream<Path> walk = Files.walk(dir)) {
			walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
		}
	}

}
