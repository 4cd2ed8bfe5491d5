package org.forewarn.monitoring;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * Reads telemetry JSON with a streaming parser (no object tree), validating every reading
 * against the station register as it goes. Two shapes:
 * <ul>
 * <li>MQTT, topic {@code telemetry/{stationCode}}:
 * {@code {"ts":"2026-06-01T08:05:00+08:00","values":{"rainfall_5m":12.5}}} or an array of
 * such objects;</li>
 * <li>HTTP batch: {@code [{"station":"RG-0001","ts":"…","values":{…}}, …]}.</li>
 * </ul>
 * {@code ts} is ISO-8601 with an offset, or epoch milliseconds. Each value is a JSON
 * number within its sensor's range.
 */
final class TelemetryParser {

	record Parsed(List<Reading> readings, List<Rejection> rejections) {
	}

	private static final JsonFactory JSON = new JsonFactory();

	private final Function<String, Station> stations;

	private final Clock clock;

	private final Duration maxSkew;

	private final Duration retention;

	/**
	 * @param stations station code → station, or null when unknown
	 * @param maxSkew how far in the future a reading may be
	 * @param retention how old a reading may be (raw-data retention)
	 */
	TelemetryParser(Function<String, Station> stations, Clock clock, Duration maxSkew, Duration retention) {
		this.stations = stations;
		this.clock = clock;
		this.maxSkew = maxSkew;
		this.retention = retention;
	}

	/** A payload published on {@code telemetry/{station}}. */
	Parsed mqtt(String station, byte[] payload) {
		return parse(payload, station);
	}

	/** An HTTP batch. */
	Parsed http(byte[] body) {
		return parse(body, null);
	}

