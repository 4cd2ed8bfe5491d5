package org.forewarn.monitoring;

import static org.awaitility.Awaitility.await;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.hivemq.client.mqtt.MqttClient;
import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.mqtt5.Mqtt5AsyncClient;
import com.hivemq.client.mqtt.mqtt5.Mqtt5BlockingClient;
import com.hivemq.client.mqtt.mqtt5.message.publish.Mqtt5PublishResult;

import org.forewarn.ForewarnApplication;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.FileSystemUtils;

/**
 * MQTT against real brokers, each test with its own platform (no demo data; the test
 * registers its station): Debian's mosquitto as an external broker with a shared
 * subscription (skipped when the {@code mosquitto} binary is absent; CI installs it), and
 * the embedded broker with file persistence across a platform restart.
 */
class MqttBrokerIntegrationTests {

	static final String MOSQUITTO = "/usr/sbin/mosquitto";

	@Test
	void anExternalMosquittoFeedsThePlatformThroughASharedSubscriptionThatAnotherInstanceSplits() throws Exception {
		assumeTrue(Files.isExecutable(Path.of(MOSQUITTO)), "mosquitto is not installed");
		int port = freePort();
		Path dir = Files.createTempDirectory("forewarn-mosquitto-");
		Path conf = dir.resolve("mosquitto.conf");
		Files.writeString(conf, "listener " + port + " 127.0.0.1\nallow_anonymous true\npersistence false\n");
		Process mosquitto = new ProcessBuilder(MOSQUITTO, "-c", conf.toString()).redirectErrorStream(true)
			.redirectOutput(dir.resolve("mosquitto.log").toFile())
			.start();
		try {
			awaitPort(port);
			try (ConfigurableApplicationContext platform = start("mosquitto-" + UUID.randomUUID(), true,
					"--forewarn.mqtt.embedded=false", "--forewarn.mqtt.url=tcp://127.0.0.1:" + port)) {
				assertThat(platform.getBean(MqttSubscriber.class).topicFilter())
					.isEqualTo("$share/forewarn/telemetry/+");
				String station = register(platform);
				JdbcClient jdbc = platform.getBean(JdbcClient.class);

				// a second "instance" in the same share group takes its part of the
				// stream
				AtomicInteger other = new AtomicInteger();
				Mqtt5BlockingClient sibling = client("sibling", port);
				sibling.toAsync()
					.subscribeWith()
					.topicFilter("$share/forewarn/telemetry/+")
					.qos(MqttQos.AT_LEAST_ONCE)
					.callback(p -> other.incrementAndGet())
					.send()
					.get(5, TimeUnit.SECONDS);

				Mqtt5BlockingClient device = client("device", port);
				Instant base = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofHours(2));
				int messages = 100;
				for (int i = 0; i < messages; i++) {
					device.publishWith()
						.topic("telemetry/" + station)
						.qos(MqttQos.AT_LEAST_ONCE)
						.payload(payload(base.plusSeconds(60L * i), 1.0))
						.send();
				}
				long stored = await().atMost(Duration.ofSeconds(20))
					.pollInterval(Duration.ofMillis(20))
					.until(() -> readings(jdbc, station), n -> n + other.get() >= messages);
				assertThat(stored + other.get()).isEqualTo(messages);
				assertThat(stored).as("the platform's share").isPositive();
				assertThat(other.get()).as("the other instance's share").isPositive();
				device.disconnect();
				sibling.disconnect();
			}
		}
		finally {
			mosquitto.destroy();
			mosquitto.waitFor(10, TimeUnit.SECONDS);
		}
	}

	@Test
	void readingsTheBrokerAcknowledgedSurviveAPlatformRestartWithNoLossAndNoDuplicates() throws Exception {
		String name = "durable-" + UUID.randomUUID();
		String[] broker = { "--forewarn.mqtt.persistence=file", "--forewarn.mqtt.data-dir=target/test-mqtt/" + name,
				"--forewarn.mqtt.client-id=forewarn-durable" };
		int total = 2_000;
		Instant base = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofHours(40));
		List<Integer> unacknowledged = new ArrayList<>();
		String station = "RG-TEST";
		CompletableFuture<Void> stopped = new CompletableFuture<>();
		// clean=false both times: a clean embedded database is deleted when its platform
		// stops
		try (ConfigurableApplicationContext first = start(name, false, broker)) {
			register(first);
			int port = first.getBean(EmbeddedBroker.class).port();
			Mqtt5AsyncClient device = client("durable-device", port).toAsync();
			List<CompletableFuture<Mqtt5PublishResult>> sent = new ArrayList<>();
			for (int i = 0; i < total; i++) {
				sent.add(device.publishWith()
					.topic("telemetry/" + station)
					.qos(MqttQos.AT_LEAST_ONCE)
					.payload(payload(base.plusSeconds(60L * i), i % 7))
					.send());
				if (i == total / 2) {
					// stop the platform mid-stream: its subscriber leaves first, the
					// broker last
					CompletableFuture.runAsync(first::close).whenComplete((v, e) -> stopped.complete(null));
				}
			}
			for (int i = 0; i < total; i++) {
				try {
					Mqtt5PublishResult result = sent.get(i).get(30, TimeUnit.SECONDS);
					if (result.getError().isPresent()) {
						unacknowledged.add(i);
					}
				}
				catch (Exception ex) {
					unacknowledged.add(i); // no PUBACK: the device keeps it and sends it
											// again
				}
			}
			stopped.get(60, TimeUnit.SECONDS);
		}
		assertThat(unacknowledged.size()).as("the broker stopped part-way").isLessThan(total);

		try (ConfigurableApplicationContext second = start(name, false, broker)) {
			JdbcClient jdbc = second.getBean(JdbcClient.class);
			int port = second.getBean(EmbeddedBroker.class).port();
			Mqtt5BlockingClient device = client("durable-device", port);
			for (int i : unacknowledged) {
				device.publishWith()
					.topic("telemetry/" + station)
					.qos(MqttQos.AT_LEAST_ONCE)
					.payload(payload(base.plusSeconds(60L * i), i % 7))
					.send();
			}
			await().atMost(Duration.ofSeconds(60)).until(() -> readings(jdbc, station) >= total);
			assertThat(readings(jdbc, station)).as("every reading, once").isEqualTo(total);
			Map<String, Object> sums = jdbc
				.sql("select count(distinct ts) as n, sum(value) as s from reading where station_code = :s")
				.param("s", station)
				.query()
				.singleRow();
			assertThat(((Number) sums.get("n")).intValue()).isEqualTo(total);
			double expected = 0;
			for (int i = 0; i < total; i++) {
				expected += i % 7;
			}
			assertThat(((Number) sums.get("s")).doubleValue()).isEqualTo(expected);
			device.disconnect();
		}
		finally {
			FileSystemUtils.deleteRecursively(Path.of("target/test-db/" + name));
			FileSystemUtils.deleteRecursively(Path.of("target/test-mqtt/" + name));
		}
	}

	// --- helpers ---

	private static ConfigurableApplicationContext start(String name, boolean clean, String... extra) {
		List<String> args = new ArrayList<>(List.of("--forewarn.embedded-db.data-dir=target/test-db/" + name,
				"--forewarn.embedded-db.clean=" + clean, "--forewarn.demo.enabled=false", "--server.port=0",
				"--FOREWARN_LOG_FILE=target/test-logs/" + name + ".log"));
		args.addAll(List.of(extra));
		return new SpringApplicationBuilder(ForewarnApplication.class).run(args.toArray(String[]::new));
	}

	/** Registers one rain gauge in Futian (no demo network in these platforms). */
	private static String register(ConfigurableApplicationContext platform) {
		Stations stations = platform.getBean(Stations.class);
		String code = "RG-TEST";
		stations.register(List.of(new Station(code, StationType.RAIN_GAUGE, "测试雨量站", 22.54, 114.05, "440304",
				"440304010", null, null, List.of("440300", "440304", "440304010"), null, null, null, null, null, null,
				Map.of("rainfall_5m", Metric.RAINFALL_5M))), Instant.now());
		stations.reload();
		return code;
	}

	private static long readings(JdbcClient jdbc, String station) {
		return jdbc.sql("select count(*) from reading where station_code = :s")
			.param("s", station)
			.query(Long.class)
			.single();
	}

	private static byte[] payload(Instant ts, double mm) {
		return ("{\"ts\":\"" + ts + "\",\"values\":{\"rainfall_5m\":" + mm + "}}").getBytes(StandardCharsets.UTF_8);
	}

	private static Mqtt5BlockingClient client(String id, int port) {
		Mqtt5BlockingClient client = MqttClient.builder()
			.useMqttVersion5()
			.identifier(id + "-" + UUID.randomUUID())
			.serverHost("127.0.0.1")
			.serverPort(port)
			.buildBlocking();
		client.connect();
		return client;
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	private static void awaitPort(int port) {
		await("mosquitto opens port " + port).atMost(Duration.ofSeconds(10))
			.pollInterval(Duration.ofMillis(50))
			.until(() -> {
				try (Socket socket = new Socket("127.0.0.1", port)) {
					return true;
				}
				catch (IOException notYet) {
					return false;
				}
			});
	}

}
