package org.forewarn.enterprise;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Facts linked to enterprises, in table {@code enterprise_fact}: one row per (kind,
 * reference).
 */
@Repository
class Facts {

	/** Status words that mean the matter is over; any other status is open. */
	static final Set<String> CLOSED = Set.of("CLOSED", "DONE", "COMPLETED", "FINISHED", "CANCELLED", "CANCELED",
			"REJECTED", "EXPIRED", "CLEARED", "RECTIFIED", "PASSED", "ARCHIVED", "结案", "办结", "已完成");

	/** A fact as stored. */
	record Fact(LinkedKind kind, String reference, String uscc, String title, String status, boolean open, int severity,
			Instant at, Instant dueAt, String link, String detail) {
	}

	private final JdbcClient jdbc;

	Facts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	static boolean open(String status) {
		return status != null && !CLOSED.contains(status.strip().toUpperCase());
	}

	/**
	 * Inserts or updates the fact with the same kind and reference. Returns the previous
	 * row (null when new), so the caller can say what changed.
	 */
	Fact upsert(Fact f, Instant now) {
		Fact previous = jdbc
			.sql("select " + COLUMNS + " from enterprise_fact where kind = :k and reference = :r for update")
			.param("k", f.kind().name())
			.param("r", f.reference())
			.query(Facts::map)
			.optional()
			.orElse(null);
		jdbc.sql("""
				insert into enterprise_fact (kind, reference, uscc, title, status, open, severity, at, due_at, link,
				    detail, updated_at)
				values (:kind, :reference, :uscc, :title, :status, :open, :severity, :at, :due, :link,
				    cast(:detail as jsonb), :now)
				on conflict (kind, reference) do update set uscc = excluded.uscc, title = excluded.title,
				    status = excluded.status, open = excluded.open, severity = excluded.severity, at = excluded.at,
				    due_at = excluded.due_at, link = excluded.link, detail = excluded.detail,
				    updated_at = excluded.updated_at""")
			.param("kind", f.kind().name())
			.param("reference", f.reference())
			.param("uscc", f.uscc())
			.param("title", f.title())
			.param("status", f.status())
			.param("open", f.open())
			.param("severity", Math.max(0, Math.min(3, f.severity())))
			.param("at", Timestamp.from(f.at()))
			.param("due", f.dueAt() == null ? null : Timestamp.from(f.dueAt()))
			.param("link", f.link())
			.param("detail", f.detail())
			.param("now", Timestamp.from(now))
			.update();
		return previous;
	}

	static final String COLUMNS = "kind, reference, uscc, title, status, open, severity, at, due_at, link, detail::text";

