package org.forewarn.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The documented telemetry formats, and a reason for everything refused. */
class TelemetryParserTests {

	static final Instant NOW = Instant.parse("2026-06-01T00:10:00Z");

	final Station gauge = new Station("RG-0001", StationType.RAIN_GAUGE, "g", 22.5, 114.0, "440304", "440304010", null,
			null, List.of("440300"), null, null, null, null, null, null, Map.of("rainfall_5m", Metric.RAINFALL_5M));

	final TelemetryParser parser = new TelemetryParser(code -> code.equals("RG-0001") ? gauge : null,
			Clock.fixed(NOW, ZoneOffset.UTC), Duration.ofMinutes(10), Duration.ofDays(400));

	@Test
	void readsTheMqttPayloadWithAnOffsetTimeAndAnArrayOfThem() {
		TelemetryParser.Parsed one = parser.mqtt("RG-0001",
				bytes("{\"ts\":\"2026-06-01T08:05:00+08:00\",\"values\":{\"rainfall_5m\":12.5}}"));
		assertThat(one.readings())
			.containsExactly(new Reading("RG-0001", "rainfall_5m", Instant.parse("2026-06-01T00:05:00Z"), 12.5));
		TelemetryParser.Parsed many = parser.mqtt("RG-0001", bytes("""
				[{"ts":"2026-06-01T08:00:00+08:00","values":{"rainfall_5m":1}},
				 {"ts":1780272300000,"values":{"rainfall_5m":2},"battery":98}]"""));
		assertThat(many.readings()).extracting(Reading::value).containsExactly(1.0, 2.0);
		assertThat(many.rejections()).isEmpty();
	}

	@Test
	void refusesEachBadReadingWithItsReasonAndKeepsTheGoodOnes() {
		TelemetryParser.Parsed parsed = parser.http(bytes("""
				[{"station":"RG-0001","ts":"2026-06-01T00:05:00Z","values":{"rainfall_5m":3}},
				 {"station":"RG-9999","ts":"2026-06-01T00:05:00Z","values":{"rainfall_5m":3}},
				 {"ts":"2026-06-01T00:05:00Z","values":{"rainfall_5m":3}},
				 {"station":"RG-0001","ts":"2026-06-02T00:05:00Z","values":{"rainfall_5m":3}},
				 {"station":"RG-0001","ts":"2026-06-01T00:05:00Z","values":{"rainfall_5m":-1,"wind":3,"x":[1]}},
				 {"station":"RG-0001","ts":"2026-06-01T00:05:00Z"}]"""));
		assertThat(parsed.readings()).hasSize(1);
		assertThat(parsed.rejections()).extracting(Rejection::reason)
			.containsExactly(RejectionReason.UNKNOWN_STATION, RejectionReason.MISSING_STATION,
					RejectionReason.TIMESTAMP_OUT_OF_RANGE, RejectionReason.VALUE_OUT_OF_RANGE,
					RejectionReason.UNKNOWN_METRIC, RejectionReason.UNKNOWN_METRIC, RejectionReason.MISSING_VALUES);
		assertThat(parsed.rejections().get(3).field()).isEqualTo("[4].values.rainfall_5m");
	}

	@Test
	void aBrokenDocumentIsOneMalformedRefusal() {
		for (String broken : List.of("{", "[1,2]", "\"text\"", "{\"ts\":\"x\"} trailing", "")) {
			TelemetryParser.Parsed parsed = parser.mqtt("RG-0001", bytes(broken));
			assertThat(parsed.readings()).as(broken).isEmpty();
			assertThat(parsed.rejections()).as(broken)
				.singleElement()
				.satisfies(r -> assertThat(r.reason()).isEqualTo(RejectionReason.MALFORMED_JSON));
		}
	}

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

}
