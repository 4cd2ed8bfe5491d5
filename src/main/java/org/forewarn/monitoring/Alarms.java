package org.forewarn.monitoring;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.forewarn.platform.SqlFilter;
import org.postgresql.PGConnection;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The alarms and their history, tables {@code alarm} and {@code alarm_entry}. */
@Repository
class Alarms {

	static final String COLUMNS = "id, station_code, type, severity, signal, rule_code, metric, value, threshold,"
			+ " region_path, started_at, last_at, repeats, cleared, cleared_at, cleared_by, clear_reason, acknowledged,"
			+ " acknowledged_at, acknowledged_by, assignee_id, assignee_name, assigned_at, hazard_opened, version";

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	Alarms(JdbcClient jdbc, JdbcTemplate template) {
		this.jdbc = jdbc;
		this.template = template;
	}

	/**
	 * Inserts a newly raised alarm; false when the station already has an active alarm of
	 * the type.
	 */
	boolean insert(AlarmId id, Station station, String type, Severity severity, String signal, String rule,
			String metric, Double value, Double threshold, Instant at, Instant now) {
		return template.execute((Connection c) -> {
			try (PreparedStatement ps = c.prepareStatement("""
					insert into alarm (id, station_code, type, severity, signal, rule_code, metric, value, threshold,
					  region_path, started_at, last_at, created_at)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
					on conflict (station_code, type) where not cleared do nothing""")) {
				ps.setObject(1, id.value());
				ps.setString(2, station.code());
				ps.setString(3, type);
				ps.setString(4, severity.name());
				ps.setString(5, signal);
				ps.setString(6, rule);
				ps.setString(7, metric);
				ps.setObject(8, value);
				ps.setObject(9, threshold);
				ps.setArray(10, c.createArrayOf("text", station.regionPath().toArray()));
				ps.setTimestamp(11, Timestamp.from(at));
				ps.setTimestamp(12, Timestamp.from(at));
				ps.setTimestamp(13, Timestamp.from(now));
				return ps.executeUpdate() == 1;
			}
		});
	}

	/** Raises the severity of an active alarm; false if it is no longer active. */
	boolean escalate(AlarmId id, Severity severity, String signal, String rule, Double value, Double threshold,
			Instant at) {
		return jdbc.sql("""
				update alarm set severity = :severity, signal = :signal, rule_code = :rule, value = :value,
				  threshold = :threshold, last_at = greatest(last_at, :at), repeats = repeats + 1, version = version + 1
				where id = :id and not cleared""")
			.param("severity", severity.name())
			.param("signal", signal)
			.param("rule", rule)
			.param("value", value)
			.param("threshold", threshold)
			.param("at", Timestamp.from(at))
			.param("id", id.value())
			.update() == 1;
	}

	record Repeat(AlarmId id, double value, Instant at, int times) {
	}

	/**
	 * Records repeats (the latest value and time, how many times the rule fired again) in
	 * one statement.
	 */
	void repeat(Collection<Repeat> repeats) {
		if (repeats.isEmpty()) {
			return;
		}
		int n = repeats.size();
		UUID[] ids = new UUID[n];
		double[] values = new double[n];
		long[] micros = new long[n];
		int[] times = new int[n];
		int i = 0;
		for (Repeat r : repeats) {
			ids[i] = r.id().value();
			values[i] = r.value();
			micros[i] = ChronoUnit.MICROS.between(Instant.EPOCH, r.at());
			times[i] = r.times();
			i++;
		}
		template.execute((Connection c) -> {
			try (PreparedStatement ps = c.prepareStatement(
					"""
							update alarm a set value = t.v, last_at = greatest(a.last_at, timestamptz 'epoch' + t.u * interval '1 microsecond'),
							  repeats = a.repeats + t.n
							from unnest(?::uuid[], ?::float8[], ?::int8[], ?::int4[]) as t (id, v, u, n)
							where a.id = t.id and not a.cleared""")) {
				ps.setArray(1, c.createArrayOf("uuid", ids));
				ps.setArray(2, c.unwrap(PGConnection.class).createArrayOf("float8", values));
				ps.setArray(3, c.unwrap(PGConnection.class).createArrayOf("int8", micros));
				ps.setArray(4, c.unwrap(PGConnection.class).createArrayOf("int4", times));
				return ps.executeUpdate();
			}
		});
	}

