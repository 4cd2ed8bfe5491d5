package org.forewarn.monitoring;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * The latest value of every sensor and when each station last sent anything, in memory
 * for dashboards and the no-data sweep (table {@code latest_reading} holds the same for
 * restarts). Updated after each write commits.
 */
@Component
class LatestValues {

	record Latest(Instant ts, double value, Instant receivedAt) {
	}

	private final Readings store;

	private final Map<String, Map<String, Latest>> byStation = new ConcurrentHashMap<>();

	private final Map<String, Instant> lastReceived = new ConcurrentHashMap<>();

	private volatile boolean loaded;

	LatestValues(Readings store) {
		this.store = store;
	}

	private void load() {
		if (!loaded) {
			synchronized (this) {
				if (!loaded) {
					for (Readings.Latest l : store.latest()) {
						put(l.station(), l.metric(), l.ts(), l.value(), l.receivedAt());
					}
					loaded = true;
				}
			}
		}
	}

	void update(Collection<Reading> readings, Instant receivedAt) {
		load();
		for (Reading r : readings) {
			put(r.station(), r.metric(), r.ts(), r.value(), receivedAt);
		}
	}

	private void put(String station, String metric, Instant ts, double value, Instant receivedAt) {
		byStation.computeIfAbsent(station, k -> new ConcurrentHashMap<>(2))
			.merge(metric, new Latest(ts, value, receivedAt), (old, now) -> now.ts().isBefore(old.ts()) ? old : now);
		lastReceived.merge(station, receivedAt, (a, b) -> b.isAfter(a) ? b : a);
	}

	Map<String, Latest> of(String station) {
		load();
		return byStation.getOrDefault(station, Map.of());
	}

	Map<String, Instant> lastReceived() {
		load();
		return lastReceived;
	}

}
