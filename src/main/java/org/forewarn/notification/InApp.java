package org.forewarn.notification;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.http.MediaType;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The in-app channel: the server-sent event streams of logged-in persons (the 一键通 app,
 * the console). A notice is delivered when a stream of its person took it; everyone else
 * finds it in their inbox. A comment line every 20 s keeps idle connections open through
 * proxies.
 */
@Component
class InApp {

	static final Duration STREAM_TIMEOUT = Duration.ofHours(1);

	private final Map<UUID, Set<SseEmitter>> streams = new ConcurrentHashMap<>();

	/** Opens a stream for a person and sends what they have not acknowledged yet. */
	SseEmitter open(UUID person, List<InboxItem> backlog) {
		SseEmitter emitter = new SseEmitter(STREAM_TIMEOUT.toMillis());
		Set<SseEmitter> mine = streams.computeIfAbsent(person, k -> ConcurrentHashMap.newKeySet());
		mine.add(emitter);
		Runnable remove = () -> {
			mine.remove(emitter);
			streams.computeIfPresent(person, (k, set) -> set.isEmpty() ? null : set);
		};
		emitter.onCompletion(remove);
		emitter.onTimeout(remove);
		emitter.onError(e -> remove.run());
		try {
			emitter.send(SseEmitter.event().comment("connected"));
			for (InboxItem item : backlog.reversed()) {
				emitter.send(SseEmitter.event()
					.name("notification")
					.id(item.id().toString())
					.data(item, MediaType.APPLICATION_JSON));
			}
		}
		catch (IOException e) {
			remove.run();
		}
		return emitter;
	}

	/**
	 * Sends an event to every open stream of the person; true when at least one took it.
	 */
	boolean push(UUID person, String event, String id, Object data) {
		Set<SseEmitter> mine = streams.get(person);
		if (mine == null || mine.isEmpty()) {
			return false;
		}
		boolean delivered = false;
		for (SseEmitter emitter : mine) {
			try {
				emitter.send(SseEmitter.event().name(event).id(id).data(data, MediaType.APPLICATION_JSON));
				delivered = true;
			}
			catch (IOException | IllegalStateException e) {
				mine.remove(emitter);
			}
		}
		return delivered;
	}

	boolean connected(UUID person) {
		Set<SseEmitter> mine = streams.get(person);
		return mine != null && !mine.isEmpty();
	}

	int connections() {
		return streams.values().stream().mapToInt(Set::size).sum();
	}

	@Scheduled(fixedDelayString = "PT20S")
	void heartbeat() {
		streams.forEach((person, mine) -> mine.forEach(emitter -> {
			try {
				emitter.send(SseEmitter.event().comment("ping"));
			}
			catch (IOException | IllegalStateException e) {
				mine.remove(emitter);
			}
		}));
	}

}
