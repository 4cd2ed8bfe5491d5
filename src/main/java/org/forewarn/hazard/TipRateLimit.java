package org.forewarn.hazard;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.annotation.Value;
import org.forewarn.platform.Refusal;
import org.springframework.stereotype.Component;

/**
 * At most {@code forewarn.hazard.tips-per-client} public tips per client address in a
 * sliding window. Kept in memory per instance: behind a load balancer the effective limit
 * is the per-instance limit times the instances, which is still a limit; a shared store
 * can replace it when that matters.
 */
@Component
class TipRateLimit {

	private static final int MAX_CLIENTS = 100_000;

	private final Clock clock;

	private final int limit;

	private final Duration window;

	private final Map<String, Deque<Instant>> recent = new ConcurrentHashMap<>();

	TipRateLimit(Clock clock, @Value("${forewarn.hazard.tips-per-client:10}") int limit,
			@Value("${forewarn.hazard.tips-window:PT1H}") Duration window) {
		this.clock = clock;
		this.limit = limit;
		this.window = window;
	}

	/**
	 * Counts a tip from {@code client}, or refuses it with 429 when the client has used
	 * up the window.
	 */
	void acquire(String client) {
		Instant now = clock.instant();
		if (recent.size() > MAX_CLIENTS) {
			recent.entrySet().removeIf(e -> {
				synchronized (e.getValue()) {
					return e.getValue().isEmpty() || e.getValue().peekLast().isBefore(now.minus(window));
				}
			});
		}
		Deque<Instant> times = recent.computeIfAbsent(client == null ? "?" : client, c -> new ArrayDeque<>());
		synchronized (times) {
			while (!times.isEmpty() && !times.peekFirst().isAfter(now.minus(window))) {
				times.pollFirst();
			}
			if (times.size() >= limit) {
				throw new ReportRejected(Refusal.TOO_MANY, "client", "Too many tips from this address: at most " + limit
						+ " per " + window.toMinutes() + " minutes. 提交过于频繁，请稍后再试。");
			}
			times.addLast(now);
		}
	}

}
