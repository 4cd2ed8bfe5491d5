package org.forewarn.monitoring;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import com.hivemq.client.mqtt.MqttClient;
import com.hivemq.client.mqtt.MqttGlobalPublishFilter;
import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.mqtt5.Mqtt5AsyncClient;
import com.hivemq.client.mqtt.mqtt5.Mqtt5ClientBuilder;
import com.hivemq.client.mqtt.mqtt5.message.publish.Mqtt5Publish;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;

/**
 * The platform's MQTT 5 session: subscribes to {@code telemetry/+} at QoS 1 (with an
 * external broker to the shared subscription {@code $share/{group}/telemetry/+}, so
 * several instances split the stream), with a persistent session (clean start off,
 * session kept a week) and <b>manual acknowledgement</b>: a message is acknowledged only
 * after its readings are committed (or after it was refused for good, with the refusal
 * counted). Until then it stays in the broker's session and comes again after a reconnect
 * or restart. The receive maximum bounds the messages in flight to the platform, so a
 * slow database slows the broker instead of filling memory.
 * <p>
 * Messages are parsed on one thread in arrival order, so a station's readings reach the
 * writer in order.
 */
class MqttSubscriber implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(MqttSubscriber.class);
	static final String TOPIC_PREFIX = "telemetry/";

	private final MqttProperties properties;

	private final EmbeddedBroker broker;

	private final TelemetryIngest ingest;

	private final Telemetry telemetry;

	private final Counter messages;

	private ExecutorService callbacks;

	private ScheduledExecutorService retries;

	private Mqtt5AsyncClient client;

	private volatile boolean running;

	MqttSubscriber(MqttProperties properties, EmbeddedBroker broker, TelemetryIngest ingest, Telemetry telemetry,
			MeterRegistry meters) {
		this.properties = properties;
		this.broker = broker;
		this.ingest = ingest;
		this.telemetry = telemetry;
		this.messages = Counter.builder("forewarn.mqtt.messages")
			.description("MQTT telemetry messages received")
			.register(meters);
	}

	/** The topic filter the platform subscribes to. */
	String topicFilter() {
		return broker != null ? TOPIC_PREFIX + "+" : "$share/" + properties.shareGroup() + "/" + TOPIC_PREFIX + "+";
	}

	@Override
	public void start() {
		callbacks = Executors
			.newSingleThreadExecutor(Thread.ofPlatform().name("mqtt-telemetry").daemon(true).factory());
		retries = Executors
			.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("mqtt-retry").daemon(true).factory());
		Mqtt5ClientBuilder builder = MqttClient.builder()
			.useMqttVersion5()
			.identifier(properties.clientId())
			.automaticReconnect()
			.initialDelay(500, TimeUnit.MILLISECONDS)
			.maxDelay(10, TimeUnit.SECONDS)
			.applyAutomaticReconnect();
		if (broker != null) {
			builder = builder.serverHost("127.0.0.1").serverPort(broker.port());
		}
		else {
			URI uri = URI.create(properties.url());
			builder = builder.serverHost(uri.getHost()).serverPort(uri.getPort() > 0 ? uri.getPort() : 1883);
			if ("ssl".equals(uri.getScheme()) || "mqtts".equals(uri.getScheme())) {
				builder = builder.sslWithDefaultConfig();
			}
		}
		if (properties.username() != null && !properties.username().isBlank()) {
			builder = builder.simpleAuth()
				.username(properties.username())
				.password(properties.password() == null ? new byte[0]
						: properties.password().getBytes(StandardCharsets.UTF_8))
				.applySimpleAuth();
		}
		client = builder.buildAsync();
		// ALL, not SUBSCRIBED: a restarted client does not know the subscriptions its
		// kept session holds on the broker,
		// so the readings the broker redelivers on connect (acknowledged to senders, not
		// yet committed here) would
		// match no flow and be dropped by the client ("No publish flow registered") —
		// lost after a kill -9
		client.publishes(MqttGlobalPublishFilter.ALL, this::received, callbacks, true);
		client.connectWith()
			.cleanStart(false)
			.sessionExpiryInterval(Duration.ofDays(7).toSeconds())
			.restrictions()
			.receiveMaximum(properties.receiveMaximum())
			.applyRestrictions()
			.send()
			.join();
		client.subscribeWith().topicFilter(topicFilter()).qos(MqttQos.AT_LEAST_ONCE).send().join();
		running = true;
		log.info("Subscribed to {} on {} as {} (QoS 1, manual acknowledgement, receive maximum {})", topicFilter(),
				broker != null ? "the embedded broker, port " + broker.port() : properties.url(), properties.clientId(),
				properties.receiveMaximum());
	}

	private void received(Mqtt5Publish publish) {
		messages.increment();
		String topic = publish.getTopic().toString();
		String station = topic.startsWith(TOPIC_PREFIX) ? topic.substring(TOPIC_PREFIX.length()) : null;
		byte[] payload = publish.getPayloadAsBytes();
		List<Reading> readings = telemetry.acceptMqtt(station == null || station.contains("/") ? null : station,
				payload);
		hand(publish, readings, 0);
	}

	private void hand(Mqtt5Publish publish, List<Reading> readings, int attempt) {
		if (readings.isEmpty()) {
			publish.acknowledge(); // refused for good and counted; sending it again would
									// not help
			return;
		}
		ingest.submit(readings, true).whenComplete((result, failure) -> {
			if (failure == null) {
				publish.acknowledge();
			}
			else if (running) {
				// not durable: keep it unacknowledged and try again (the broker holds it
				// meanwhile)
				long delay = Math.min(10_000, 200L << Math.min(attempt, 6));
				retries.schedule(() -> callbacks.execute(() -> hand(publish, readings, attempt + 1)), delay,
						TimeUnit.MILLISECONDS);
			}
		});
	}

	@Override
	public void stop() {
		running = false;
		if (client != null) {
			try {
				client.disconnect().get(5, TimeUnit.SECONDS);
			}
			catch (Exception ex) {
				log.debug("MQTT disconnect: {}", ex.toString());
			}
		}
		if (callbacks != null) {
			callbacks.shutdownNow();
			retries.shutdownNow();
		}
	}

	@Override
	public boolean isRunning() {
		return running;
	}

	/**
	 * After the writer and the broker are up; stops first so nothing new arrives while
	 * the writer drains.
	 */
	@Override
	public int getPhase() {
		return SmartLifecycle.DEFAULT_PHASE - 1500;
	}

}
