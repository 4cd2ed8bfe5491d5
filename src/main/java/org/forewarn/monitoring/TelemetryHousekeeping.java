package org.forewarn.monitoring;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.forewarn.audit.AuditEntry;
import org.forewarn.audit.AuditTrail;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the telemetry tables in shape, at start and then every ten minutes: creates the
 * monthly partitions of {@code reading} from the retention horizon to
 * {@code partitions-ahead} months ahead, rolls completed hours up into
 * {@code reading_hourly} (5-minute → hourly; from a watermark, so each hour is rolled up
 * once after it is {@code downsample-lag} old), drops raw partitions older than
 * {@code raw-retention} and hourly rows older than {@code hourly-retention}. Partition
 * changes are audited. Runs before the demo data (order 40) so the partitions exist when
 * the first reading arrives.
 */
@Component
@Order(40)
class TelemetryHousekeeping implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(TelemetryHousekeeping.class);

	record Report(int partitionsCreated, int hoursRolledUp, List<String> partitionsDropped, int hourlyDeleted) {
	}

	private final Readings store;

	private final TelemetryProperties properties;

	private final TransactionTemplate transactions;

	private final AuditTrail audit;

	private final Clock clock;

	/**
	 * The oldest reading stored since the last roll-up (back-fill behind the watermark is
	 * rolled up again).
	 */
	private final AtomicReference<Instant> storedSince = new AtomicReference<>();

	TelemetryHousekeeping(Readings store, TelemetryProperties properties, TransactionTemplate transactions,
			AuditTrail audit, Clock clock) {
		this.store = store;
		this.properties = properties;
		this.transactions = transactions;
		this.audit = audit;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		Report report = run();
		log.info("Telemetry storage: {} partitions ({} created), {} hourly rows rolled up, dropped {}",
				store.partitions().size(), report.partitionsCreated(), report.hoursRolledUp(),
				report.partitionsDropped());
	}

	@Scheduled(fixedDelayString = "${forewarn.telemetry.housekeeping-interval:PT10M}", initialDelayString = "PT10M")
	void scheduled() {
		run();
	}

	/** One round: partitions ahead, roll-up, retention. */
	synchronized Report run() {
		Instant now = clock.instant();
		Instant horizon = now.minus(properties.rawRetention());
		Instant ahead = now.atZone(ZoneOffset.UTC).plusMonths(properties.partitionsAhead()).toInstant();
		int created = transactions.execute(status -> store.ensurePartitions(horizon, ahead));
		int rolled = rollUp(now);
		List<String> dropped = transactions.execute(status -> store.dropPartitionsBefore(horizon));
		int hourlyDeleted = transactions
			.execute(status -> store.deleteHourlyBefore(now.minus(properties.hourlyRetention())));
		if (created > 0 || !dropped.isEmpty()) {
			audit.record(AuditEntry.by("system", null, "telemetry.partitions", "reading", "maintained",
					"created " + created + ", dropped " + dropped));
		}
		return new Report(created, rolled, dropped, hourlyDeleted);
	}

	/** The writer stored readings from {@code oldest} on (called after each commit). */
	void stored(Instant oldest) {
		storedSince.accumulateAndGet(oldest, (a, b) -> a == null || b.isBefore(a) ? b : a);
	}

	private int rollUp(Instant now) {
		Instant until = now.minus(properties.downsampleLag()).truncatedTo(ChronoUnit.HOURS);
		Instant late = storedSince.getAndSet(null);
		return transactions.execute(status -> {
			Instant from = store.watermark();
			if (from != null && late != null && late.isBefore(from)) {
				from = late.truncatedTo(ChronoUnit.HOURS); // back-filled hours are rolled
															// up again
			}
			if (from == null) {
				Instant oldest = store.oldestReading();
				if (oldest == null) {
					store.watermark(until);
					return 0;
				}
				from = oldest.truncatedTo(ChronoUnit.HOURS);
			}
			if (!from.isBefore(until)) {
				return 0;
			}
			int rows = store.downsample(from, until);
			store.watermark(until);
			return rows;
		});
	}

}
