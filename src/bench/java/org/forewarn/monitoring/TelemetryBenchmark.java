package org.forewarn.monitoring;

import java.io.IOException;
import java.io.StringReader;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import com.hivemq.client.mqtt.MqttClient;
import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.mqtt5.Mqtt5AsyncClient;
import com.jayway.jsonpath.JsonPath;
import org.postgresql.PGConnection;

import org.forewarn.ForewarnApplication;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Telemetry benchmarks against the packaged platform code, each figure a ratio to a
 * baseline measured in the same run (see docs/benchmarks.md):
 * <ol>
 * <li><b>HTTP batch ingestion</b> ({@code POST /api/telemetry}, rules evaluated,
 * committed before 200) readings/s ÷ raw {@code COPY} of the same number of rows into the
 * same table;</li>
 * <li><b>MQTT end to end</b> (publish QoS 1 → embedded HiveMQ → platform subscriber →
 * committed) readings/s ÷ mosquitto's own publish → subscribe throughput with the same
 * publishers and payloads (and ÷ the embedded broker's own publish → subscribe);</li>
 * <li><b>reading → alarm latency</b> (MQTT publish of a gas reading over the threshold →
 * alarm committed) p50/p99 while HTTP ingestion runs at a background rate.</li>
 * </ol>
 * Run: {@code ./mvnw -Pbench -Dconsole.skip -DskipTests test-compile exec:java
 * -Dexec.mainClass=org.forewarn.monitoring.TelemetryBenchmark} (options: -Druns=3
 * -Dreadings=1000000 -Dbatch=5000 -Dclients=2 -Dmessages=100000 -Dpublishers=8
 * -Dbackground=10000 -Dtriggers=200).
 */
public class TelemetryBenchmark {

	static final int GAUGES = 2_000;
	static final int GASES = 50;
	static final String PASSWORD = "Bench#Password2026";

	public static void main(String[] args) throws Exception {
		int runs = Integer.getInteger("runs", 3);
		int readings = Integer.getInteger("readings", 1_000_000);
		int batch = Integer.getInteger("batch", 5_000);
		int clients = Integer.getInteger("clients", 2);
		int messages = Integer.getInteger("messages", 100_000);
		int publishers = Integer.getInteger("publishers", 8);
		int background = Integer.getInteger("background", 10_000);
		int triggers = Integer.getInteger("triggers", 200);
		String only = System.getProperty("only", "http,mqtt,latency");

		String name = "bench-" + System.currentTimeMillis();
		// -Dbroker=mosquitto: the platform uses an external mosquitto (shared
		// subscription), the same broker as the
		// baseline, so the ratio isolates the platform's own cost; default: the embedded
		// HiveMQ (file persistence)
		String broker = System.getProperty("broker", "file");
		Process external = null;
		int externalPort = 0;
		if (broker.equals("mosquitto")) {
			externalPort = freePort();
			external = startMosquitto(externalPort);
		}
		System.out.printf("cores %d, JVM %s, load average %s%n", Runtime.getRuntime().availableProcessors(),
				System.getProperty("java.version"), loadAverage());
		ConfigurableApplicationContext platform = new SpringApplicationBuilder(ForewarnApplication.class).run(
				"--forewarn.embedded-db.data-dir=target/bench-db/" + name, "--forewarn.demo.enabled=false",
				"--server.port=0", "--FOREWARN_LOG_FILE=target/bench-logs/" + name + ".log", "--forewarn.mqtt.port=0",
				"--forewarn.mqtt.data-dir=target/bench-mqtt/" + name,
				"--forewarn.mqtt.persistence=" + (broker.equals("in-memory") ? "in-memory" : "file"),
				"--forewarn.mqtt.embedded=" + (external == null), "--forewarn.mqtt.url=tcp://127.0.0.1:" + externalPort,
				// mosquitto 2.0.11 overshoots a subscriber's receive maximum with shared
				// subscriptions under load
				"--forewarn.mqtt.receive-maximum=" + (external == null ? 2000 : 65535),
				"--forewarn.bootstrap-admin.username=bench.admin", "--forewarn.bootstrap-admin.password=" + PASSWORD,
				"--logging.level.org.forewarn.monitoring=warn");
		try {
			register(platform);
			int httpPort = ((WebServerApplicationContext) platform).getWebServer().getPort();
			String token = login(httpPort);
			LatencyProbe probe = new LatencyProbe();
			platform.addApplicationListener(org.springframework.context.ApplicationListener.forPayload(probe::on));
			Instant epoch = Instant.now().truncatedTo(ChronoUnit.HOURS).minus(Duration.ofDays(300));
			Slots slots = new Slots(epoch);
			if (only.contains("http")) {
				http(platform, httpPort, token, runs, readings, batch, clients, slots);
			}
			if (only.contains("mqtt")) {
				if (external != null) {
					mqttViaMosquitto(platform, externalPort, runs, messages, publishers, slots);
				}
				else {
					mqtt(platform, runs, messages, publishers, slots);
				}
			}
			if (only.contains("latency")) {
				latency(platform, httpPort, token, background, triggers, slots, probe);
			}
		}
		catch (Throwable failure) {
			failure.printStackTrace(System.out);
			platform.close();
			if (external != null) {
				external.destroy();
			}
			System.exit(1);
		}
		platform.close();
		if (external != null) {
			external.destroy();
		}
		System.exit(0); // the MQTT clients' threads would keep exec:java waiting
	}

	// --- 1. HTTP batch ingestion vs COPY ---

	static void http(ConfigurableApplicationContext platform, int port, String token, int runs, int readings, int batch,
			int clients, Slots slots) throws Exception {
		DataSource dataSource = platform.getBean(DataSource.class);
		HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
		// warm-up: JIT the whole path once
		postAll(http, port, token, bodies(slots.next(100_000 / GAUGES), batch), clients);
		copy(dataSource, slots.next(100_000 / GAUGES));
		List<Double> ours = new ArrayList<>();
		List<Double> copies = new ArrayList<>();
		List<Double> cpuOurs = new ArrayList<>();
		List<Double> cpuCopy = new ArrayList<>();
		for (int run = 1; run <= runs; run++) {
			int rounds = readings / GAUGES;
			List<byte[]> bodies = bodies(slots.next(rounds), batch);
			long cpu0 = cpuNanos();
			long t0 = System.nanoTime();
			long stored = postAll(http, port, token, bodies, clients);
			double seconds = (System.nanoTime() - t0) / 1e9;
			double cpuSeconds = (cpuNanos() - cpu0) / 1e9;
			double oursRate = stored / seconds;
			long c0 = cpuNanos();
			long t1 = System.nanoTime();
			long copied = copy(dataSource, slots.next(rounds));
			double copySeconds = (System.nanoTime() - t1) / 1e9;
			double copyCpu = (cpuNanos() - c0) / 1e9;
			double copyRate = copied / copySeconds;
			ours.add(oursRate);
			copies.add(copyRate);
			cpuOurs.add(cpuSeconds / stored * 1e6);
			cpuCopy.add(copyCpu / copied * 1e6);
			System.out.printf(
					"http run %d: ours %,.0f readings/s (%,d in %.2f s, JVM CPU %.1f µs/reading) | "
							+ "COPY %,.0f rows/s (%,d in %.2f s) | ratio %.2f%n",
					run, oursRate, stored, seconds, cpuSeconds / stored * 1e6, copyRate, copied, copySeconds,
					oursRate / copyRate);
		}
		System.out.printf(
				"HTTP batch ingestion, median of %d: ours %,.0f readings/s, COPY %,.0f rows/s, ratio %.2f "
						+ "(JVM CPU per reading: ours %.1f µs, COPY client %.1f µs)%n",
				runs, median(ours), median(copies), median(ours) / median(copies), median(cpuOurs), median(cpuCopy));
	}

	/** One timestep (5 minutes) per round: every gauge reports once. */
	static List<byte[]> bodies(List<Instant> rounds, int batch) {
		List<byte[]> bodies = new ArrayList<>();
		StringBuilder body = new StringBuilder(batch * 80);
		int inBody = 0;
		long seed = 0;
		for (Instant ts : rounds) {
			String t = ts.toString();
			for (int g = 1; g <= GAUGES; g++) {
				body.append(inBody == 0 ? "[" : ",")
					.append("{\"station\":\"RG-B")
					.append(g)
					.append("\",\"ts\":\"")
					.append(t)
					.append("\",\"values\":{\"rainfall_5m\":")
					.append((seed++ * 7919) % 10 / 10.0)
					.append("}}");
				if (++inBody == batch) {
					bodies.add(body.append(']').toString().getBytes(StandardCharsets.UTF_8));
					body.setLength(0);
					inBody = 0;
				}
			}
		}
		if (inBody > 0) {
			bodies.add(body.append(']').toString().getBytes(StandardCharsets.UTF_8));
		}
		return bodies;
	}

	static long postAll(HttpClient http, int port, String token, List<byte[]> bodies, int clients) throws Exception {
		ConcurrentLinkedQueue<byte[]> queue = new ConcurrentLinkedQueue<>(bodies);
		AtomicLong stored = new AtomicLong();
		ExecutorService pool = Executors.newFixedThreadPool(clients);
		List<Future<?>> done = new ArrayList<>();
		for (int c = 0; c < clients; c++) {
			done.add(pool.submit(() -> {
				byte[] body;
				while ((body = queue.poll()) != null) {
					HttpResponse<String> response = http
						.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/telemetry"))
							.header("Authorization", "Bearer " + token)
							.header("Content-Type", "application/json")
							.POST(HttpRequest.BodyPublishers.ofByteArray(body))
							.build(), HttpResponse.BodyHandlers.ofString());
					if (response.statusCode() != 200) {
						throw new IllegalStateException(response.statusCode() + " " + response.body());
					}
					stored.addAndGet(((Number) JsonPath.read(response.body(), "$.stored")).longValue());
				}
				return null;
			}));
		}
		for (Future<?> f : done) {
			f.get();
		}
		pool.shutdown();
		return stored.get();
	}

	/**
	 * Raw COPY (text format) of the same shape of rows into the same partitioned table,
	 * one connection.
	 */
	static long copy(DataSource dataSource, List<Instant> rounds) throws Exception {
		StringBuilder text = new StringBuilder(rounds.size() * GAUGES * 50);
		long seed = 0;
		for (Instant ts : rounds) {
			String t = ts.toString();
			for (int g = 1; g <= GAUGES; g++) {
				text.append("RG-B")
					.append(g)
					.append("\trainfall_5m\t")
					.append(t)
					.append('\t')
					.append((seed++ * 7919) % 10 / 10.0)
					.append('\n');
			}
		}
		try (Connection connection = dataSource.getConnection()) {
			connection.setAutoCommit(false);
			long rows = connection.unwrap(PGConnection.class)
				.getCopyAPI()
				.copyIn("copy reading (station_code, metric, ts, value) from stdin", new StringReader(text.toString()));
			connection.commit();
			return rows;
		}
	}

	// --- 2. MQTT end to end vs mosquitto pub → sub ---

	static void mqtt(ConfigurableApplicationContext platform, int runs, int messages, int publishers, Slots slots)
			throws Exception {
		int embeddedPort = platform.getBean(EmbeddedBroker.class).port();
		JdbcClient jdbc = platform.getBean(JdbcClient.class);
		Path mosquittoBinary = Path.of("/usr/sbin/mosquitto");
		Process mosquitto = null;
		int mosquittoPort = freePort();
		if (Files.isExecutable(mosquittoBinary)) {
			Path dir = Files.createTempDirectory("bench-mosquitto-");
			Files.writeString(dir.resolve("m.conf"), "listener " + mosquittoPort
					+ " 127.0.0.1\nallow_anonymous true\npersistence false\nmax_queued_messages 1000000\nmax_inflight_messages 1000\n");
			mosquitto = new ProcessBuilder(mosquittoBinary.toString(), "-c", dir.resolve("m.conf").toString())
				.redirectErrorStream(true)
				.redirectOutput(dir.resolve("m.log").toFile())
				.start();
			awaitPort(mosquittoPort);
		}
		else {
			System.out.println("mosquitto not installed: no mosquitto baseline");
		}
		try {
			// warm-up
			platformRun(embeddedPort, jdbc, messages / 5, publishers, slots);
			if (mosquitto != null) {
				brokerRun(mosquittoPort, "telemetry", messages / 5, publishers, slots);
			}
			brokerRun(embeddedPort, "bench", messages / 5, publishers, slots);
			List<Double> ours = new ArrayList<>();
			List<Double> mosq = new ArrayList<>();
			List<Double> hive = new ArrayList<>();
			for (int run = 1; run <= runs; run++) {
				double o = platformRun(embeddedPort, jdbc, messages, publishers, slots);
				double m = mosquitto != null ? brokerRun(mosquittoPort, "telemetry", messages, publishers, slots)
						: Double.NaN;
				double h = brokerRun(embeddedPort, "bench", messages, publishers, slots);
				ours.add(o);
				mosq.add(m);
				hive.add(h);
				var meters = platform.getBean(io.micrometer.core.instrument.MeterRegistry.class);
				var sizes = meters.get("forewarn.telemetry.batch.readings").summary();
				var times = meters.get("forewarn.telemetry.batch").timer();
				System.out.printf("  writer so far: %d transactions, mean %.0f readings, mean %.1f ms%n", sizes.count(),
						sizes.mean(), times.mean(TimeUnit.MILLISECONDS));
				System.out.printf(
						"mqtt run %d: platform end to end %,.0f readings/s | mosquitto pub→sub %,.0f msg/s | "
								+ "embedded HiveMQ pub→sub %,.0f msg/s | ratio to mosquitto %.2f, to HiveMQ %.2f%n",
						run, o, m, h, o / m, o / h);
			}
			System.out
				.printf("MQTT end to end (QoS 1, %d publishers, 1 reading per message), median of %d: platform %,.0f "
						+ "readings/s, mosquitto pub→sub %,.0f msg/s, embedded HiveMQ pub→sub %,.0f msg/s; ratio %.2f to "
						+ "mosquitto, %.2f to HiveMQ%n", publishers, runs, median(ours), median(mosq), median(hive),
						median(ours) / median(mosq), median(ours) / median(hive));
		}
		finally {
			if (mosquitto != null) {
				mosquitto.destroy();
			}
		}
	}

	/**
	 * The platform subscribed to mosquitto, against mosquitto's own publish → subscribe,
	 * same broker, same run.
	 */
	static void mqttViaMosquitto(ConfigurableApplicationContext platform, int port, int runs, int messages,
			int publishers, Slots slots) throws Exception {
		JdbcClient jdbc = platform.getBean(JdbcClient.class);
		platformRun(port, jdbc, messages / 5, publishers, slots);
		brokerRun(port, "bench", messages / 5, publishers, slots);
		List<Double> ours = new ArrayList<>();
		List<Double> mosq = new ArrayList<>();
		for (int run = 1; run <= runs; run++) {
			double o = platformRun(port, jdbc, messages, publishers, slots);
			double m = brokerRun(port, "bench", messages, publishers, slots);
			ours.add(o);
			mosq.add(m);
			System.out.printf("mqtt via mosquitto run %d: platform end to end %,.0f readings/s | mosquitto pub→sub "
					+ "%,.0f msg/s | ratio %.2f%n", run, o, m, o / m);
		}
		System.out.printf(
				"MQTT end to end through mosquitto (QoS 1, %d publishers, 1 reading per message), median of %d: "
						+ "platform %,.0f readings/s, mosquitto pub→sub %,.0f msg/s, ratio %.2f%n",
				publishers, runs, median(ours), median(mosq), median(ours) / median(mosq));
	}

	static Process startMosquitto(int port) throws Exception {
		Path dir = Files.createTempDirectory("bench-mosquitto-");
		Files.writeString(dir.resolve("m.conf"), "listener " + port
				+ " 127.0.0.1\nallow_anonymous true\npersistence false\nmax_queued_messages 1000000\nmax_inflight_messages 1000\n");
		Process process = new ProcessBuilder("/usr/sbin/mosquitto", "-c", dir.resolve("m.conf").toString())
			.redirectErrorStream(true)
			.redirectOutput(dir.resolve("m.log").toFile())
			.start();
		awaitPort(port);
		return process;
	}

	/**
	 * Publishes {@code messages} readings to the platform and waits until all are
	 * committed.
	 */
	static double platformRun(int port, JdbcClient jdbc, int messages, int publishers, Slots slots) throws Exception {
		long before = count(jdbc);
		List<Instant> rounds = slots.next((messages + GAUGES - 1) / GAUGES);
		long t0 = System.nanoTime();
		publish(port, "telemetry", messages, publishers, rounds);
		long target = before + messages;
		while (count(jdbc) < target) {
			Thread.sleep(5);
		}
		return messages / ((System.nanoTime() - t0) / 1e9);
	}

	/**
	 * Publishes {@code messages} to a broker with one plain subscriber and waits until
	 * all arrived.
	 */
	static double brokerRun(int port, String prefix, int messages, int publishers, Slots slots) throws Exception {
		CountDownLatch received = new CountDownLatch(messages);
		Mqtt5AsyncClient subscriber = MqttClient.builder()
			.useMqttVersion5()
			.identifier("bench-sub-" + System.nanoTime())
			.serverHost("127.0.0.1")
			.serverPort(port)
			.buildAsync();
		subscriber.connectWith()
			.cleanStart(true)
			.restrictions()
			.receiveMaximum(65535)
			.applyRestrictions()
			.send()
			.get(10, TimeUnit.SECONDS);
		subscriber.subscribeWith()
			.topicFilter(prefix + "/+")
			.qos(MqttQos.AT_LEAST_ONCE)
			.callback(p -> received.countDown())
			.send()
			.get(10, TimeUnit.SECONDS);
		List<Instant> rounds = slots.next((messages + GAUGES - 1) / GAUGES);
		long t0 = System.nanoTime();
		publish(port, prefix, messages, publishers, rounds);
		if (!received.await(300, TimeUnit.SECONDS)) {
			throw new IllegalStateException("broker lost messages: " + received.getCount() + " missing");
		}
		double rate = messages / ((System.nanoTime() - t0) / 1e9);
		subscriber.disconnect().get(10, TimeUnit.SECONDS);
		return rate;
	}

	/**
	 * QoS 1 publishes from several connections, each with at most 1,000 unacknowledged
	 * messages.
	 */
	static void publish(int port, String prefix, int messages, int publishers, List<Instant> rounds) throws Exception {
		List<Mqtt5AsyncClient> clients = new ArrayList<>();
		for (int p = 0; p < publishers; p++) {
			Mqtt5AsyncClient c = MqttClient.builder()
				.useMqttVersion5()
				.identifier("bench-pub-" + p + "-" + System.nanoTime())
				.serverHost("127.0.0.1")
				.serverPort(port)
				.buildAsync();
			c.connect().get(10, TimeUnit.SECONDS);
			clients.add(c);
		}
		ExecutorService pool = Executors.newFixedThreadPool(publishers);
		List<Future<?>> done = new ArrayList<>();
		for (int p = 0; p < publishers; p++) {
			int publisher = p;
			done.add(pool.submit(() -> {
				Semaphore window = new Semaphore(1_000);
				Mqtt5AsyncClient c = clients.get(publisher);
				for (int i = publisher; i < messages; i += publishers) {
					int gauge = i % GAUGES + 1;
					Instant ts = rounds.get(i / GAUGES);
					byte[] payload = ("{\"ts\":\"" + ts + "\",\"values\":{\"rainfall_5m\":" + (i % 10) / 10.0 + "}}")
						.getBytes(StandardCharsets.UTF_8);
					window.acquireUninterruptibly();
					c.publishWith()
						.topic(prefix + "/RG-B" + gauge)
						.qos(MqttQos.AT_LEAST_ONCE)
						.payload(payload)
						.send()
						.whenComplete((r, e) -> window.release());
				}
				window.acquireUninterruptibly(1_000);
				return null;
			}));
		}
		for (Future<?> f : done) {
			f.get();
		}
		pool.shutdown();
		for (Mqtt5AsyncClient c : clients) {
			c.disconnect().get(10, TimeUnit.SECONDS);
		}
	}

	// --- 3. reading → alarm latency under background load ---

	/**
	 * Times from a trigger's publish to the commit of the alarm it raises (the writer's
	 * transaction).
	 */
	static final class LatencyProbe {

		final Map<String, Long> sentAt = new java.util.concurrent.ConcurrentHashMap<>();

		final List<Long> latencies = Collections.synchronizedList(new ArrayList<>());

		void on(AlarmRaised event) {
			Long sent = sentAt.remove(event.source().stationCode());
			if (sent == null || !TransactionSynchronizationManager.isSynchronizationActive()) {
				return;
			}
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					latencies.add(System.nanoTime() - sent);
				}
			});
		}

	}

	static void latency(ConfigurableApplicationContext platform, int httpPort, String token, int background,
			int triggers, Slots slots, LatencyProbe probe) throws Exception {
		int mqttPort = platform.getBean(EmbeddedBroker.class).port();
		HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
		AtomicBoolean stop = new AtomicBoolean();
		AtomicLong sentBackground = new AtomicLong();
		// background: rain-gauge batches of 1,000 readings over HTTP at the target rate
		Thread load = Thread.ofPlatform().name("background").start(() -> {
			try {
				int perBatch = 1_000;
				long interval = 1_000_000_000L * perBatch / Math.max(background, 1);
				long next = System.nanoTime();
				List<Instant> rounds = new ArrayList<>();
				int r = 0;
				while (!stop.get()) {
					if (rounds.isEmpty() || r >= rounds.size()) {
						rounds = slots.next(50);
						r = 0;
					}
					List<byte[]> bodies = bodies(List.of(rounds.get(r++)), perBatch);
					for (byte[] body : bodies) {
						while (System.nanoTime() < next) {
							Thread.onSpinWait();
							Thread.sleep(0, 200_000);
						}
						next += interval;
						http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + httpPort + "/api/telemetry"))
							.header("Authorization", "Bearer " + token)
							.header("Content-Type", "application/json")
							.POST(HttpRequest.BodyPublishers.ofByteArray(body))
							.build(), HttpResponse.BodyHandlers.discarding());
						sentBackground.addAndGet(perBatch);
						if (stop.get()) {
							return;
						}
					}
				}
			}
			catch (Exception ex) {
				System.out.println("background load stopped: " + ex);
			}
		});
		Mqtt5AsyncClient device = MqttClient.builder()
			.useMqttVersion5()
			.identifier("bench-trigger")
			.serverHost("127.0.0.1")
			.serverPort(mqttPort)
			.buildAsync();
		device.connect().get(10, TimeUnit.SECONDS);
		Thread.sleep(3_000); // let the background reach its rate
		long bg0 = sentBackground.get();
		long t0 = System.nanoTime();
		Instant ts = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofHours(6));
		for (int i = 0; i < triggers; i++) {
			String station = "GS-B" + (i % GASES + 1);
			ts = ts.plusSeconds(1);
			probe.sentAt.put(station, System.nanoTime());
			device.publishWith()
				.topic("telemetry/" + station)
				.qos(MqttQos.AT_LEAST_ONCE)
				.payload(("{\"ts\":\"" + ts + "\",\"values\":{\"gas_lel\":30}}").getBytes(StandardCharsets.UTF_8))
				.send()
				.get(10, TimeUnit.SECONDS);
			Thread.sleep(20);
			// and back to normal, so the next trigger on this station raises a new alarm
			ts = ts.plusSeconds(1);
			device.publishWith()
				.topic("telemetry/" + station)
				.qos(MqttQos.AT_LEAST_ONCE)
				.payload(("{\"ts\":\"" + ts + "\",\"values\":{\"gas_lel\":0}}").getBytes(StandardCharsets.UTF_8))
				.send()
				.get(10, TimeUnit.SECONDS);
			Thread.sleep(20);
		}
		Thread.sleep(2_000);
		double seconds = (System.nanoTime() - t0) / 1e9;
		long bg = sentBackground.get() - bg0;
		stop.set(true);
		load.join(30_000);
		device.disconnect();
		List<Long> sorted = new ArrayList<>(probe.latencies);
		Collections.sort(sorted);
		if (sorted.isEmpty()) {
			System.out.println("latency: no alarm observed");
			return;
		}
		System.out.printf(
				"reading → alarm committed, %d triggers over MQTT during %,.0f background readings/s (HTTP): "
						+ "p50 %.1f ms, p99 %.1f ms, max %.1f ms (%d of %d observed)%n",
				triggers, bg / seconds, sorted.get(sorted.size() / 2) / 1e6,
				sorted.get((int) Math.min(sorted.size() - 1, Math.ceil(sorted.size() * 0.99) - 1)) / 1e6,
				sorted.getLast() / 1e6, sorted.size(), triggers);
	}

	// --- helpers ---

	/**
	 * Hands out disjoint 5-minute timesteps, so no run writes a row another already
	 * wrote.
	 */
	static final class Slots {

		private Instant next;

		Slots(Instant first) {
			this.next = first;
		}

		synchronized List<Instant> next(int count) {
			List<Instant> list = new ArrayList<>(count);
			for (int i = 0; i < count; i++) {
				list.add(next);
				next = next.plus(Duration.ofMinutes(5));
			}
			return list;
		}

	}

	static void register(ConfigurableApplicationContext platform) {
		Stations stations = platform.getBean(Stations.class);
		List<Station> all = new ArrayList<>();
		List<String> path = List.of("440300", "440304", "440304010");
		for (int g = 1; g <= GAUGES; g++) {
			all.add(new Station("RG-B" + g, StationType.RAIN_GAUGE, "压测雨量站" + g, 22.54, 114.05, "440304", "440304010",
					null, null, path, null, null, null, null, null, null, Map.of("rainfall_5m", Metric.RAINFALL_5M)));
		}
		for (int g = 1; g <= GASES; g++) {
			all.add(new Station("GS-B" + g, StationType.GAS, "压测燃气监测点" + g, 22.54, 114.05, "440304", "440304010", null,
					null, path, null, null, null, null, null, null, Map.of("gas_lel", Metric.GAS_LEL)));
		}
		stations.register(all, Instant.now());
		stations.reload();
	}

	static String login(int port) throws Exception {
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/auth/login"))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers
					.ofString("{\"username\":\"bench.admin\",\"password\":\"" + PASSWORD + "\"}"))
				.build(), HttpResponse.BodyHandlers.ofString());
		return JsonPath.read(response.body(), "$.token");
	}

	static long count(JdbcClient jdbc) {
		return jdbc.sql("select count(*) from reading where station_code like 'RG-B%'").query(Long.class).single();
	}

	static long cpuNanos() {
		return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
			.getOperatingSystemMXBean()).getProcessCpuTime();
	}

	static String loadAverage() {
		try {
			return Files.readString(Path.of("/proc/loadavg")).trim();
		}
		catch (IOException ex) {
			return "?";
		}
	}

	static double median(List<Double> values) {
		List<Double> sorted = new ArrayList<>(values);
		Collections.sort(sorted);
		int n = sorted.size();
		return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
	}

	static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	static void awaitPort(int port) throws InterruptedException {
		for (int i = 0; i < 200; i++) {
			try (Socket socket = new Socket("127.0.0.1", port)) {
				return;
			}
			catch (IOException notYet) {
				Thread.sleep(50);
			}
		}
		throw new IllegalStateException("nothing listens on " + port);
	}

}
