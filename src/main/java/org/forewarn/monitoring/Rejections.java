package org.forewarn.monitoring;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Counts refused telemetry per reason and channel (Micrometer counter
 * {@code forewarn.telemetry.rejected} with tags {@code reason} and {@code channel}) and
 * keeps the latest refusals for {@code GET /api/telemetry/rejections}, so an operator can
 * see what a misconfigured gateway sends. Counts are since start (Prometheus keeps the
 * history).
 */
@Component
class Rejections {

	private static final Logger log = LoggerFactory.getLogger(Rejections.class);
	static final int RECENT = 100;

	enum Source {

		MQTT, HTTP

	}

	record Recent(Instant at, Source channel, RejectionReason reason, String station, String metric, String field,
			String detail) {
	}

	private final MeterRegistry meters;

	private final Clock clock;

	private final Map<String, Counter> counters = new ConcurrentHashMap<>();

	private final Deque<Recent> recent = new ArrayDeque<>(RECENT);

	private volatile long lastLog;

	Rejections(MeterRegistry meters, Clock clock) {
		this.meters = meters;
		this.clock = clock;
	}

	void record(Source channel, List<Rejection> rejections) {
		if (rejections.isEmpty()) {
			return;
		}
		Instant now = clock.instant();
		for (Rejection r : rejections) {
			counter(channel, r.reason()).increment();
		}
		synchronized (recent) {
			for (Rejection r : rejections) {
				if (recent.size() == RECENT) {
					recent.removeFirst();
				}
				recent.addLast(new Recent(now, channel, r.reason(), r.station(), r.metric(), r.field(), r.detail()));
			}
		}
		long nowMs = System.currentTimeMillis();
		if (nowMs - lastLog > 10_000) { // at most one line per 10 s; the counters have
										// the rest
			lastLog = nowMs;
			Rejection first = rejections.get(0);
			log.warn("Telemetry refused over {}: {} readings, e.g. {} {} ({})", channel, rejections.size(),
					first.reason(), first.station(), first.detail());
		}
	}

	Counter counter(Source channel, RejectionReason reason) {
		return counters.computeIfAbsent(channel + ":" + reason,
				key -> Counter.builder("forewarn.telemetry.rejected")
					.description("Telemetry readings or messages refused, by reason")
					.tag("reason", reason.name())
					.tag("channel", channel.name().toLowerCase())
					.register(meters));
	}

	/** Refusals per reason and channel since start. */
	Map<Source, Map<RejectionReason, Long>> counts() {
		Map<Source, Map<RejectionReason, Long>> counts = new EnumMap<>(Source.class);
		for (Source channel : Source.values()) {
			Map<RejectionReason, Long> perReason = new EnumMap<>(RejectionReason.class);
			for (RejectionReason reason : RejectionReason.values()) {
				perReason.put(reason, (long) counter(channel, reason).count());
			}
			counts.put(channel, perReason);
		}
		return counts;
	}

	List<Recent> recent() {
		synchronized (recent) {
			List<Recent> list = new ArrayList<>(recent);
			java.util.Collections.reverse(list);
			return list;
		}
	}

}
