package org.forewarn.monitoring;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one way telemetry reaches storage. MQTT and HTTP hand in validated readings; a
 * single writer thread takes them in arrival order (so each station's readings stay in
 * order), merges what is waiting into one batch of up to {@code batch-size} readings and,
 * in one transaction, stores them (duplicates fall out), runs the alarm rules on the new
 * ones, writes the alarm changes and their events, and updates the latest values. Only
 * after the commit are the senders told (HTTP 2xx, MQTT acknowledgement), so an
 * acknowledged reading is durable.
 * <p>
 * Memory is bounded: at most {@code queue-capacity} readings wait. HTTP callers that find
 * it full are refused at once (503, retry); the MQTT subscriber waits, which with manual
 * acknowledgement and a receive maximum stops the broker sending more (flow control)
 * rather than buffering without limit.
 * <p>
 * Other work that touches the rule engine's state (the no-data sweep, a user clearing an
 * alarm) runs on the same thread through {@link #call}, so the engine never sees two
 * writers.
 */
@Component
class TelemetryIngest implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(TelemetryIngest.class);

	/** What a batch did, for the sender. */
	record Result(int stored, int duplicates) {
	}

	/** The queue is full; the sender should retry later. */
	static class Overloaded extends RuntimeException {

		Overloaded(String message) {
			super(message);
		}

	}

	private sealed interface Work permits Batch, Task {

	}

	private record Batch(List<Reading> readings, CompletableFuture<Result> done) implements Work {
	}

	private record Task(Callable<?> callable, CompletableFuture<Object> done) implements Work {
	}

	private final Stations stations;

	private final Readings store;

	private final AlarmRules rules;

	private final Alarms alarms;

	private final AlarmBook book;

	private final LatestValues latest;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final TelemetryProperties properties;

	private final TelemetryHousekeeping housekeeping;

	private final LinkedBlockingQueue<Work> queue = new LinkedBlockingQueue<>();

	private final Semaphore capacity;

	private final Counter storedCounter;

	private final Counter duplicateCounter;

	private final Counter raisedCounter;

	private final Timer batchTimer;

	private final DistributionSummary batchSizes;

	private volatile RuleEngine engine;

	/**
	 * Newest reading per sensor not yet written to {@code latest_reading}: that table is
	 * written at most once per {@link #LATEST_EVERY} (one upsert per sensor per batch
	 * would cost more than the readings themselves); the in-memory latest values are
	 * current after every commit. Writer thread only.
	 */
	private final Map<String, Reading> pendingLatest = new HashMap<>();

	private long latestWrittenAt;

	private boolean latestInTransaction;
	static final long LATEST_EVERY = TimeUnit.SECONDS.toNanos(1);

	private volatile Thread writer;

	private volatile boolean running;

	TelemetryIngest(Stations stations, Readings store, AlarmRules rules, Alarms alarms, AlarmBook book,
			LatestValues latest, TransactionTemplate transactions, Clock clock, TelemetryProperties properties,
			TelemetryHousekeeping housekeeping, MeterRegistry meters) {
		this.housekeeping = housekeeping;
		this.stations = stations;
		this.store = store;
		this.rules = rules;
		this.alarms = alarms;
		this.book = book;
		this.latest = latest;
		this.transactions = transactions;
		this.clock = clock;
		this.properties = properties;
		this.capacity = new Semaphore(properties.queueCapacity());
		this.storedCounter = Counter.builder("forewarn.telemetry.stored")
			.description("Readings stored")
			.register(meters);
		this.duplicateCounter = Counter.builder("forewarn.telemetry.duplicates")
			.description("Readings received again and not stored twice")
			.register(meters);
		this.raisedCounter = Counter.builder("forewarn.alarms.raised").description("Alarms raised").register(meters);
		this.batchTimer = Timer.builder("forewarn.telemetry.batch")
			.description("Write + rules per batch")
			.publishPercentiles(0.5, 0.99)
			.register(meters);
		this.batchSizes = DistributionSummary.builder("forewarn.telemetry.batch.readings")
			.description("Readings per write transaction")
			.register(meters);
		Gauge.builder("forewarn.telemetry.queued", this, ingest -> ingest.queued())
			.description("Readings waiting")
			.register(meters);
	}

	int queued() {
		return properties.queueCapacity() - capacity.availablePermits();
	}

	/**
	 * Hands in readings and returns at once; the future completes after they are durable.
	 * {@code wait}: block while the queue is full (MQTT), else refuse with
	 * {@link Overloaded} (HTTP).
	 */
	CompletableFuture<Result> submit(List<Reading> readings, boolean wait) {
		if (readings.isEmpty()) {
			return CompletableFuture.completedFuture(new Result(0, 0));
		}
		int permits = Math.min(readings.size(), properties.queueCapacity());
		try {
			if (wait) {
				capacity.acquire(permits);
			}
			else if (!capacity.tryAcquire(permits, 2, TimeUnit.SECONDS)) {
				throw new Overloaded("The telemetry queue is full (" + properties.queueCapacity()
						+ " readings waiting); retry shortly.");
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new Overloaded("interrupted while waiting for the telemetry queue");
		}
		CompletableFuture<Result> done = new CompletableFuture<>();
		done.whenComplete((r, e) -> capacity.release(permits));
		if (!running) {
			done.completeExceptionally(new Overloaded("The platform is stopping; retry later."));
			return done;
		}
		queue.add(new Batch(readings, done));
		return done;
	}

	/** Runs work on the writer thread, after what is already queued, and waits for it. */
	@SuppressWarnings("unchecked")
	<T> T call(Callable<T> callable) {
		CompletableFuture<Object> done = new CompletableFuture<>();
		if (!running || Thread.currentThread() == writer) {
			try {
				return callable.call();
			}
			catch (RuntimeException ex) {
				throw ex;
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		}
		queue.add(new Task(callable, done));
		try {
			return (T) done.get(60, TimeUnit.SECONDS);
		}
		catch (java.util.concurrent.ExecutionException ex) {
			if (ex.getCause() instanceof RuntimeException runtime) {
				throw runtime;
			}
			throw new IllegalStateException(ex.getCause());
		}
		catch (Exception ex) {
			throw new IllegalStateException("telemetry writer did not answer: " + ex, ex);
		}
	}

	RuleEngine engine() {
		RuleEngine current = engine;
		if (current == null) {
			synchronized (this) {
				if (engine == null) {
					RuleEngine created = new RuleEngine(rules.active(), new RuleEngine.History() {
						@Override
						public java.util.NavigableMap<Instant, Double> load(String station, String metric, Instant from,
								Instant to) {
							return store.history(station, metric, from, to);
						}

						@Override
						public Map<String, java.util.NavigableMap<Instant, Double>> loadAll(Map<String, Instant> firsts,
								java.time.Duration span) {
							return store.history(firsts, span);
						}
					});
					created.activeAlarms(alarms.active());
					engine = created;
				}
				current = engine;
			}
		}
		return current;
	}

	/**
	 * Rebuilds the engine's state from the database (after a failed batch, or when rules
	 * changed).
	 */
	void resetEngine() {
		synchronized (this) {
			engine = null;
		}
	}

	private void loop() {
		List<Batch> batches = new ArrayList<>();
		while (running || !queue.isEmpty()) {
			Work first;
			try {
				first = queue.poll(200, TimeUnit.MILLISECONDS);
			}
			catch (InterruptedException ex) {
				if (!running) {
					break;
				}
				continue;
			}
			if (first == null) {
				flushLatest();
				continue;
			}
			if (first instanceof Task task) {
				run(task);
				continue;
			}
			batches.clear();
			batches.add((Batch) first);
			int size = ((Batch) first).readings().size();
			Work next;
			while (size < properties.batchSize() && (next = queue.peek()) instanceof Batch b) {
				queue.poll();
				batches.add(b);
				size += b.readings().size();
			}
			write(batches, size);
		}
		flushLatest();
	}

	/**
	 * Writes the pending latest values in a transaction of their own (when idle, and at
	 * stop).
	 */
	private void flushLatest() {
		if (pendingLatest.isEmpty()) {
			return;
		}
		try {
			Instant now = clock.instant();
			transactions.executeWithoutResult(status -> store.upsertLatest(pendingLatest.values(), now));
			pendingLatest.clear();
			latestWrittenAt = System.nanoTime();
		}
		catch (RuntimeException ex) {
			log.warn("Latest values not written (will retry): {}", ex.toString());
		}
	}

	private void run(Task task) {
		try {
			task.done().complete(task.callable().call());
		}
		catch (Throwable ex) {
			task.done().completeExceptionally(ex);
		}
	}

	private void write(List<Batch> batches, int size) {
		long started = System.nanoTime();
		batchSizes.record(size);
		List<Reading> all = new ArrayList<>(size);
		for (Batch b : batches) {
			all.addAll(b.readings());
		}
		Instant now = clock.instant();
		try {
			List<Reading> stored;
			try {
				stored = transactions.execute(status -> store(all, true, now));
			}
			catch (DuplicateKeyException race) {
				// a reading taken for new was stored meanwhile (another instance): the
				// careful way, from scratch
				resetEngine();
				stored = transactions.execute(status -> store(all, false, now));
			}
			if (latestInTransaction) {
				pendingLatest.clear(); // written with this commit
				latestWrittenAt = System.nanoTime();
			}
			for (Reading r : stored) {
				pendingLatest.merge(r.station() + '|' + r.metric(), r, (a, b) -> b.ts().isAfter(a.ts()) ? b : a);
			}
			latest.update(stored, now);
			stored.stream().map(Reading::ts).min(Comparator.naturalOrder()).ifPresent(housekeeping::stored);
			storedCounter.increment(stored.size());
			duplicateCounter.increment(all.size() - stored.size());
			complete(batches, stored);
		}
		catch (RuntimeException ex) {
			log.error("Telemetry batch of {} readings failed; senders are told and will retry", all.size(), ex);
			resetEngine();
			for (Batch b : batches) {
				b.done().completeExceptionally(ex);
			}
		}
		finally {
			batchTimer.record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
		}
	}

	/**
	 * Stores a batch and runs the rules, in the caller's transaction; returns the
	 * readings that were new. Fast: a reading newer than its sensor's newest stored one
	 * cannot be a duplicate and goes in with COPY; the rest (back-fill, repeats, several
	 * readings of one time) with {@code insert … on conflict do nothing}.
	 */
	private List<Reading> store(List<Reading> all, boolean fast, Instant now) {
		RuleEngine rules = engine();
		List<Reading> fresh = new ArrayList<>(all.size());
		List<Reading> uncertain = fast ? new ArrayList<>() : all;
		if (fast) {
			Map<String, Instant> newest = new HashMap<>();
			for (Reading r : all) {
				String sensor = r.station() + '|' + r.metric();
				Instant known = newest.get(sensor);
				if (known == null) {
					LatestValues.Latest l = latest.of(r.station()).get(r.metric());
					known = l == null ? Instant.MIN : l.ts();
				}
				if (r.ts().isAfter(known)) {
					fresh.add(r);
					newest.put(sensor, r.ts());
				}
				else {
					uncertain.add(r);
				}
			}
			store.copy(fresh);
		}
		if (!uncertain.isEmpty()) {
			fresh.addAll(store.insert(uncertain));
		}
		List<Reading> ordered = new ArrayList<>(fresh);
		ordered.sort(BY_SENSOR_AND_TIME);
		rules.prepare(ordered, stations.byCode());
		List<RuleEngine.Decision> decisions = new ArrayList<>();
		for (Reading r : ordered) {
			Station station = stations.find(r.station()).orElse(null);
			if (station != null) {
				decisions.addAll(rules.evaluate(station, r));
			}
		}
		AlarmBook.Applied applied = book.apply(decisions, rules);
		raisedCounter.increment(applied.raised());
		latestInTransaction = System.nanoTime() - latestWrittenAt >= LATEST_EVERY && !pendingLatest.isEmpty();
		if (latestInTransaction) {
			store.upsertLatest(pendingLatest.values(), now);
		}
		return fresh;
	}

	private static final Comparator<Reading> BY_SENSOR_AND_TIME = Comparator.comparing(Reading::station)
		.thenComparing(Reading::metric)
		.thenComparing(Reading::ts);

	private static void complete(List<Batch> batches, List<Reading> stored) {
		if (batches.size() == 1) {
			Batch b = batches.get(0);
			b.done().complete(new Result(stored.size(), b.readings().size() - stored.size()));
			return;
		}
		Map<Reading, Boolean> fresh = new HashMap<>(stored.size() * 2);
		for (Reading r : stored) {
			fresh.put(r, Boolean.TRUE);
		}
		for (Batch b : batches) {
			int n = 0;
			for (Reading r : b.readings()) {
				if (fresh.remove(r) != null) {
					n++;
				}
			}
			b.done().complete(new Result(n, b.readings().size() - n));
		}
	}

	@Override
	public void start() {
		running = true;
		writer = Thread.ofPlatform().name("telemetry-writer").daemon(true).start(this::loop);
	}

	@Override
	public void stop() {
		running = false; // the loop drains what is queued, then ends
		Thread thread = writer;
		if (thread != null) {
			try {
				thread.join(15_000);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

	@Override
	public boolean isRunning() {
		return running;
	}

	/**
	 * Starts before the MQTT subscriber and stops after it (higher phase stops first).
	 */
	@Override
	public int getPhase() {
		return SmartLifecycle.DEFAULT_PHASE - 2000;
	}

}
