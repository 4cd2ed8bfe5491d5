package org.forewarn;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import com.hivemq.client.mqtt.MqttClient;
import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.mqtt5.Mqtt5AsyncClient;
import com.jayway.jsonpath.JsonPath;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@code kill -9} of a running platform, as an operator, the OOM killer or a pulled plug
 * would do it: the platform in its own JVM with production settings, HTTP and MQTT
 * readings flowing, SIGKILL, then the same command again on the same data. It must come
 * up by itself within a minute (its PostgreSQL server outlived the JVM and still holds
 * the data directory), and every reading the platform acknowledged (HTTP 200 after the
 * commit, MQTT PUBACK from the embedded broker) must be stored exactly once.
 */
class CrashRecoveryIntegrationTests {

	private static final Logger log = LoggerFactory.getLogger(CrashRecoveryIntegrationTests.class);

	static final String ADMIN = "crash.admin";
	static final String PASSWORD = "Kq9!zR-crash-7f3b-Vx2#";
	static final String HTTP_STATION = "RG-CRASH-HTTP";
	static final String MQTT_STATION = "RG-CRASH-MQTT";
	static final int HTTP_BATCH = 20;

	/**
	 * Readings per channel at most: one per second over the last six hours, each with its
	 * own timestamp.
	 */
	static final int SPAN = 6 * 3600;

