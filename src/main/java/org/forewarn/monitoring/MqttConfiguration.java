package org.forewarn.monitoring;

import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * MQTT for devices: the embedded broker unless {@code forewarn.mqtt.embedded=false}, and
 * the platform's subscriber (on by default; {@code forewarn.mqtt.subscribe=false} leaves
 * telemetry to HTTP only).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ MqttProperties.class, TelemetryProperties.class })
class MqttConfiguration {

	@Bean
	@ConditionalOnProperty(name = "forewarn.mqtt.embedded", havingValue = "true", matchIfMissing = true)
	EmbeddedBroker embeddedBroker(MqttProperties properties, @Value("${forewarn.mqtt.clean:false}") boolean clean) {
		return new EmbeddedBroker(properties, clean);
	}

	@Bean
	@ConditionalOnProperty(name = "forewarn.mqtt.subscribe", havingValue = "true", matchIfMissing = true)
	MqttSubscriber mqttSubscriber(MqttProperties properties, ObjectProvider<EmbeddedBroker> broker,
			TelemetryIngest ingest, Telemetry telemetry, MeterRegistry meters) {
		EmbeddedBroker embedded = broker.getIfAvailable();
		if (embedded == null && (properties.url() == null || properties.url().isBlank())) {
			throw new IllegalStateException(
					"forewarn.mqtt.embedded=false needs forewarn.mqtt.url (e.g. tcp://broker:1883)");
		}
		return new MqttSubscriber(properties, embedded, ingest, telemetry, meters);
	}

}
