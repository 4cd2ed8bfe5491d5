package org.forewarn.notification;

import java.io.StringReader;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import com.sun.net.httpserver.HttpServer;
import org.postgresql.PGConnection;

import org.forewarn.ForewarnApplication;
import org.forewarn.platform.DemoMode;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Warning fan-out to every one of the demo city's 45,000 三防 responsible persons, end to
 * end: a city-wide red rainstorm warning is drafted, approved by a second officer and
 * then issued over HTTP; the clock runs from the {@code issue} request to (a) all 45,000
 * notices committed and handed to the channels, and (b) all of them taken by the SMS
 * gateway (a stub on a free port that accepts each batch) and marked sent. Baseline in
 * the same run and database: a raw COPY of 45,000 rows of the same shape into a table
 * with the same indexes. Prints every run and the medians. Run:
 * {@code ./mvnw -Pbench -Dconsole.skip -DskipTests test-compile exec:java
 * -Dexec.mainClass=org.forewarn.notification.FanOutBenchmark} (option -Druns=5). Starts
 * the whole platform on a fresh embedded database with the demo data (about a minute).
 */
public class FanOutBenchmark {

	static final HttpClient HTTP = HttpClient.newHttpClient();

	public static void main(String[] args) throws Exception {
		int runs = Integer.getInteger("runs", 5);
		Path dir = Files.createTempDirectory("forewarn-fanout-bench");
		AtomicLong smsMessages = new AtomicLong();
		HttpServer gateway = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		gateway.createContext("/sms", exchange -> {
			String body = new String(exchange.getRequestBody().readAllBytes());
			int n = 0;
			for (int i = body.indexOf("\"to\""); i >= 0; i = body.indexOf("\"to\"", i + 1)) {
				n++;
			}
			smsMessages.addAndGet(n);
			exchange.sendResponseHeaders(200, -1);
			exchange.close();
		});
		gateway
			.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(2, Thread.ofPlatform().daemon().factory()));
		gateway.start();

