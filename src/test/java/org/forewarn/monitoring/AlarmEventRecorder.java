package org.forewarn.monitoring;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Records the monitoring module's events in tests. The telemetry writer publishes them on
 * its own thread, which {@code @RecordApplicationEvents} (thread-bound) does not see.
 * Picked up by component scanning from the test class path, so the shared test context
 * stays one context.
 */
@Component
class AlarmEventRecorder {

	private static final List<Object> events = new CopyOnWriteArrayList<>();

	@EventListener
	void raised(AlarmRaised event) {
		events.add(event);
	}

	@EventListener
	void changed(AlarmSeverityChanged event) {
		events.add(event);
	}

	@EventListener
	void cleared(AlarmCleared event) {
		events.add(event);
	}

	static <T> Stream<T> stream(Class<T> type) {
		return events.stream().filter(type::isInstance).map(type::cast);
	}

}