	@Test
	void afterKillMinusNineTheSameCommandComesUpWithinAMinuteAndEveryAcknowledgedReadingIsStoredOnce()
			throws Exception {
		ChildPlatform platform = new ChildPlatform("crash-" + UUID.randomUUID().toString().substring(0, 8),
				"--forewarn.bootstrap-admin.username=" + ADMIN, "--forewarn.bootstrap-admin.password=" + PASSWORD);
		try {
			Duration first = platform.start(Duration.ofMinutes(3));
			log.info("first start: {} s", first.toSeconds());
			JdbcClient db = platform.database();
			assertThat(setting(db, "fsync")).as("production default").isEqualTo("on");
			assertThat(setting(db, "synchronous_commit")).isEqualTo("on");
			assertThat(setting(db, "full_page_writes")).isEqualTo("on");
			registerStations(db);

			// 1. killed while idle: its PostgreSQL server lives on and holds the data
			// directory
			platform.kill();
			assertThat(platform.postmaster()).as("the killed platform's PostgreSQL server is still running")
				.isPresent();
			Duration restart = platform.start(Duration.ofSeconds(60));
			log.info("restart after kill -9 (idle): {} s", restart.toSeconds());

			// 2. killed mid-flow
			Instant base = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofHours(6)).plusSeconds(60);
			Set<Integer> httpAcknowledged = ConcurrentHashMap.newKeySet();
			Set<Integer> mqttAcknowledged = ConcurrentHashMap.newKeySet();
			AtomicBoolean killed = new AtomicBoolean();
			AtomicInteger httpOther = new AtomicInteger();
			String token = login(platform);
			CountDownLatch senders = new CountDownLatch(2);
			Thread.ofPlatform().start(() -> {
				try {
					sendOverHttp(platform, token, base, httpAcknowledged, httpOther, killed);
				}
				catch (RuntimeException ex) {
					log.error("HTTP sender failed", ex);
				}
				finally {
					senders.countDown();
				}
			});
			Thread.ofPlatform().start(() -> {
				try {
					publishOverMqtt(platform, base, mqttAcknowledged, killed);
				}
				catch (RuntimeException ex) {
					log.error("MQTT publisher failed", ex);
				}
				finally {
					senders.countDown();
				}
			});
			Awaitility.await()
				.atMost(Duration.ofSeconds(90))
				.pollInterval(Duration.ofMillis(100))
				.conditionEvaluationListener(c -> {
					if (c.getElapsedTimeInMS() % 5_000 < 100) {
						log.info("acknowledged so far: HTTP {}, MQTT {}, HTTP refusals {}", httpAcknowledged.size(),
								mqttAcknowledged.size(), httpOther.get());
					}
				})
				.until(() -> httpAcknowledged.size() >= 1_000 && mqttAcknowledged.size() >= 1_000);
			// senders start no new request from here; the ones in flight are cut by the
			// kill
			killed.set(true);
			platform.kill();
			assertThat(senders.await(60, TimeUnit.SECONDS)).as("senders noticed the kill").isTrue();
			assertThat(platform.postmaster()).as("the killed platform's PostgreSQL server is still running")
				.isPresent();

			Duration again = platform.start(Duration.ofSeconds(60));
			log.info("restart after kill -9 (mid-flow): {} s", again.toSeconds());
			db = platform.database();
			assertThat(setting(db, "fsync")).isEqualTo("on");
			// readings the broker acknowledged but the platform had not yet committed are
			// delivered again now
			Awaitility.await()
				.atMost(Duration.ofSeconds(60))
				.pollInterval(Duration.ofMillis(500))
				.until(() -> stored(platform.database(), MQTT_STATION, base).containsAll(mqttAcknowledged));

			Set<Integer> httpStored = stored(db, HTTP_STATION, base);
			Set<Integer> mqttStored = stored(db, MQTT_STATION, base);
			long rows = db.sql("select count(*) from reading where station_code in (:s)")
				.param("s", List.of(HTTP_STATION, MQTT_STATION))
				.query(Long.class)
				.single();
			long distinct = db
				.sql("select count(distinct (station_code, metric, ts)) from reading where station_code in (:s)")
				.param("s", List.of(HTTP_STATION, MQTT_STATION))
				.query(Long.class)
				.single();
			Set<Integer> httpLost = new HashSet<>(httpAcknowledged);
			httpLost.removeAll(httpStored);
			Set<Integer> mqttLost = new HashSet<>(mqttAcknowledged);
			mqttLost.removeAll(mqttStored);
			log.info(
					"""
							crash test: HTTP acknowledged {} / stored {} / lost {}; MQTT acknowledged {} / stored {} / lost {}; \
							rows {} / distinct {} (duplicated {}); HTTP answers other than 200 before the kill: {}; \
							restarts {} s (idle) and {} s (mid-flow)""",
					httpAcknowledged.size(), httpStored.size(), httpLost.size(), mqttAcknowledged.size(),
					mqttStored.size(), mqttLost.size(), rows, distinct, rows - distinct, httpOther.get(),
					restart.toSeconds(), again.toSeconds());
			assertThat(httpLost).as("acknowledged HTTP readings lost").isEmpty();
			assertThat(mqttLost).as("acknowledged MQTT readings lost").isEmpty();
			assertThat(rows).as("no reading stored twice").isEqualTo(distinct);
			assertThat(rows).isEqualTo(httpStored.size() + mqttStored.size());
		}
		finally {
			platform.close();
		}
	}

	private static String setting(JdbcClient db, String name) {
		return db.sql("select current_setting(:n)").param("n", name).query(String.class).single();
	}

	/** Two rain gauges in Futian, one per channel (no demo network without demo data). */
	private static void registerStations(JdbcClient db) {
		for (String code : List.of(HTTP_STATION, MQTT_STATION)) {
			db.sql("""
					insert into station (code, type, name, latitude, longitude, district_code, street_code, region_path, created_at)
					values (:code, 'RAIN_GAUGE', '崩溃测试雨量站', 22.54, 114.05, '440304', '440304010',
					        array['440300', '440304', '440304010'], now())""")
				.param("code", code)
				.update();
			db.sql("insert into sensor (station_code, metric, unit, min_value, max_value) values (:code, 'rainfall_5m', 'mm', 0, 200)")
				.param("code", code)
				.update();
		}
	}

	private static String login(ChildPlatform platform) throws Exception {
		HttpResponse<String> response = ChildPlatform.HTTP
			.send(HttpRequest.newBuilder(URI.create(platform.url("/api/auth/login")))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers
					.ofString("{\"username\":\"" + ADMIN + "\",\"password\":\"" + PASSWORD + "\"}"))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return JsonPath.read(response.body(), "$.token");
	}

	/**
	 * Batches of readings, one after the other; a batch is acknowledged when its 200 says
	 * all were stored.
	 */
	private static void sendOverHttp(ChildPlatform platform, String token, Instant base, Set<Integer> acknowledged,
			AtomicInteger other, AtomicBoolean killed) {
		for (int first = 0; first + HTTP_BATCH <= SPAN && !killed.get(); first += HTTP_BATCH) {
			StringBuilder body = new StringBuilder("[");
			for (int i = first; i < first + HTTP_BATCH; i++) {
				body.append(i > first ? "," : "")
					.append("{\"station\":\"")
					.append(HTTP_STATION)
					.append("\",\"ts\":\"")
					.append(base.plusSeconds(i))
					.append("\",\"values\":{\"rainfall_5m\":")
					.append(i % 9)
					.append("}}");
			}
			body.append(']');
			try {
				HttpResponse<String> response = ChildPlatform.HTTP
					.send(HttpRequest.newBuilder(URI.create(platform.url("/api/telemetry")))
						.header("Content-Type", "application/json")
						.header("Authorization", "Bearer " + token)
						.timeout(Duration.ofSeconds(30))
						.POST(HttpRequest.BodyPublishers.ofString(body.toString()))
						.build(), HttpResponse.BodyHandlers.ofString());
				Map<String, Object> receipt = response.statusCode() == 200 ? JsonPath.read(response.body(), "$")
						: Map.of();
				if (response.statusCode() == 200 && ((Number) receipt.get("stored")).intValue()
						+ ((Number) receipt.get("duplicates")).intValue() == HTTP_BATCH) {
					for (int i = first; i < first + HTTP_BATCH; i++) {
						acknowledged.add(i);
					}
				}
				else if (other.incrementAndGet() <= 3) {
					log.warn("HTTP batch not acknowledged: {} {}", response.statusCode(), response.body());
				}
			}
			catch (Exception connectionLost) {
				// no answer: not acknowledged (a device would send the batch again)
				if (killed.get()) {
					return;
				}
				log.warn("HTTP batch failed: {}", connectionLost.toString());
			}
		}
	}

	/**
	 * One reading per QoS 1 message, at most 500 unacknowledged; acknowledged when the
	 * PUBACK arrives.
	 */
	private static void publishOverMqtt(ChildPlatform platform, Instant base, Set<Integer> acknowledged,
			AtomicBoolean killed) {
		Mqtt5AsyncClient device = MqttClient.builder()
			.useMqttVersion5()
			.identifier("crash-device-" + UUID.randomUUID())
			.serverHost("127.0.0.1")
			.serverPort(platform.mqttPort)
			.buildAsync();
		device.connect().join();
		Semaphore inFlight = new Semaphore(500);
		try {
			for (int i = 0; i < SPAN && !killed.get(); i++) {
				if (!inFlight.tryAcquire(2, TimeUnit.SECONDS)) {
					continue;
				}
				int n = i;
				byte[] payload = ("{\"ts\":\"" + base.plusSeconds(n) + "\",\"values\":{\"rainfall_5m\":" + (n % 9)
						+ "}}")
					.getBytes(StandardCharsets.UTF_8);
				device.publishWith()
					.topic("telemetry/" + MQTT_STATION)
					.qos(MqttQos.AT_LEAST_ONCE)
					.payload(payload)
					.send()
					.whenComplete((result, error) -> {
						inFlight.release();
						if (error == null && result.getError().isEmpty()) {
							acknowledged.add(n);
						}
					});
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		finally {
			device.disconnect();
		}
	}

	/** The reading identities stored for a station: seconds after the base timestamp. */
	private static Set<Integer> stored(JdbcClient db, String station, Instant base) {
		return new HashSet<>(
				db.sql("select extract(epoch from ts)::bigint - :base from reading where station_code = :s")
					.param("base", base.getEpochSecond())
					.param("s", station)
					.query(Long.class)
					.list()
					.stream()
					.map(Long::intValue)
					.toList());
	}

}
