package org.forewarn.resource;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.forewarn.ForewarnApplication;
import org.forewarn.platform.DemoMode;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Nearest available resources with the demo pool (about 10,000 resources and 1,100
 * shelters): p50 and p99 of {@code ResourcePool.nearest} (limit 10, a random point in
 * Shenzhen and a type drawn from kinds and type codes) through the real service, and over
 * HTTP ({@code GET /api/resources/nearest}); baseline in the same run: a single-row
 * primary-key lookup of a resource (service: {@code ResourcePool.find}; HTTP: {@code GET
 * /api/resources/{id}}). Prints each run and the medians. Run:
 * {@code ./mvnw -Pbench -Dconsole.skip -DskipTests test-compile exec:java
 * -Dexec.mainClass=org.forewarn.resource.NearestBenchmark} (options -Druns=3
 * -Dqueries=3000). Starts the whole platform on a fresh embedded database with the demo
 * data (about a minute).
 */
public class NearestBenchmark {

	static final HttpClient HTTP = HttpClient.newHttpClient();
	static final String[] TYPES = { "TEAM", "TEAM_FLOOD", "TEAM_FIRE", "SHELTER", "SUPPLY", "TENT", "EXPERT_HAZCHEM",
			"VEHICLE_AMBULANCE", "VEHICLE", "EXPERT" };

	public static void main(String[] args) throws Exception {
		int runs = Integer.getInteger("runs", 3);
		int queries = Integer.getInteger("queries", 3000);
		Path dir = Files.createTempDirectory("forewarn-nearest-bench");
		ConfigurableApplicationContext context = new SpringApplicationBuilder(ForewarnApplication.class).run(
				"--server.port=0", "--forewarn.embedded-db.data-dir=" + dir.resolve("postgres"),
				"--forewarn.embedded-db.clean=true", "--forewarn.demo.enabled=true", "--forewarn.mqtt.port=0",
				"--FOREWARN_LOG_FILE=" + dir.resolve("forewarn.log"), "--logging.level.root=WARN");
		try {
			int port = ((WebServerApplicationContext) context).getWebServer().getPort();
			String base = "http://127.0.0.1:" + port;
			JdbcClient jdbc = context.getBean(JdbcClient.class);
			ResourcePool resources = context.getBean(ResourcePool.class);
			Resources stored = context.getBean(Resources.class);
			long total = jdbc.sql("select count(*) from resource").query(Long.class).single();
			long shelters = jdbc.sql("select count(*) from resource where kind = 'SHELTER'").query(Long.class).single();
			List<UUID> ids = jdbc.sql("select id from resource").query(UUID.class).list();
			System.out.printf("platform up on port %d; %d resources (%d shelters); machine load %s%n", port, total,
					shelters, Files.readString(Path.of("/proc/loadavg")).strip());
			String token = login(base, "duty.city", DemoMode.DEMO_PASSWORD);

			List<double[]> service = new ArrayList<>();
			List<double[]> http = new ArrayList<>();
			for (int run = 0; run <= runs; run++) {
				Random random = new Random(run);
				double[] nearest = new double[queries];
				double[] lookup = new double[queries];
				int found = 0;
				for (int i = 0; i < queries; i++) {
					double lat = 22.48 + random.nextDouble() * 0.32;
					double lon = 113.8 + random.nextDouble() * 0.7;
					String type = TYPES[i % TYPES.length];
					long t0 = System.nanoTime();
					found += resources.nearest(lat, lon, type, 10).size();
					long t1 = System.nanoTime();
					stored.find(ids.get(random.nextInt(ids.size())));
					long t2 = System.nanoTime();
					nearest[i] = (t1 - t0) / 1e6;
					lookup[i] = (t2 - t1) / 1e6;
				}
				int httpQueries = queries / 3;
				double[] nearestHttp = new double[httpQueries];
				double[] lookupHttp = new double[httpQueries];
				for (int i = 0; i < httpQueries; i++) {
					double lat = 22.48 + random.nextDouble() * 0.32;
					double lon = 113.8 + random.nextDouble() * 0.7;
					String type = TYPES[i % TYPES.length];
					long t0 = System.nanoTime();
					get(base, token,
							"/api/resources/nearest?lat=%.5f&lon=%.5f&type=%s&limit=10".formatted(lat, lon, type));
					long t1 = System.nanoTime();
					get(base, token, "/api/resources/" + ids.get(random.nextInt(ids.size())));
					long t2 = System.nanoTime();
					nearestHttp[i] = (t1 - t0) / 1e6;
					lookupHttp[i] = (t2 - t1) / 1e6;
				}
				double[] s = { pct(nearest, 50), pct(nearest, 99), pct(lookup, 50), pct(lookup, 99) };
				double[] h = { pct(nearestHttp, 50), pct(nearestHttp, 99), pct(lookupHttp, 50), pct(lookupHttp, 99) };
				System.out.printf("%s %d: service nearest p50 %.3f ms p99 %.3f ms | pk lookup p50 %.3f ms p99 %.3f ms"
						+ " | p99 ratio %.2f  ||  HTTP nearest p50 %.2f ms p99 %.2f ms | HTTP pk p50 %.2f ms p99 %.2f ms"
						+ " | p99 ratio %.2f  (%d results)%n", run == 0 ? "warm-up" : "run", run, s[0], s[1], s[2],
						s[3], s[1] / s[3], h[0], h[1], h[2], h[3], h[1] / h[3], found);
				if (run > 0) {
					service.add(s);
					http.add(h);
				}
			}
			System.out
				.printf("median of %d runs (%d service queries, %d HTTP queries each): service nearest p99 %.3f ms"
						+ " vs pk lookup p99 %.3f ms → ratio %.2f (p50 %.3f vs %.3f ms); HTTP nearest p99 %.2f ms vs HTTP pk p99"
						+ " %.2f ms → ratio %.2f (p50 %.2f vs %.2f ms)%n", runs, queries, queries / 3,
						median(service, 1), median(service, 3), median(service, 1) / median(service, 3),
						median(service, 0), median(service, 2), median(http, 1), median(http, 3),
						median(http, 1) / median(http, 3), median(http, 0), median(http, 2));
		}
		finally {
			context.close();
		}
		System.exit(0);
	}

	static double pct(double[] values, int p) {
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
	}

	static double median(List<double[]> runs, int index) {
		List<Double> values = new ArrayList<>();
		runs.forEach(r -> values.add(r[index]));
		Collections.sort(values);
		return values.get(values.size() / 2);
	}

	static String login(String base, String username, String password) throws Exception {
		HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/auth/login"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers
				.ofString("{\"username\":\"%s\",\"password\":\"%s\"}".formatted(username, password)))
			.build(), HttpResponse.BodyHandlers.ofString());
		Matcher m = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"").matcher(response.body());
		if (!m.find()) {
			throw new IllegalStateException("login failed: " + response.body());
		}
		return "Bearer " + m.group(1);
	}

	static String get(String base, String token, String path) throws Exception {
		HttpResponse<String> response = HTTP.send(
				HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", token).GET().build(),
				HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 200) {
			throw new IllegalStateException(path + " → " + response.statusCode() + " " + response.body());
		}
		return response.body();
	}

}
