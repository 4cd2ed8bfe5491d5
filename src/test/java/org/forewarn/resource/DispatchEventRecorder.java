package org.forewarn.resource;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Records {@link DispatchProgressed} in tests (component-scanned from the test class
 * path: one shared context).
 */
@Component
class DispatchEventRecorder {

	private static final List<DispatchProgressed> events = new CopyOnWriteArrayList<>();

	@EventListener
	void progressed(DispatchProgressed event) {
		events.add(event);
	}

	static List<String> statusesOf(UUID dispatchId) {
		return events.stream()
			.filter(e -> e.dispatchId().value().equals(dispatchId))
			.map(DispatchProgressed::status)
			.toList();
	}

	static List<DispatchProgressed> of(UUID dispatchId) {
		return events.stream().filter(e -> e.dispatchId().value().equals(dispatchId)).toList();
	}

}
