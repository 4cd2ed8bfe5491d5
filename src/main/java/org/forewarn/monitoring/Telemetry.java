package org.forewarn.monitoring;

import java.time.Clock;
import java.util.List;

import org.springframework.stereotype.Component;

/**
 * Turns MQTT payloads and HTTP bodies into validated readings, counting every refusal
 * under its reason.
 */
@Component
class Telemetry {

	/** Largest MQTT payload or HTTP body accepted (bytes). */
	static final int MAX_BYTES = 8 * 1024 * 1024;

	private final TelemetryParser parser;

	private final Rejections rejections;

	Telemetry(Stations stations, Clock clock, TelemetryProperties properties, Rejections rejections) {
		this.parser = new TelemetryParser(code -> stations.find(code).orElse(null), clock, properties.maxClockSkew(),
				properties.rawRetention());
		this.rejections = rejections;
	}

	/**
	 * The readings of one MQTT message on {@code telemetry/{station}} (station null: not
	 * a valid topic).
	 */
	List<Reading> acceptMqtt(String station, byte[] payload) {
		if (station == null || station.isBlank()) {
			rejections.record(Rejections.Source.MQTT, List.of(new Rejection(RejectionReason.MISSING_STATION, -1, null,
					null, "topic", "publish to telemetry/{stationCode}")));
			return List.of();
		}
		if (payload.length > MAX_BYTES) {
			rejections.record(Rejections.Source.MQTT, List.of(new Rejection(RejectionReason.TOO_LARGE, -1, station,
					null, "payload", "payload of " + payload.length + " bytes; at most " + MAX_BYTES)));
			return List.of();
		}
		TelemetryParser.Parsed parsed = parser.mqtt(station, payload);
		rejections.record(Rejections.Source.MQTT, parsed.rejections());
		return parsed.readings();
	}

	/** The readings of an HTTP batch, and what was refused (already counted). */
	TelemetryParser.Parsed acceptHttp(byte[] body) {
		TelemetryParser.Parsed parsed = parser.http(body);
		rejections.record(Rejections.Source.HTTP, parsed.rejections());
		return parsed;
	}

	void overloaded(Rejections.Source channel, int readings) {
		rejections.record(channel, java.util.Collections.nCopies(readings,
				new Rejection(RejectionReason.OVERLOADED, -1, null, null, "body", "the telemetry queue was full")));
	}

}