	/** Clears an active alarm; false if it was no longer active. */
	boolean clear(AlarmId id, String by, String reason, Instant at) {
		return jdbc.sql("""
				update alarm set cleared = true, cleared_at = :at, cleared_by = :by, clear_reason = :reason,
				  version = version + 1
				where id = :id and not cleared""")
			.param("at", Timestamp.from(at))
			.param("by", by)
			.param("reason", reason)
			.param("id", id.value())
			.update() == 1;
	}

	/**
	 * Saves a user's move on the alarm, if nobody changed it since it was read
	 * (optimistic lock).
	 */
	void save(Alarm alarm) {
		int updated = jdbc.sql("""
				update alarm set cleared = :cleared, cleared_at = :clearedAt, cleared_by = :clearedBy,
				  clear_reason = :clearReason, acknowledged = :ack, acknowledged_at = :ackAt, acknowledged_by = :ackBy,
				  assignee_id = :assignee, assignee_name = :assigneeName, assigned_at = :assignedAt,
				  hazard_opened = :hazard, version = version + 1
				where id = :id and version = :version""")
			.param("cleared", alarm.cleared())
			.param("clearedAt", ts(alarm.clearedAt()))
			.param("clearedBy", alarm.clearedBy())
			.param("clearReason", alarm.clearReason())
			.param("ack", alarm.acknowledged())
			.param("ackAt", ts(alarm.acknowledgedAt()))
			.param("ackBy", alarm.acknowledgedBy())
			.param("assignee", alarm.assigneeId())
			.param("assigneeName", alarm.assigneeName())
			.param("assignedAt", ts(alarm.assignedAt()))
			.param("hazard", alarm.hazardOpened())
			.param("id", alarm.id().value())
			.param("version", alarm.version())
			.update();
		if (updated != 1) {
			throw new OptimisticLockingFailureException("alarm " + alarm.id() + " changed concurrently");
		}
	}

	void markHazardOpened(AlarmId id) {
		jdbc.sql("update alarm set hazard_opened = true where id = :id").param("id", id.value()).update();
	}

	void entry(AlarmId id, Instant at, String actor, String kind, String text) {
		jdbc.sql("insert into alarm_entry (alarm_id, at, actor, kind, text) values (:id, :at, :actor, :kind, :text)")
			.param("id", id.value())
			.param("at", Timestamp.from(at))
			.param("actor", actor)
			.param("kind", kind)
			.param("text", text)
			.update();
	}

	record Entry(long id, Instant at, String actor, String kind, String text) {
	}

