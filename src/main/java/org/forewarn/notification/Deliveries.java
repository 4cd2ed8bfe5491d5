package org.forewarn.notification;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Delivers notices. Freshly written notices are handed over in memory right after their
 * transaction commits (and leased for {@link #LEASE}, so the poller leaves them alone);
 * the poller takes whatever is due in the database — retries, and anything a crashed
 * instance left — so nothing written is lost. Each notice goes to its person's open
 * in-app streams, then to its external channels in order: a channel that fails is retried
 * with exponential back-off ({@code forewarn.notification.retry.attempts} times, starting
 * at {@code retry.backoff}), then the next channel takes over; when every channel failed
 * the notice is FAILED (it stays in the inbox).
 */
@Component
class Deliveries implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(Deliveries.class);

	static final Duration LEASE = Duration.ofMinutes(2);
	static final int BATCH = 2000;

	private final Notices store;

	private final InApp inApp;

	private final Map<ChannelType, Channel> channels = new EnumMap<>(ChannelType.class);

	private final DeliveryWatch watch;

	private final Clock clock;

	private final int attempts;

	private final Duration backoff;

	private final ExecutorService workers;

	private final AtomicInteger inFlight = new AtomicInteger();

	private volatile long lastHandOverNanos;

	Deliveries(Notices store, InApp inApp, List<Channel> channels, DeliveryWatch watch, Clock clock,
			@Value("${forewarn.notification.retry.attempts:3}") int attempts,
			@Value("${forewarn.notification.retry.backoff:PT30S}") Duration backoff,
			@Value("${forewarn.notification.workers:2}") int workers) {
		this.store = store;
		this.inApp = inApp;
		channels.forEach(c -> this.channels.put(c.type(), c));
		this.watch = watch;
		this.clock = clock;
		this.attempts = Math.max(1, attempts);
		this.backoff = backoff;
		this.workers = Executors.newFixedThreadPool(Math.max(1, workers),
				Thread.ofPlatform().name("delivery-", 0).daemon().factory());
	}

	/**
	 * Hands freshly written (or escalation) notices to the channels, in batches, off the
	 * caller's thread.
	 */
	void handOver(Collection<UUID> ids) {
		handOver(null, null, ids);
	}

	/**
	 * Hands a subject's freshly written notices to the channels, in batches, off the
	 * caller's thread; once every batch had its first attempt the subject's lease is
	 * dropped. If this instance dies first, the poller finds the subject when the lease
	 * runs out and delivers what was not attempted.
	 */
	void handOver(UUID subject, Instant lease, Collection<UUID> ids) {
		lastHandOverNanos = System.nanoTime();
		List<UUID> all = List.copyOf(ids);
		AtomicInteger batches = new AtomicInteger((all.size() + BATCH - 1) / BATCH);
		java.util.concurrent.atomic.AtomicBoolean failed = new java.util.concurrent.atomic.AtomicBoolean();
		for (int from = 0; from < all.size(); from += BATCH) {
			List<UUID> batch = all.subList(from, Math.min(all.size(), from + BATCH));
			inFlight.incrementAndGet();
			workers.execute(() -> {
				try {
					deliver(batch);
				}
				catch (RuntimeException e) {
					failed.set(true);
					log.error("Delivery of {} notices failed; the poller takes them over after the lease", batch.size(),
							e);
				}
				finally {
					if (batches.decrementAndGet() == 0 && subject != null && !failed.get()) {
						store.handedOver(subject, lease);
					}
					inFlight.decrementAndGet();
				}
			});
		}
		if (all.isEmpty() && subject != null) {
			store.handedOver(subject, lease);
		}
	}

	@Scheduled(fixedDelayString = "${forewarn.notification.poll-interval:PT5S}", initialDelayString = "PT15S")
	void poll() {
		retryDue();
	}

	/**
	 * Delivers every notice due now (first attempts a crashed instance left, and
	 * retries); returns how many.
	 */
	int retryDue() {
		int taken = 0;
		Instant at = clock.instant();
		Instant lease = at.plus(LEASE).truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
		for (UUID subject : store.claimOrphans(at, lease, 20)) {
			List<UUID> left = store.awaitingFirstAttempt(subject);
			for (int from = 0; from < left.size(); from += BATCH) {
				deliver(left.subList(from, Math.min(left.size(), from + BATCH)));
			}
			store.handedOver(subject, lease);
			taken += left.size();
			if (!left.isEmpty()) {
				log.warn("Took over {} notices of {} whose first delivery was left unfinished", left.size(), subject);
			}
		}
		while (true) {
			Instant now = clock.instant();
			List<UUID> due = store.claimDue(now, now.plus(LEASE), BATCH);
			if (due.isEmpty()) {
				return taken;
			}
			taken += due.size();
			deliver(due);
			if (due.size() < BATCH) {
				return taken;
			}
		}
	}

	/**
	 * When notices were last handed over ({@link System#nanoTime()}), for the benchmark.
	 */
	long lastHandOverNanos() {
		return lastHandOverNanos;
	}

	/**
	 * Waits (bounded) until the handed-over batches are through, for tests and the
	 * benchmark.
	 */
	boolean awaitIdle(Duration timeout) throws InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (inFlight.get() > 0) {
			if (System.nanoTime() > deadline) {
				return false;
			}
			Thread.sleep(5);
		}
		return true;
	}

	void deliver(List<UUID> ids) {
		List<Notices.Pending> rows = store.forDelivery(ids);
		Instant now = clock.instant();
		Set<UUID> subjects = new HashSet<>();
		rows.forEach(r -> subjects.add(r.subjectId()));

		List<Notices.Pending> live = new ArrayList<>();
		List<Notices.Failure> ended = new ArrayList<>();
		for (Notices.Pending row : rows) {
			if (row.active()) {
				live.add(row);
			}
			else if (row.sentAt() == null) {
				ended.add(new Notices.Failure(row.id(), row.channelIndex(), row.attempts(), null, null,
						"ended before it was sent"));
			}
		}
		store.recordFailures(ended);

		// in-app: every open stream of the person, once per revision
		List<UUID> seen = new ArrayList<>();
		for (Notices.Pending row : live) {
			if (row.deliveredAt() == null
					&& inApp.push(row.personId(), "notification", row.id().toString(), item(row))) {
				seen.add(row.id());
			}
		}
		store.markDelivered(seen, now);

		// external channels, in order; a row that exhausts a channel moves on to the next
		// one at once
		List<Notices.Pending> pending = live.stream().filter(r -> r.sentAt() == null).toList();
		while (!pending.isEmpty()) {
			Map<ChannelType, List<Notices.Pending>> byChannel = new LinkedHashMap<>();
			List<UUID> inAppOnly = new ArrayList<>();
			for (Notices.Pending row : pending) {
				ChannelType channel = row.channel();
				if (channel == null) {
					inAppOnly.add(row.id());
				}
				else {
					byChannel.computeIfAbsent(channel, k -> new ArrayList<>()).add(row);
				}
			}
			store.markSent(inAppOnly, ChannelType.IN_APP, now);
			List<Notices.Pending> next = new ArrayList<>();
			List<Notices.Failure> failures = new ArrayList<>();
			for (var entry : byChannel.entrySet()) {
				Channel channel = channels.get(entry.getKey());
				List<Notices.Pending> batch = entry.getValue();
				Map<UUID, String> failed = channel == null ? Map.of()
						: channel.send(batch.stream().map(Notices.Pending::envelope).toList());
				List<UUID> sent = new ArrayList<>();
				Instant after = clock.instant();
				for (Notices.Pending row : batch) {
					String error = channel == null ? "channel " + entry.getKey() + " is not available"
							: failed.get(row.id());
					if (error == null) {
						sent.add(row.id());
						continue;
					}
					int tried = row.attempts() + 1;
					if (tried < attempts) {
						failures.add(new Notices.Failure(row.id(), row.channelIndex(), tried,
								after.plus(backoff.multipliedBy(1L << (tried - 1))), null, error));
					}
					else if (row.channelIndex() + 1 < row.channels().size()) {
						failures.add(new Notices.Failure(row.id(), row.channelIndex() + 1, 0, after.plus(LEASE), null,
								error));
						next.add(new Notices.Pending(row.id(), row.subjectId(), row.subjectKind(), row.kind(),
								row.personId(), row.revision(), row.title(), row.text(), row.active(), row.channels(),
								row.channelIndex() + 1, 0, null, row.deliveredAt(), row.acknowledgeBy(),
								row.createdAt()));
					}
					else {
						failures.add(new Notices.Failure(row.id(), row.channelIndex(), tried, null, after, error));
					}
				}
				store.markSent(sent, entry.getKey(), after);
			}
			store.recordFailures(failures);
			pending = next;
		}
		watch.changed(subjects);
	}

	private static InboxItem item(Notices.Pending row) {
		return new InboxItem(row.id(), row.subjectId(), row.subjectKind(), row.kind(), row.revision(), row.title(),
				row.text(), row.active(), "DELIVERED", row.createdAt(), row.acknowledgeBy(), null);
	}

	@Override
	public void destroy() {
		workers.shutdownNow();
	}

}
