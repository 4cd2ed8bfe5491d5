package org.forewarn.platform;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.dao.CannotAcquireLockException;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A listener that fails the first time it sees an event, like one that lost a deadlock;
 * for {@link FailedEventRetryTests}.
 */
@Component
class FlakyListener {

	/** Published only by the test. */
	record Probe(UUID id) {
	}

	static final Map<UUID, AtomicInteger> calls = new ConcurrentHashMap<>();

	static final Map<UUID, Boolean> handled = new ConcurrentHashMap<>();

	@ApplicationModuleListener
	void on(Probe probe) {
		if (calls.computeIfAbsent(probe.id(), k -> new AtomicInteger()).incrementAndGet() == 1) {
			throw new CannotAcquireLockException("deadlock detected (simulated)");
		}
		handled.put(probe.id(), true);
	}

}
