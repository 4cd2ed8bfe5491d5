package org.forewarn.platform;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The start-up every demo loader shares, so that each says only what its data is: skip
 * when the module's marker row says this version is loaded; otherwise generate outside
 * any transaction (it can take seconds), then write in one transaction under the loader's
 * advisory lock, checking the marker again first (another instance on the same database
 * may have loaded it meanwhile), and time both halves for the log and the start-up note.
 * The marker table is the module's own: the loader passes how to read it and writes it
 * with its data, so no module's table is touched here.
 */
@Component
public class DemoLoad {

	private static final Logger log = LoggerFactory.getLogger(DemoLoad.class);

	/**
	 * What a load did.
	 *
	 * @param alreadyLoaded the marker said loaded (at start or, after generating, under
	 * the lock); nothing written
	 * @param written what the writer reported (rows, persons, stations …)
	 * @param generating time spent generating
	 * @param total time from start to commit
	 */
	public record Outcome(boolean alreadyLoaded, int written, Duration generating, Duration total) {
	}

	private final DemoMode demo;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transactions;

	DemoLoad(DemoMode demo, JdbcTemplate jdbc, TransactionTemplate transactions) {
		this.demo = demo;
		this.jdbc = jdbc;
		this.transactions = transactions;
	}

	/** Whether the demo is on; a loader does nothing when it is off. */
	public boolean enabled() {
		return demo.enabled();
	}

	/**
	 * Loads one data set at most once.
	 * @param what the data set, for the log ("Organisation demo data")
	 * @param lock the loader's advisory lock key (one per module, so loaders of different
	 * modules do not wait on each other)
	 * @param loaded reads the module's marker: is this version loaded?
	 * @param generate builds the data, outside the transaction
	 * @param write writes it and the marker row, inside the transaction; returns how much
	 * it wrote
	 */
	public <T> Outcome once(String what, long lock, BooleanSupplier loaded, Supplier<T> generate,
			Function<T, Integer> write) {
		if (loaded.getAsBoolean()) {
			log.info("{} already present", what);
			return new Outcome(true, 0, Duration.ZERO, Duration.ZERO);
		}
		long started = System.nanoTime();
		T data = generate.get();
		long generated = System.nanoTime();
		Integer written = transactions.execute(status -> {
			jdbc.execute("select pg_advisory_xact_lock(" + lock + ")");
			return loaded.getAsBoolean() ? null : write.apply(data);
		});
		Duration total = Duration.ofNanos(System.nanoTime() - started);
		Duration generating = Duration.ofNanos(generated - started);
		if (written == null) {
			log.info("{} was loaded by another instance meanwhile", what);
			return new Outcome(true, 0, generating, total);
		}
		log.info("{}: {} written in {} ms (generating {} ms, writing {} ms)", what, written, total.toMillis(),
				generating.toMillis(), total.minus(generating).toMillis());
		return new Outcome(false, written, generating, total);
	}

}
