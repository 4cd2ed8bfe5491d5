package org.forewarn.monitoring;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code forewarn.telemetry.*}: ingestion queue, batching, retention and downsampling
 * (see application.yaml).
 */
@ConfigurationProperties("forewarn.telemetry")
record TelemetryProperties(int queueCapacity, int batchSize, Duration rawRetention, Duration hourlyRetention,
		Duration downsampleLag, int partitionsAhead, Duration maxClockSkew) {

	TelemetryProperties {
		if (queueCapacity < 1_000) {
			throw new IllegalArgumentException("forewarn.telemetry.queue-capacity must be at least 1000");
		}
		if (batchSize < 1) {
			throw new IllegalArgumentException("forewarn.telemetry.batch-size must be positive");
		}
	}
}
