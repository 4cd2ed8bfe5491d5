package org.forewarn.monitoring;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code forewarn.mqtt.*}: the embedded broker or an external one, and the platform's
 * MQTT session.
 */
@ConfigurationProperties("forewarn.mqtt")
record MqttProperties(boolean embedded, int port, String bindAddress, String url, String username, String password,
		String clientId, String shareGroup, int receiveMaximum, Path dataDir, String persistence) {

	boolean inMemory() {
		return "in-memory".equals(persistence);
	}
}