	static Fact map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		Timestamp due = rs.getTimestamp(9);
		return new Fact(LinkedKind.valueOf(rs.getString(1)), rs.getString(2), rs.getString(3).strip(), rs.getString(4),
				rs.getString(5), rs.getBoolean(6), rs.getInt(7), rs.getTimestamp(8).toInstant(),
				due == null ? null : due.toInstant(), rs.getString(10), rs.getString(11));
	}

	/** The enterprise's facts, newest first. */
	List<Fact> of(String uscc, int limit) {
		return jdbc.sql("select " + COLUMNS + " from enterprise_fact where uscc = :u order by at desc limit :l")
			.param("u", uscc)
			.param("l", limit)
			.query(Facts::map)
			.list();
	}

	/** The enterprise's facts of some kinds, newest first. */
	List<Fact> of(String uscc, Set<LinkedKind> kinds, int limit) {
		return jdbc
			.sql("select " + COLUMNS
					+ " from enterprise_fact where uscc = :u and kind = any(:k) order by at desc limit :l")
			.param("u", uscc)
			.param("k", kinds.stream().map(Enum::name).toArray(String[]::new))
			.param("l", limit)
			.query(Facts::map)
			.list();
	}

	/**
	 * The enterprise's disposal order (a hazard fact) with this order code, if it is the
	 * enterprise's.
	 */
	java.util.Optional<Fact> hazardOrder(String uscc, String orderCode) {
		return jdbc
			.sql("select " + COLUMNS + " from enterprise_fact where kind = 'HAZARD' and reference = :r and uscc = :u")
			.param("r", orderCode)
			.param("u", uscc)
			.query(Facts::map)
			.optional();
	}

	/**
	 * What the law makes public about an enterprise: warnings in force over its site and
	 * penalties since a date.
	 */
	List<Fact> publicNotices(String uscc, Instant penaltiesSince) {
		return jdbc.sql("select " + COLUMNS + """
				 from enterprise_fact
				where uscc = :u and ((kind = 'WARNING' and open) or (kind = 'PENALTY' and at > :since))
				order by at desc limit 20""")
			.param("u", uscc)
			.param("since", Timestamp.from(penaltiesSince))
			.query(Facts::map)
			.list();
	}

	/**
	 * Facts with a date coming up (or passed while still open) — the portal's reminders.
	 */
	List<Fact> due(String uscc, Instant until) {
		return jdbc
			.sql("select " + COLUMNS + " from enterprise_fact where uscc = :u and due_at is not null"
					+ " and due_at <= :until and (open or kind = 'CERTIFICATE') order by due_at limit 100")
			.param("u", uscc)
			.param("until", Timestamp.from(until))
			.query(Facts::map)
			.list();
	}

	/** Per kind: how many facts, how many open, how many open past their deadline. */
	Map<String, long[]> counts(String uscc, Instant now) {
		Map<String, long[]> counts = new LinkedHashMap<>();
		jdbc.sql("""
				select kind, count(*), count(*) filter (where open),
				       count(*) filter (where open and due_at < :now)
				from enterprise_fact where uscc = :u group by kind order by kind""")
			.param("u", uscc)
			.param("now", Timestamp.from(now))
			.query((rs, n) -> counts.put(rs.getString(1), new long[] { rs.getLong(2), rs.getLong(3), rs.getLong(4) }))
			.list();
		return counts;
	}

	/** The fact counts the risk score is computed from (see {@link RiskModel.Inputs}). */
	int[] riskCounts(String uscc, Instant now) {
		return jdbc
			.sql("""
					select count(*) filter (where kind = 'HAZARD' and open),
					       count(*) filter (where kind = 'HAZARD' and open and severity >= 2),
					       count(*) filter (where open and due_at < :now and kind in ('HAZARD', 'ENFORCEMENT_CASE', 'INSPECTION')),
					       count(*) filter (where kind in ('ENFORCEMENT_CASE', 'PENALTY') and at > :twoYears),
					       coalesce(sum(severity) filter (where kind in ('ENFORCEMENT_CASE', 'PENALTY') and at > :twoYears), 0),
					       count(*) filter (where kind in ('ACCIDENT_INVESTIGATION', 'INCIDENT') and at > :threeYears),
					       coalesce(sum(severity) filter (where kind in ('ACCIDENT_INVESTIGATION', 'INCIDENT') and at > :threeYears), 0),
					       coalesce(sum(severity) filter (where kind = 'INSPECTION' and at > :oneYear), 0),
					       count(*) filter (where kind = 'CERTIFICATE' and due_at < :now),
					       count(*) filter (where kind = 'ALARM' and open)
					from enterprise_fact where uscc = :u""")
			.param("u", uscc)
			.param("now", Timestamp.from(now))
			.param("oneYear", Timestamp.from(now.minus(Duration.ofDays(365))))
			.param("twoYears", Timestamp.from(now.minus(Duration.ofDays(730))))
			.param("threeYears", Timestamp.from(now.minus(Duration.ofDays(1095))))
			.query((rs, n) -> {
				int[] c = new int[10];
				for (int i = 0; i < 10; i++) {
					c[i] = rs.getInt(i + 1);
				}
				return c;
			})
			.single();
	}

}