	List<Entry> entries(AlarmId id) {
		return jdbc.sql("select id, at, actor, kind, text from alarm_entry where alarm_id = :id order by id")
			.param("id", id.value())
			.query((rs, n) -> new Entry(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3), rs.getString(4),
					rs.getString(5)))
			.list();
	}

	Optional<Alarm> find(AlarmId id) {
		return jdbc.sql("select " + COLUMNS + " from alarm where id = :id")
			.param("id", id.value())
			.query(Alarms::map)
			.optional();
	}

	/** The active alarms, by station and type (the rule engine's view at start). */
	Map<String, RuleEngine.Active> active() {
		Map<String, RuleEngine.Active> active = new HashMap<>();
		jdbc.sql("select id, station_code, type, severity, hazard_opened from alarm where not cleared").query(rs -> {
			active.put(RuleEngine.key(rs.getString(2), rs.getString(3)),
					new RuleEngine.Active(new AlarmId(rs.getObject(1, UUID.class)), rs.getString(3),
							Severity.valueOf(rs.getString(4)), rs.getBoolean(5)));
		});
		return active;
	}

	Optional<RuleEngine.Active> active(String station, String type) {
		return jdbc
			.sql("select id, type, severity, hazard_opened from alarm where station_code = :s and type = :t"
					+ " and not cleared")
			.param("s", station)
			.param("t", type)
			.query((rs, n) -> new RuleEngine.Active(new AlarmId(rs.getObject(1, UUID.class)), rs.getString(2),
					Severity.valueOf(rs.getString(3)), rs.getBoolean(4)))
			.optional();
	}

	record Filter(String scope, String region, Alarm.Status status, Boolean activeOnly, String type, Severity severity,
			String station) {
	}

	record Page(List<Alarm> content, long totalElements) {
	}

	Page search(Filter filter, int page, int size) {
		SqlFilter where = new SqlFilter().within("scope", filter.scope())
			.within("region", filter.region())
			.and(filter.activeOnly() != null, Boolean.TRUE.equals(filter.activeOnly()) ? "not cleared" : "cleared")
			.and(filter.status() != null, "cleared = :cleared and acknowledged = :ack")
			.and("type = :type", "type", filter.type())
			.and("severity = :severity", "severity", filter.severity())
			.and("station_code = :station", "station", filter.station());
		if (filter.status() != null) {
			where.param("cleared", filter.status().name().startsWith("CLEARED"))
				.param("ack", filter.status().name().endsWith("_ACK"));
		}
		long total = jdbc.sql("select count(*) from alarm" + where).params(where.params()).query(Long.class).single();
		List<Alarm> content = jdbc
			.sql("select " + COLUMNS + " from alarm" + where
					+ " order by cleared, array_position(array['CRITICAL','MAJOR','MINOR','WARNING'], severity),"
					+ " started_at desc limit :limit offset :offset")
			.params(where.params())
			.param("limit", size)
			.param("offset", (long) page * size)
			.query(Alarms::map)
			.list();
		return new Page(content, total);
	}

	record Count(String regionCode, Severity severity, boolean acknowledged, long n) {
	}

	/**
	 * Active alarms counted by the area at {@code depth} of their path (1: district, 2:
	 * street, 3: community, 4: grid), severity and acknowledgement, among those under
	 * {@code within} (null: the whole city).
	 */
	List<Count> activeCounts(String within, int depth) {
		return jdbc.sql("""
				select region_path[:depth + 1], severity, acknowledged, count(*) from alarm
				where not cleared and (cast(:within as text) is null or :within = any(region_path))
				  and array_length(region_path, 1) > :depth
				group by 1, 2, 3""")
			.param("depth", depth)
			.param("within", within, java.sql.Types.VARCHAR)
			.query((rs, n) -> new Count(rs.getString(1), Severity.valueOf(rs.getString(2)), rs.getBoolean(3),
					rs.getLong(4)))
			.list();
	}

	private static Timestamp ts(Instant at) {
		return at == null ? null : Timestamp.from(at);
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp ts = rs.getTimestamp(column);
		return ts == null ? null : ts.toInstant();
	}

	static Alarm map(ResultSet rs, int row) throws SQLException {
		return new Alarm(new AlarmId(rs.getObject("id", UUID.class)), rs.getString("station_code"),
				rs.getString("type"), Severity.valueOf(rs.getString("severity")), rs.getString("signal"),
				rs.getString("rule_code"), rs.getString("metric"), (Double) rs.getObject("value"),
				(Double) rs.getObject("threshold"), List.of((String[]) rs.getArray("region_path").getArray()),
				instant(rs, "started_at"), instant(rs, "last_at"), rs.getInt("repeats"), rs.getBoolean("cleared"),
				instant(rs, "cleared_at"), rs.getString("cleared_by"), rs.getString("clear_reason"),
				rs.getBoolean("acknowledged"), instant(rs, "acknowledged_at"), rs.getString("acknowledged_by"),
				rs.getObject("assignee_id", UUID.class), rs.getString("assignee_name"), instant(rs, "assigned_at"),
				rs.getBoolean("hazard_opened"), rs.getInt("version"));
	}

}
