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
 * Appends to the audit log. Called inside the transaction of the state change it records,
 * so a change and its record commit or roll back together. Entries form a hash chain:
 * each entry's hash covers its content and the previous entry's hash, so editing or
 * deleting any entry breaks verification of every later one. The chain is built by
 * {@link AuditSeal} shortly after commit, so audited transactions never wait for each
 * other.
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

	/**
	 * Records an entry that must survive even if the caller's transaction rolls back
	 * (failed logins, refusals).
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void recordIndependently(AuditEntry entry) {
		append(entry);
	}

	private void append(AuditEntry entry) {
		// No lock and no hash here: concurrent transactions append side by side, and
		// AuditSeal chains the entries
		// (in the order it finds them committed) within about a second.
		Instant at = clock.instant().truncatedTo(ChronoUnit.MICROS);
		jdbc.sql("""
				insert into audit_event (at, actor, region_code, action, target, outcome, remote_address, details)
				values (:at, :actor, :region, :action, :target, :outcome, :remote, :details)""")
			.param("at", java.sql.Timestamp.from(at))
			.param("actor", entry.actor())
			.param("region", entry.regionCode())
			.param("action", entry.action())
			.param("target", entry.target())
			.param("outcome", entry.outcome())
			.param("remote", entry.remoteAddress())
			.param("details", entry.details())
			.update();
	}

	static String hash(String previous, Instant at, AuditEntry entry) {
		String content = String.join("\u001f", previous, at.toString(), nz(entry.actor()), nz(entry.regionCode()),
				nz(entry.action()), nz(entry.target()), nz(entry.outcome()), nz(entry.remoteAddress()),
				nz(entry.details()));
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	private static String nz(String value) {
		return value == null ? "" : value;
	}

}
