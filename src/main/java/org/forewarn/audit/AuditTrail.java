package org.forewarn.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Appends to the audit log. Called inside the transaction of the state change it records, so a change and its
 * record commit or roll back together. Entries form a hash chain: each entry's hash covers its content and the
 * previous entry's hash, so editing or deleting any entry breaks verification of every later one.
 */
@Service
public class AuditTrail {

	static final String GENESIS = "0".repeat(64);

	private final JdbcClient jdbc;
	private final Clock clock;

	AuditTrail(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Records an entry; joins the caller's transaction or starts one. */
	@Transactional(propagation = Propagation.REQUIRED)
	public void record(AuditEntry entry) {
		append(entry);
	}

	/** Records an entry that must survive even if the caller's transaction rolls back (failed logins, refusals). */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void recordIndependently(AuditEntry entry) {
		append(entry);
	}

	private void append(AuditEntry entry) {
		// One writer at a time keeps the chain linear across all instances sharing the database.
		jdbc.sql("select pg_advisory_xact_lock(7301)").query((rs, n) -> 1).list();
		String previous = jdbc.sql("select hash from audit_event order by id desc limit 1")
			.query(String.class).optional().orElse(GENESIS);
		Instant at = clock.instant().truncatedTo(ChronoUnit.MICROS);
		String hash = hash(previous, at, entry);
		jdbc.sql("""
				insert into audit_event (at, actor, region_code, action, target, outcome, remote_address, details, prev_hash, hash)
				values (:at, :actor, :region, :action, :target, :outcome, :remote, :details, :prev, :hash)""")
			.param("at", java.sql.Timestamp.from(at))
			.param("actor", entry.actor())
			.param("region", entry.regionCode())
			.param("action", entry.action())
			.param("target", entry.target())
			.param("outcome", entry.outcome())
			.param("remote", entry.remoteAddress())
			.param("details", entry.details())
			.param("prev", previous)
			.param("hash", hash)
			.update();
	}

	static String hash(String previous, Instant at, AuditEntry entry) {
		String content = String.join("\u001f", previous, at.toString(), nz(entry.actor()), nz(entry.regionCode()),
				nz(entry.action()),
				nz(entry.target()), nz(entry.outcome()), nz(entry.remoteAddress()), nz(entry.details()));
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
				.digest(content.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	private static String nz(String value) {
		return value == null ? "" : value;
	}
}
