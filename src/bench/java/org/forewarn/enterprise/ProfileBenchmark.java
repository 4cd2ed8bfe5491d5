package org.forewarn.enterprise;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.postgresql.PGConnection;

import org.forewarn.ForewarnApplication;
import org.forewarn.platform.DemoMode;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The holographic profile API ({@code GET /api/enterprises/{uscc}/profile}) at the demo
 * registry's 50,000 enterprises with the linked facts topped up to {@code -Dfacts}
 * (default 1,200,000: hazards, inspections, alarms and readings-derived alarms spread
 * over the enterprises with a skew, so some have hundreds). Each run asks for the
 * profiles of {@code -Drequests} random enterprises over HTTP with an admin token, one at
 * a time, and reports p50/p99; baselines in the same run: the single-row primary-key
 * lookup {@code GET /api/enterprises/{uscc}} through the same HTTP stack, and the bare
 * JDBC primary-key select. Prints every run and the medians. Run: {@code ./mvnw -Pbench
 * -Dconsole.skip -DskipTests test-compile exec:java -Dexec.mainClass=org.forewarn.enterprise.ProfileBenchmark}
 * (options -Druns=3 -Drequests=2000).
 */
public class ProfileBenchmark {

	static final HttpClient HTTP = HttpClient.newHttpClient();

	public static void main(String[] args) throws Exception {
		int runs = Integer.getInteger("runs", 3);
		int requests = Integer.getInteger("requests", 2000);
		int factsWanted = Integer.getInteger("facts", 1_200_000);
		Path dir = Files.createTempDirectory("forewarn-profile-bench");
		ConfigurableApplicationContext context = new SpringApplicationBuilder(ForewarnApplication.class).run(
				"--server.port=0", "--forewarn.embedded-db.data-dir=" + dir.resolve("postgres"),
				"--forewarn.embedded-db.clean=true", "--forewarn.demo.enabled=true", "--forewarn.mqtt.port=0",
				"--FOREWARN_LOG_FILE=" + dir.resolve("forewarn.log"), "--logging.level.root=WARN");
		try {
			int port = ((WebServerApplicationContext) context).getWebServer().getPort();
			String base = "http://127.0.0.1:" + port;
			JdbcClient jdbc = context.getBean(JdbcClient.class);
			DataSource dataSource = context.getBean(DataSource.class);
			List<String> usccs = jdbc.sql("select uscc from enterprise order by uscc")
				.query(String.class)
				.list()
				.stream()
				.map(String::strip)
				.toList();
			long existing = jdbc.sql("select count(*) from enterprise_fact").query(Long.class).single();
			long added = topUp(dataSource, usccs, Math.max(0, factsWanted - existing));
			jdbc.sql("analyze enterprise_fact").update();
			jdbc.sql("analyze enterprise").update();
			long facts = jdbc.sql("select count(*) from enterprise_fact").query(Long.class).single();
			long max = jdbc.sql("select max(c) from (select count(*) c from enterprise_fact group by uscc) x")
				.query(Long.class)
				.single();
			System.out.printf(
					"platform up on port %d; %d enterprises; %d linked facts (%d added; most on one enterprise %d);"
							+ " machine load %s%n",
					port, usccs.size(), facts, added, max, Files.readString(Path.of("/proc/loadavg")).strip());
			String token = login(base, "admin", DemoMode.DEMO_PASSWORD);
			Random random = new Random(7);

			List<Double> profileP99 = new ArrayList<>();
			List<Double> profileP50 = new ArrayList<>();
			List<Double> getP99 = new ArrayList<>();
			List<Double> jdbcP99 = new ArrayList<>();
			for (int run = 0; run <= runs; run++) {
				List<String> sample = new ArrayList<>();
				for (int i = 0; i < requests; i++) {
					sample.add(usccs.get(random.nextInt(usccs.size())));
				}
				List<Double> profile = new ArrayList<>();
				List<Double> get = new ArrayList<>();
				for (String uscc : sample) {
					profile.add(timed(base, token, "/api/enterprises/" + uscc + "/profile"));
					get.add(timed(base, token, "/api/enterprises/" + uscc));
				}
				List<Double> pk = new ArrayList<>();
				try (Connection c = dataSource.getConnection();
						PreparedStatement s = c.prepareStatement("select * from enterprise where uscc = ?")) {
					for (String uscc : sample) {
						long t0 = System.nanoTime();
						s.setString(1, uscc);
						try (ResultSet rs = s.executeQuery()) {
							rs.next();
						}
						pk.add((System.nanoTime() - t0) / 1e6);
					}
				}
				double p99 = percentile(profile, 99);
				System.out.printf(
						"%s %d: profile p50 %.1f ms p99 %.1f ms | GET one enterprise (PK, same HTTP stack) p50 %.1f"
								+ " p99 %.1f ms | JDBC PK select p99 %.2f ms | ratio profile/GET p99 %.2f%n",
						run == 0 ? "warm-up" : "run", run, percentile(profile, 50), p99, percentile(get, 50),
						percentile(get, 99), percentile(pk, 99), p99 / percentile(get, 99));
				if (run > 0) {
					profileP99.add(p99);
					profileP50.add(percentile(profile, 50));
					getP99.add(percentile(get, 99));
					jdbcP99.add(percentile(pk, 99));
				}
			}
			double p = median(profileP99);
			double g = median(getP99);
			System.out
				.printf("median of %d runs (%d requests each, %d enterprises, %d linked facts): profile p50 %.1f ms,"
						+ " p99 %.1f ms (goal ≤ 50 ms); single-row GET p99 %.1f ms; JDBC PK p99 %.2f ms; ratio profile/GET p99"
						+ " %.2f%n", runs, requests, usccs.size(), facts, median(profileP50), p, g, median(jdbcP99),
						p / g);
		}
		finally {
			context.close();
		}
		System.exit(0);
	}