		ConfigurableApplicationContext context = new SpringApplicationBuilder(ForewarnApplication.class).run(
				"--server.port=0", "--forewarn.embedded-db.data-dir=" + dir.resolve("postgres"),
				"--forewarn.embedded-db.clean=true", "--forewarn.demo.enabled=true",
				"--FOREWARN_LOG_FILE=" + dir.resolve("forewarn.log"), "--logging.level.root=WARN",
				"--logging.level.org.forewarn.notification=INFO");
		try {
			int port = ((WebServerApplicationContext) context).getWebServer().getPort();
			String base = "http://127.0.0.1:" + port;
			JdbcClient jdbc = context.getBean(JdbcClient.class);
			DataSource dataSource = context.getBean(DataSource.class);
			NotificationDesk desk = context.getBean(NotificationDesk.class);
			Deliveries deliveries = context.getBean(Deliveries.class);
			long people = jdbc.sql("select count(*) from person where role = 'RESPONSIBLE_PERSON'")
				.query(Long.class)
				.single();
			System.out.printf("platform up on port %d; %d responsible persons; machine load %s%n", port, people,
					Files.readString(Path.of("/proc/loadavg")).strip());

			String admin = login(base, "admin", DemoMode.DEMO_PASSWORD);
			call(base, admin, "POST", "/api/users", """
					{"username":"bench.approver","password":"bench-approver-2026","displayName":"值班长",
					 "roles":["DUTY_OFFICER"],"regionCode":"440300"}""");
			call(base, admin, "PUT", "/api/notification-channels/SMS",
					"{\"enabled\":true,\"url\":\"http://127.0.0.1:" + gateway.getAddress().getPort() + "/sms\"}");
			String drafter = login(base, "duty.city", DemoMode.DEMO_PASSWORD);
			String approver = login(base, "bench.approver", "bench-approver-2026");

			List<Double> persisted = new ArrayList<>();
			List<Double> sent = new ArrayList<>();
			List<Double> copies = new ArrayList<>();
			for (int run = 0; run <= runs; run++) {
				String body = call(base, drafter, "POST", "/api/warnings", """
						{"eventType":"11B03","colour":"RED","regionCodes":["440300"],"expiresAt":"%s",
						 "description":"全市3小时内降雨量将达100毫米以上。","instruction":"停课停业，转移危险区域人员。"}"""
					.formatted(Instant.now().plus(Duration.ofHours(3)).truncatedTo(ChronoUnit.SECONDS)));
				UUID id = UUID.fromString(field(body, "id"));
				call(base, approver, "POST", "/api/warnings/" + id + "/approve", "{}");
				long sentBefore = smsMessages.get();

				long started = System.nanoTime();
				call(base, drafter, "POST", "/api/warnings/" + id + "/issue", "{}");
				long deadline = started + Duration.ofSeconds(120).toNanos();
				while ((desk.lastFanOut() == null || !desk.lastFanOut().subjectId().equals(id)
						|| deliveries.lastHandOverNanos() < desk.lastFanOut().finishedAtNanos())
						&& System.nanoTime() < deadline) {
					Thread.onSpinWait();
				}
				long handedOver = deliveries.lastHandOverNanos();
				NotificationDesk.FanOutTiming timing = desk.lastFanOut();
				while (smsMessages.get() - sentBefore < timing.written() && System.nanoTime() < deadline) {
					Thread.sleep(1);
				}
				deliveries.awaitIdle(Duration.ofSeconds(60));
				long allSent = System.nanoTime();
				long sentRows = jdbc
					.sql("select count(*) from notification where subject_id = :s and sent_at is not null")
					.param("s", id)
					.query(Long.class)
					.single();

				double copy = copy(dataSource, jdbc, timing.written());
				double persistedMs = (handedOver - started) / 1e6;
				double sentMs = (allSent - started) / 1e6;
				System.out
					.printf("%s %d: %d notices (%d marked sent, %d SMS taken); issue → persisted + handed over %.0f ms"
							+ " (select %.0f ms, write %.0f ms); issue → all sent %.0f ms; raw COPY %.0f ms; ratio %.2f%n",
							run == 0 ? "warm-up" : "run", run, timing.written(), sentRows,
							smsMessages.get() - sentBefore, persistedMs, timing.selectNanos() / 1e6,
							timing.writeNanos() / 1e6, sentMs, copy, persistedMs / copy);
				if (run > 0) {
					persisted.add(persistedMs);
					sent.add(sentMs);
					copies.add(copy);
				}
			}
			double p = median(persisted);
			double c = median(copies);
			System.out
				.printf("median of %d runs: issue → 45,000 persisted and handed to channels %.0f ms (goal ≤ 1000 ms);"
						+ " issue → all sent through the SMS gateway stub %.0f ms; raw COPY of the same rows %.0f ms;"
						+ " ratio fan-out / COPY %.2f%n", runs, p, median(sent), c, p / c);
		}
		finally {
			context.close();
			gateway.stop(0);
		}
		System.exit(0);
	}

	/**
	 * COPY of n rows shaped like notices into a fresh table with the notice table's
	 * columns and indexes.
	 */
	static double copy(DataSource dataSource, JdbcClient jdbc, int n) throws Exception {
		jdbc.sql("drop table if exists bench_copy").update();
		jdbc.sql("create table bench_copy (like notification including all)").update();
		UUID subject = UUID.randomUUID();
		String now = Instant.now().toString();
		StringBuilder csv = new StringBuilder(n * 200);
		for (int i = 0; i < n; i++) {
			csv.append(UUID.randomUUID())
				.append(',')
				.append(subject)
				.append(",NOTICE,")
				.append(UUID.randomUUID())
				.append(",1,440304,440304010,RESPONSIBLE_PERSON,AREA_PATROL,\"440304010001001\",,\"{SMS}\",")
				.append(now)
				.append(',')
				.append(now)
				.append('\n');
		}
		long started = System.nanoTime();
		try (Connection connection = dataSource.getConnection()) {
			connection.setAutoCommit(false);
			connection.unwrap(PGConnection.class).getCopyAPI().copyIn("""
					copy bench_copy (id, subject_id, kind, person_id, revision, district_code, street_code, role, duty,
					    responsible_for, body, channels, created_at, acknowledge_by)
					from stdin with (format csv)""", new StringReader(csv.toString()));
			connection.commit();
		}
		double ms = (System.nanoTime() - started) / 1e6;
		jdbc.sql("drop table bench_copy").update();
		return ms;
	}

	static String login(String base, String user, String password) throws Exception {
		return field(call(base, null, "POST", "/api/auth/login",
				"{\"username\":\"" + user + "\",\"password\":\"" + password + "\"}"), "token");
	}

	static String call(String base, String token, String method, String path, String json) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
			.header("Content-Type", "application/json")
			.method(method, HttpRequest.BodyPublishers.ofString(json));
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() / 100 != 2) {
			throw new IllegalStateException(
					method + " " + path + " → " + response.statusCode() + ": " + response.body());
		}
		return response.body();
	}

	static String field(String json, String name) {
		Matcher m = Pattern.compile("\"" + name + "\"\\s*:\\s*\"([^\"]+)\"").matcher(json);
		if (!m.find()) {
			throw new IllegalStateException("no " + name + " in " + json);
		}
		return m.group(1);
	}

	static double median(List<Double> values) {
		List<Double> sorted = new ArrayList<>(values);
		Collections.sort(sorted);
		int n = sorted.size();
		return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
	}

}
