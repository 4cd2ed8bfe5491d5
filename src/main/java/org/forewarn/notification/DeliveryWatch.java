package org.forewarn.notification;

import java.io.IOException;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import org.springframework.http.MediaType;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Live delivery counts: streams watching a warning's or command's counts get them again
 * whenever deliveries, acknowledgements or escalations changed — at most once a second
 * per subject, however many notices moved.
 */
@Component
class DeliveryWatch {

	private final Map<UUID, Set<SseEmitter>> watchers = new ConcurrentHashMap<>();

	private final Set<UUID> changed = ConcurrentHashMap.newKeySet();

	private volatile Function<UUID, DeliveryCounts> counts = id -> null;

	/** Set by the desk (it owns the counting query; the watch must not depend on it). */
	void countWith(Function<UUID, DeliveryCounts> counter) {
		this.counts = counter;
	}

	SseEmitter watch(UUID subject, DeliveryCounts now) {
		SseEmitter emitter = new SseEmitter(InApp.STREAM_TIMEOUT.toMillis());
		Set<SseEmitter> mine = watchers.computeIfAbsent(subject, k -> ConcurrentHashMap.newKeySet());
		mine.add(emitter);
		Runnable remove = () -> mine.remove(emitter);
		emitter.onCompletion(remove);
		emitter.onTimeout(remove);
		emitter.onError(e -> remove.run());
		try {
			emitter.send(SseEmitter.event().name("delivery").data(now, MediaType.APPLICATION_JSON));
		}
		catch (IOException e) {
			remove.run();
		}
		return emitter;
	}

	void changed(Collection<UUID> subjects) {
		subjects.stream().filter(watchers::containsKey).forEach(changed::add);
	}

	/**
	 * Sends fresh counts to the watchers of every subject that changed since the last
	 * call.
	 */
	@Scheduled(fixedDelayString = "PT1S")
	void publish() {
		for (UUID subject : Set.copyOf(changed)) {
			changed.remove(subject);
			Set<SseEmitter> mine = watchers.get(subject);
			if (mine == null || mine.isEmpty()) {
				continue;
			}
			DeliveryCounts now = counts.apply(subject);
			for (SseEmitter emitter : mine) {
				try {
					emitter.send(SseEmitter.event().name("delivery").data(now, MediaType.APPLICATION_JSON));
				}
				catch (IOException | IllegalStateException e) {
					mine.remove(emitter);
				}
			}
		}
	}

}
