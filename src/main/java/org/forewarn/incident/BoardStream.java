package org.forewarn.incident;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Live command boards: each open board (server-sent events) hears a small {@code change}
 * event after every committed change of its incident and fetches what it shows again. In
 * memory: with several instances, each serves its own watchers (changes made on another
 * instance reach them on their next refresh).
 */
@Component
class BoardStream {

	static final Duration TIMEOUT = Duration.ofMinutes(30);

	record Change(UUID incidentId, String kind, String summary, String at) {
	}

	private final Map<UUID, Set<SseEmitter>> watchers = new ConcurrentHashMap<>();

	private final Clock clock;

	BoardStream(Clock clock) {
		this.clock = clock;
	}

	SseEmitter watch(UUID incident) {
		SseEmitter emitter = new SseEmitter(TIMEOUT.toMillis());
		Set<SseEmitter> mine = watchers.computeIfAbsent(incident, k -> ConcurrentHashMap.newKeySet());
		mine.add(emitter);
		Runnable remove = () -> mine.remove(emitter);
		emitter.onCompletion(remove);
		emitter.onTimeout(remove);
		emitter.onError(e -> remove.run());
		try {
			emitter.send(SseEmitter.event()
				.name("hello")
				.data(new Change(incident, "hello", "", clock.instant().toString()), MediaType.APPLICATION_JSON));
		}
		catch (IOException e) {
			remove.run();
		}
		return emitter;
	}

	/**
	 * Tells the incident's watchers about a change once the current transaction commits
	 * (at once without one).
	 */
	void changed(UUID incident, String kind, String summary) {
		Runnable push = () -> push(new Change(incident, kind, summary, clock.instant().toString()));
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					push.run();
				}
			});
		}
		else {
			push.run();
		}
	}

	int watching(UUID incident) {
		return watchers.getOrDefault(incident, Set.of()).size();
	}

	private void push(Change change) {
		Set<SseEmitter> mine = watchers.get(change.incidentId());
		if (mine == null) {
			return;
		}
		for (SseEmitter emitter : mine) {
			try {
				emitter.send(SseEmitter.event().name("change").data(change, MediaType.APPLICATION_JSON));
			}
			catch (IOException | IllegalStateException e) {
				mine.remove(emitter);
			}
		}
	}

}