	/**
	 * COPY n more facts (hazards, inspections, alarms) over the enterprises, skewed: a
	 * few have hundreds.
	 */
	static long topUp(DataSource dataSource, List<String> usccs, long n) throws Exception {
		if (n <= 0) {
			return 0;
		}
		Random random = new Random(11);
		String[] kinds = { "HAZARD", "INSPECTION", "ALARM", "TRAINING" };
		Instant now = Instant.now();
		long written = 0;
		try (Connection connection = dataSource.getConnection()) {
			connection.setAutoCommit(false);
			while (written < n) {
				StringBuilder csv = new StringBuilder();
				for (int i = 0; i < 100_000 && written < n; i++, written++) {
					double skew = Math.pow(random.nextDouble(), 3); // more facts on the
																	// first enterprises
					String uscc = usccs.get((int) (skew * usccs.size()));
					String kind = kinds[random.nextInt(kinds.length)];
					boolean open = random.nextDouble() < 0.1;
					Instant at = now.minus(Duration.ofMinutes(random.nextInt(3 * 365 * 24 * 60)));
					csv.append(kind)
						.append(",BENCH-")
						.append(written)
						.append(',')
						.append(uscc)
						.append(",基准测试记录,")
						.append(open ? "OPEN" : "CLOSED")
						.append(',')
						.append(open)
						.append(',')
						.append(random.nextInt(3))
						.append(',')
						.append(at)
						.append(",,,,")
						.append(now)
						.append('\n');
				}
				connection.unwrap(PGConnection.class).getCopyAPI().copyIn("""
						copy enterprise_fact (kind, reference, uscc, title, status, open, severity, at, due_at, link,
						    detail, updated_at) from stdin with (format csv)""", new StringReader(csv.toString()));
			}
			connection.commit();
		}
		return written;
	}

	static double timed(String base, String token, String path) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create(base + path))
			.header("Authorization", "Bearer " + token)
			.GET()
			.build();
		long t0 = System.nanoTime();
		HttpResponse<byte[]> response = HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
		double ms = (System.nanoTime() - t0) / 1e6;
		if (response.statusCode() != 200) {
			throw new IllegalStateException(path + " → " + response.statusCode() + ": " + new String(response.body()));
		}
		return ms;
	}

	static String login(String base, String user, String password) throws Exception {
		HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/auth/login"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers
				.ofString("{\"username\":\"" + user + "\",\"password\":\"" + password + "\"}"))
			.build(), HttpResponse.BodyHandlers.ofString());
		Matcher m = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"").matcher(response.body());
		if (!m.find()) {
			throw new IllegalStateException("login failed: " + response.body());
		}
		return m.group(1);
	}

	static double percentile(List<Double> values, int p) {
		List<Double> sorted = new ArrayList<>(values);
		Collections.sort(sorted);
		return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
	}

	static double median(List<Double> values) {
		return percentile(values, 50);
	}

}
