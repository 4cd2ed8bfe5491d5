package org.forewarn.audit;

import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads the audit log, table {@code audit_event}: pages of entries, and the walk along
 * the hash chain that finds the first entry edited, inserted or deleted since it was
 * sealed. Writing is {@link AuditTrail}'s and sealing {@link AuditSeal}'s.
 */
@Repository
class AuditEntries {

	/** One entry as an administrator reads it. */
	record AuditLogEntry(long id, Instant at, String actor, String regionCode, String action, String target,
			String outcome, String remoteAddress, String details) {
	}

	/** Where the walk along the chain ended. */
	record ChainWalk(long entries, Long firstBrokenId, long unsealed) {
	}

	private final JdbcClient jdbc;

	AuditEntries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The newest entries first, by actor and action prefix when given, of actors in these
	 * areas ({@code null}: all).
	 */
	List<AuditLogEntry> newest(String actor, String action, String[] regionCodes, int size, long offset) {
		return jdbc.sql("""
				select id, at, actor, region_code, action, target, outcome, remote_address, details
				  from audit_event""" + where(regionCodes) + " order by id desc limit :size offset :offset")
			.param("actor", actor)
			.param("action", action)
			.param("scope", scope(regionCodes))
			.param("size", size)
			.param("offset", offset)
			.query((rs, n) -> new AuditLogEntry(rs.getLong("id"), rs.getTimestamp("at").toInstant(),
					rs.getString("actor"), rs.getString("region_code"), rs.getString("action"), rs.getString("target"),
					rs.getString("outcome"), rs.getString("remote_address"), rs.getString("details")))
			.list();
	}

	long count(String actor, String action, String[] regionCodes) {
		return jdbc.sql("select count(*) from audit_event" + where(regionCodes))
			.param("actor", actor)
			.param("action", action)
			.param("scope", scope(regionCodes))
			.query(Long.class)
			.single();
	}

	private static String where(String[] regionCodes) {
		return " where (cast(:actor as text) is null or actor = :actor)"
				+ " and (cast(:action as text) is null or action like :action || '%')"
				+ (regionCodes == null ? "" : " and region_code = any(:scope)");
	}

	private static String[] scope(String[] regionCodes) {
		return regionCodes == null ? new String[0] : regionCodes;
	}

	/**
	 * Recomputes the sealed chain in order; the first entry whose hashes do not follow is
	 * the broken one.
	 */
	ChainWalk walk() {
		String[] previous = { AuditTrail.GENESIS };
		long[] count = { 0 };
		Long[] broken = { null };
		jdbc.sql(
				"select id, seq, at, actor, region_code, action, target, outcome, remote_address, details, prev_hash, hash"
						+ " from audit_event where seq is not null order by seq")
			.query(rs -> {
				count[0]++;
				if (broken[0] != null) {
					return;
				}
				if (rs.getLong("seq") != count[0]) { // an entry deleted from the chain
					broken[0] = rs.getLong("id");
					return;
				}
				AuditEntry entry = new AuditEntry(rs.getString("actor"), rs.getString("region_code"),
						rs.getString("action"), rs.getString("target"), rs.getString("outcome"),
						rs.getString("remote_address"), rs.getString("details"));
				String expected = AuditTrail.hash(previous[0], rs.getTimestamp("at").toInstant(), entry);
				if (!previous[0].equals(rs.getString("prev_hash")) || !expected.equals(rs.getString("hash"))) {
					broken[0] = rs.getLong("id");
				}
				previous[0] = rs.getString("hash");
			});
		long unsealed = jdbc.sql("select count(*) from audit_event where seq is null").query(Long.class).single();
		return new ChainWalk(count[0], broken[0], unsealed);
	}

}
