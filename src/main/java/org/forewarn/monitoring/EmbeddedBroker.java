package org.forewarn.monitoring;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import com.hivemq.configuration.service.InternalConfigurations;
import com.hivemq.embedded.EmbeddedHiveMQ;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.util.FileSystemUtils;

/**
 * The embedded MQTT broker (HiveMQ CE, MQTT 3.1.1 and 5), the default when no external
 * broker is configured. Its sessions and queued messages are kept on disk under
 * {@code forewarn.mqtt.data-dir}, so readings the platform had not yet acknowledged when
 * it stopped are delivered again after a restart. Port 0 picks a free port (tests).
 */
class EmbeddedBroker implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedBroker.class);

	private final MqttProperties properties;

	private final boolean clean;

	private EmbeddedHiveMQ hivemq;

	private int port;

	private Path temporary;

	private volatile boolean running;

	EmbeddedBroker(MqttProperties properties, boolean clean) {
		this.properties = properties;
		this.clean = clean;
	}

	int port() {
		return port;
	}

	@Override
	public void start() {
		long started = System.nanoTime();
		try {
			// in memory (tests): a throw-away folder, so brokers of several test contexts
			// never share one
			Path root = properties.inMemory() ? Files.createTempDirectory("forewarn-mqtt-")
					: properties.dataDir().toAbsolutePath().normalize();
			temporary = properties.inMemory() ? root : null;
			if (clean && !properties.inMemory()) {
				FileSystemUtils.deleteRecursively(root);
			}
			Path conf = Files.createDirectories(root.resolve("conf"));
			Path data = Files.createDirectories(root.resolve("data"));
			Path extensions = Files.createDirectories(root.resolve("extensions"));
			port = properties.port() > 0 ? properties.port() : freePort();
			Files.writeString(conf.resolve("config.xml"), """
					<?xml version="1.0"?>
					<hivemq>
					    <listeners>
					        <tcp-listener>
					            <port>%d</port>
					            <bind-address>%s</bind-address>
					        </tcp-listener>
					    </listeners>
					    <mqtt>
					        <queued-messages>
					            <max-queue-size>1000000</max-queue-size>
					            <strategy>discard</strategy>
					        </queued-messages>
					        <session-expiry>
					            <max-interval>604800</max-interval>
					        </session-expiry>
					    </mqtt>
					    <persistence>
					        <mode>%s</mode>
					    </persistence>
					    <anonymous-usage-statistics>
					        <enabled>false</enabled>
					    </anonymous-usage-statistics>
					</hivemq>
					""".formatted(port, properties.bindAddress(), properties.inMemory() ? "in-memory" : "file"));
			// HiveMQ CE sends a subscriber at most 50 unacknowledged messages whatever
			// its receive maximum (an internal
			// setting with no configuration option). The platform acknowledges a reading
			// only after it is committed,
			// so 50 × one commit time would cap throughput: let the subscriber's receive
			// maximum decide instead.
			InternalConfigurations.MAX_INFLIGHT_WINDOW_SIZE_MESSAGES = Math.max(50, properties.receiveMaximum());
			hivemq = EmbeddedHiveMQ.builder()
				.withConfigurationFolder(conf)
				.withDataFolder(data)
				.withExtensionsFolder(extensions)
				.withoutLoggingBootstrap()
				.build();
			hivemq.start().get(60, TimeUnit.SECONDS);
			running = true;
			log.info("Embedded MQTT broker (HiveMQ CE) on port {}, {} persistence in {} ({} ms)", port,
					properties.inMemory() ? "in-memory" : "file", root, (System.nanoTime() - started) / 1_000_000);
		}
		catch (Exception ex) {
			throw new IllegalStateException(
					"The embedded MQTT broker did not start on port " + port
							+ " (another broker there? set forewarn.mqtt.port or forewarn.mqtt.embedded=false): " + ex,
					ex);
		}
	}

	@Override
	public void stop() {
		running = false;
		if (hivemq != null) {
			try {
				hivemq.stop().get(30, TimeUnit.SECONDS);
				hivemq.close();
			}
			catch (Exception ex) {
				log.warn("Embedded MQTT broker did not stop cleanly: {}", ex.toString());
			}
		}
		if (temporary != null) {
			FileSystemUtils.deleteRecursively(temporary.toFile());
		}
	}

	@Override
	public boolean isRunning() {
		return running;
	}

	/** First up, last down: the subscriber and the writer depend on it. */
	@Override
	public int getPhase() {
		return SmartLifecycle.DEFAULT_PHASE - 3000;
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			socket.setReuseAddress(true);
			return socket.getLocalPort();
		}
	}

}
