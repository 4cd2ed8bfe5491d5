package org.forewarn.audit;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Links committed audit entries into the hash chain, in the order it finds them: each
 * sealed entry gets the next {@code seq}, the previous entry's hash and its own. One
 * sealer at a time across all instances (advisory lock 7301, tried, never waited for). An
 * entry is tamper-evident from its sealing on — within about a second of its commit;
 * before that, the database's append-only trigger is what protects it.
 */
@Component
class AuditSeal {

	private static final int BATCH = 5_000;

	private record Unsealed(long id, Timestamp at, AuditEntry entry) {
	}

	private final JdbcClient jdbc;

	private final JdbcTemplate batch;

	private final TransactionTemplate transactions;

	AuditSeal(JdbcClient jdbc, JdbcTemplate batch, TransactionTemplate transactions) {
		this.jdbc = jdbc;
		this.batch = batch;
		this.transactions = transactions;
	}

	@Scheduled(fixedDelayString = "${forewarn.audit.seal-interval:PT1S}", initialDelayString = "PT1S")
	void scheduled() {
		seal();
	}

	/**
	 * Seals everything committed so far; returns how many entries it sealed (0 if another
	 * sealer is at work).
	 */
	int seal() {
		int total = 0;
		while (true) {
			Integer sealed = transactions.execute(status -> sealBatch());
			if (sealed == null || sealed <= 0) {
				return total;
			}
			total += sealed;
			if (sealed < BATCH) {
				return total;
			}
		}
	}

	private int sealBatch() {
		boolean mine = jdbc.sql("select pg_try_advisory_xact_lock(7301)").query(Boolean.class).single();
		if (!mine) {
			return -1;
		}
		List<Unsealed> rows = jdbc.sql("""
				select id, at, actor, region_code, action, target, outcome, remote_address, details
				from audit_event where seq is null order by id limit :limit""")
			.param("limit", BATCH)
			.query((rs, n) -> new Unsealed(rs.getLong("id"), rs.getTimestamp("at"),
					new AuditEntry(rs.getString("actor"), rs.getString("region_code"), rs.getString("action"),
							rs.getString("target"), rs.getString("outcome"), rs.getString("remote_address"),
							rs.getString("details"))))
			.list();
		if (rows.isEmpty()) {
			return 0;
		}
		record Last(long seq, String hash) {
		}
		Last last = jdbc.sql("select seq, hash from audit_event where seq is not null order by seq desc limit 1")
			.query((rs, n) -> new Last(rs.getLong(1), rs.getString(2)))
			.optional()
			.orElse(new Last(0, AuditTrail.GENESIS));
		long seq = last.seq();
		String previous = last.hash();
		List<Object[]> updates = new ArrayList<>(rows.size());
		for (Unsealed row : rows) {
			String hash = AuditTrail.hash(previous, row.at().toInstant(), row.entry());
			updates.add(new Object[] { ++seq, previous, hash, row.id() });
			previous = hash;
		}
		batch.batchUpdate("update audit_event set seq = ?, prev_hash = ?, hash = ? where id = ?", updates);
		return rows.size();
	}

}