	private Parsed parse(byte[] json, String topicStation) {
		List<Reading> readings = new ArrayList<>();
		List<Rejection> rejections = new ArrayList<>();
		Instant now = clock.instant();
		Instant latest = now.plus(maxSkew);
		Instant earliest = now.minus(retention);
		try (JsonParser parser = JSON.createParser(ObjectReadContext.empty(), json)) {
			JsonToken first = parser.nextToken();
			if (first == JsonToken.START_OBJECT) {
				item(parser, topicStation, 0, earliest, latest, readings, rejections);
			}
			else if (first == JsonToken.START_ARRAY) {
				int index = 0;
				JsonToken token;
				while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
					if (token != JsonToken.START_OBJECT) {
						throw new Malformed("item " + index + " is not an object");
					}
					item(parser, topicStation, index++, earliest, latest, readings, rejections);
				}
			}
			else {
				throw new Malformed("expected an object or an array");
			}
			if (parser.nextToken() != null) {
				throw new Malformed("trailing content after the JSON value");
			}
		}
		catch (JacksonException | Malformed ex) {
			String message = ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
			int newline = message.indexOf('\n');
			return new Parsed(List.of(), List.of(new Rejection(RejectionReason.MALFORMED_JSON, -1, topicStation, null,
					"body", "not valid telemetry JSON: " + (newline > 0 ? message.substring(0, newline) : message))));
		}
		return new Parsed(readings, rejections);
	}

	private static final class Malformed extends RuntimeException {

		Malformed(String message) {
			super(message);
		}

	}

	private record Value(String metric, Double number, String raw) {
	}

	private void item(JsonParser parser, String topicStation, int index, Instant earliest, Instant latest,
			List<Reading> readings, List<Rejection> rejections) {
		String stationField = null;
		String tsText = null;
		Long tsMillis = null;
		List<Value> values = null;
		JsonToken token;
		while ((token = parser.nextToken()) == JsonToken.PROPERTY_NAME) {
			String name = parser.currentName();
			JsonToken value = parser.nextToken();
			switch (name) {
				case "station" -> stationField = value == JsonToken.VALUE_STRING ? parser.getString() : skip(parser);
				case "ts" -> {
					if (value == JsonToken.VALUE_STRING) {
						tsText = parser.getString();
					}
					else if (value == JsonToken.VALUE_NUMBER_INT) {
						tsMillis = parser.getLongValue();
					}
					else {
						tsText = String.valueOf(skip(parser));
					}
				}
				case "values" -> {
					if (value != JsonToken.START_OBJECT) {
						skip(parser);
						values = List.of();
						break;
					}
					values = new ArrayList<>(2);
					while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
						String metric = parser.currentName();
						JsonToken v = parser.nextToken();
						if (v == JsonToken.VALUE_NUMBER_INT || v == JsonToken.VALUE_NUMBER_FLOAT) {
							values.add(new Value(metric, parser.getDoubleValue(), null));
						}
						else {
							String raw = v.isStructStart() ? v.asString() : parser.getText();
							parser.skipChildren();
							values.add(new Value(metric, null, raw));
						}
					}
				}
				default -> skip(parser);
			}
		}
		if (token != JsonToken.END_OBJECT) {
			throw new Malformed("item " + index + " is not a complete object");
		}
		String code = topicStation != null ? topicStation : stationField;
		if (code == null || code.isBlank()) {
			rejections.add(new Rejection(RejectionReason.MISSING_STATION, index, null, null, field(index, "station"),
					"no station code"));
			return;
		}
		Station station = stations.apply(code);
		if (station == null) {
			rejections.add(new Rejection(RejectionReason.UNKNOWN_STATION, index, clip(code), null,
					field(index, "station"), "no station '" + clip(code) + "' is registered"));
			return;
		}
		Instant ts;
		try {
			ts = tsMillis != null ? Instant.ofEpochMilli(tsMillis)
					: tsText == null ? null : OffsetDateTime.parse(tsText).toInstant().truncatedTo(ChronoUnit.MICROS);
		}
		catch (DateTimeParseException ex) {
			ts = null;
		}
		if (ts == null) {
			rejections.add(new Rejection(RejectionReason.MALFORMED_TIMESTAMP, index, code, null, field(index, "ts"),
					"ts must be an ISO-8601 time with offset, e.g. 2026-06-01T08:05:00+08:00, or epoch milliseconds"
							+ (tsText == null ? "" : "; got '" + clip(tsText) + "'")));
			return;
		}
		if (ts.isAfter(latest) || ts.isBefore(earliest)) {
			rejections.add(new Rejection(RejectionReason.TIMESTAMP_OUT_OF_RANGE, index, code, null, field(index, "ts"),
					"ts " + ts + " is " + (ts.isAfter(latest) ? "in the future" : "older than the retention")));
			return;
		}
		if (values == null || values.isEmpty()) {
			rejections.add(new Rejection(RejectionReason.MISSING_VALUES, index, code, null, field(index, "values"),
					"values must be an object of metric → number, e.g. {\"rainfall_5m\":12.5}"));
			return;
		}
		for (Value v : values) {
			Metric metric = station.sensors().get(v.metric());
			String where = field(index, "values." + v.metric());
			if (metric == null) {
				rejections.add(new Rejection(RejectionReason.UNKNOWN_METRIC, index, code, clip(v.metric()), where,
						"station " + code + " has no sensor '" + clip(v.metric()) + "'; it measures "
								+ station.sensors().keySet()));
			}
			else if (v.number() == null || !Double.isFinite(v.number())) {
				rejections.add(new Rejection(RejectionReason.MALFORMED_VALUE, index, code, metric.name(), where,
						"the value must be a number, got " + clip(v.raw())));
			}
			else if (!metric.accepts(v.number())) {
				rejections.add(new Rejection(RejectionReason.VALUE_OUT_OF_RANGE, index, code, metric.name(), where,
						"%s %s is outside the plausible range %s..%s %s".formatted(metric.name(), v.number(),
								metric.min(), metric.max(), metric.unit())));
			}
			else {
				readings.add(new Reading(code, metric.name(), ts, v.number()));
			}
		}
	}

	private static String skip(JsonParser parser) {
		String text = parser.currentToken().isScalarValue() ? parser.getText() : null;
		parser.skipChildren();
		return text;
	}

	private static String field(int index, String name) {
		return index < 0 ? name : "[" + index + "]." + name;
	}

	private static String clip(String text) {
		if (text == null) {
			return "null";
		}
		return text.length() > 60 ? text.substring(0, 60) + "…" : text;
	}

}
