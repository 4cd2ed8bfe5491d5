package org.forewarn.monitoring;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.postgresql.PGConnection;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Telemetry in PostgreSQL: raw readings in the monthly-partitioned table {@code reading},
 * written as one multi-row statement per batch ({@code unnest} of column arrays,
 * {@code on conflict do nothing}, returning the rows that were new), the latest value per
 * sensor in {@code latest_reading}, and hourly aggregates in {@code reading_hourly}.
 */
@Repository
class Readings {

	private static final Pattern PARTITION = Pattern.compile("reading_y(\\d{4})m(\\d{2})");

	private final JdbcTemplate jdbc;

	private final JdbcClient client;

	Readings(JdbcTemplate jdbc, JdbcClient client) {
		this.jdbc = jdbc;
		this.client = client;
	}

	/**
	 * Stores the readings; returns those that were new (a reading stored before is a
	 * duplicate and comes back not).
	 */
	List<Reading> insert(List<Reading> readings) {
		if (readings.isEmpty()) {
			return List.of();
		}
		int n = readings.size();
		String[] stations = new String[n];
		String[] metrics = new String[n];
		long[] micros = new long[n];
		double[] values = new double[n];
		for (int i = 0; i < n; i++) {
			Reading r = readings.get(i);
			stations[i] = r.station();
			metrics[i] = r.metric();
			micros[i] = ChronoUnit.MICROS.between(Instant.EPOCH, r.ts());
			values[i] = r.value();
		}
		return jdbc.execute((Connection connection) -> {
			try (PreparedStatement ps = connection.prepareStatement("""
					insert into reading (station_code, metric, ts, value)
					select s, m, timestamptz 'epoch' + u * interval '1 microsecond', v
					from unnest(?::text[], ?::text[], ?::int8[], ?::float8[]) as t (s, m, u, v)
					on conflict do nothing
					returning station_code, metric, ts, value""")) {
				ps.setArray(1, connection.createArrayOf("text", stations));
				ps.setArray(2, connection.createArrayOf("text", metrics));
				ps.setArray(3, connection.unwrap(PGConnection.class).createArrayOf("int8", micros));
				ps.setArray(4, connection.unwrap(PGConnection.class).createArrayOf("float8", values));
				List<Reading> stored = new ArrayList<>(n);
				try (ResultSet rs = ps.executeQuery()) {
					while (rs.next()) {
						stored.add(new Reading(rs.getString(1), rs.getString(2), rs.getTimestamp(3).toInstant(),
								rs.getDouble(4)));
					}
				}
				return stored;
			}
		});
	}

	/**
	 * Writes readings known to be new (each newer than anything stored for its sensor)
	 * with {@code COPY}, the fastest way into PostgreSQL. A reading that exists after all
	 * (another instance stored it) fails the whole statement with a unique violation; the
	 * caller then writes the batch the careful way ({@link #insert}).
	 */
	void copy(List<Reading> readings) {
		if (readings.isEmpty()) {
			return;
		}
		StringBuilder text = new StringBuilder(readings.size() * 48);
		for (Reading r : readings) {
			text.append(r.station())
				.append('\t')
				.append(r.metric())
				.append('\t')
				.append(r.ts())
				.append('\t')
				.append(r.value())
				.append('\n');
		}
		byte[] bytes = text.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
		jdbc.execute((Connection connection) -> {
			try {
				return connection.unwrap(PGConnection.class)
					.getCopyAPI()
					.copyIn("copy reading (station_code, metric, ts, value) from stdin",
							new java.io.ByteArrayInputStream(bytes));
			}
			catch (java.io.IOException ex) {
				throw new SQLException("COPY into reading failed", ex);
			}
		});
	}

	/**
	 * Keeps the newest value per sensor; {@code latest} holds at most one reading per
	 * sensor.
	 */
	void upsertLatest(Collection<Reading> latest, Instant receivedAt) {
		if (latest.isEmpty()) {
			return;
		}
		int n = latest.size();
		String[] stations = new String[n];
		String[] metrics = new String[n];
		long[] micros = new long[n];
		double[] values = new double[n];
		int i = 0;
		for (Reading r : latest) {
			stations[i] = r.station();
			metrics[i] = r.metric();
			micros[i] = ChronoUnit.MICROS.between(Instant.EPOCH, r.ts());
			values[i] = r.value();
			i++;
		}
		jdbc.execute((Connection connection) -> {
			try (PreparedStatement ps = connection.prepareStatement("""
					insert into latest_reading (station_code, metric, ts, value, received_at)
					select s, m, timestamptz 'epoch' + u * interval '1 microsecond', v, ?
					from unnest(?::text[], ?::text[], ?::int8[], ?::float8[]) as t (s, m, u, v)
					on conflict (station_code, metric) do update
					  set ts = excluded.ts, value = excluded.value, received_at = excluded.received_at
					  where latest_reading.ts <= excluded.ts""")) {
				ps.setTimestamp(1, Timestamp.from(receivedAt));
				ps.setArray(2, connection.createArrayOf("text", stations));
				ps.setArray(3, connection.createArrayOf("text", metrics));
				ps.setArray(4, connection.unwrap(PGConnection.class).createArrayOf("int8", micros));
				ps.setArray(5, connection.unwrap(PGConnection.class).createArrayOf("float8", values));
				return ps.executeUpdate();
			}
		});
	}

	record Latest(String station, String metric, Instant ts, double value, Instant receivedAt) {
	}

	List<Latest> latest() {
		return client.sql("select station_code, metric, ts, value, received_at from latest_reading")
			.query((rs, n) -> new Latest(rs.getString(1), rs.getString(2), rs.getTimestamp(3).toInstant(),
					rs.getDouble(4), rs.getTimestamp(5).toInstant()))
			.list();
	}

	/**
	 * A sensor's readings in [from, to), by time (the rule engine's windows after a
	 * restart).
	 */
	NavigableMap<Instant, Double> history(String station, String metric, Instant from, Instant to) {
		NavigableMap<Instant, Double> values = new TreeMap<>();
		client.sql("select ts, value from reading where station_code = :s and metric = :m and ts >= :from and ts < :to")
			.param("s", station)
			.param("m", metric)
			.param("from", Timestamp.from(from))
			.param("to", Timestamp.from(to))
			.query(rs -> {
				values.put(rs.getTimestamp(1).toInstant(), rs.getDouble(2));
			});
		return values;
	}

	/**
	 * For each sensor ({@code station|metric}), its readings in [first - span, first):
	 * one query for many sensors.
	 */
	Map<String, NavigableMap<Instant, Double>> history(Map<String, Instant> firsts, Duration span) {
		int n = firsts.size();
		String[] stations = new String[n];
		String[] metrics = new String[n];
		long[] micros = new long[n];
		int i = 0;
		for (Map.Entry<String, Instant> e : firsts.entrySet()) {
			int bar = e.getKey().indexOf('|');
			stations[i] = e.getKey().substring(0, bar);
			metrics[i] = e.getKey().substring(bar + 1);
			micros[i] = ChronoUnit.MICROS.between(Instant.EPOCH, e.getValue());
			i++;
		}
		Map<String, NavigableMap<Instant, Double>> all = new HashMap<>();
		jdbc.execute((Connection connection) -> {
			try (PreparedStatement ps = connection.prepareStatement("""
					select r.station_code, r.metric, r.ts, r.value
					from unnest(?::text[], ?::text[], ?::int8[]) as s (st, m, u)
					join reading r on r.station_code = s.st and r.metric = s.m
					  and r.ts >= timestamptz 'epoch' + (s.u - ?) * interval '1 microsecond'
					  and r.ts < timestamptz 'epoch' + s.u * interval '1 microsecond'""")) {
				ps.setArray(1, connection.createArrayOf("text", stations));
				ps.setArray(2, connection.createArrayOf("text", metrics));
				ps.setArray(3, connection.unwrap(PGConnection.class).createArrayOf("int8", micros));
				ps.setLong(4, span.toNanos() / 1_000);
				try (ResultSet rs = ps.executeQuery()) {
					while (rs.next()) {
						all.computeIfAbsent(rs.getString(1) + "|" + rs.getString(2), k -> new TreeMap<>())
							.put(rs.getTimestamp(3).toInstant(), rs.getDouble(4));
					}
				}
			}
			return null;
		});
		return all;
	}

	record Point(Instant ts, String metric, double value, Double min, Double max, Integer count) {
	}

	/** Raw readings of a station in [from, to), oldest first, at most {@code limit}. */
	List<Point> raw(String station, Instant from, Instant to, int limit) {
		return client.sql("""
				select ts, metric, value from reading where station_code = :s and ts >= :from and ts < :to
				order by ts, metric limit :limit""")
			.param("s", station)
			.param("from", Timestamp.from(from))
			.param("to", Timestamp.from(to))
			.param("limit", limit)
			.query((rs, n) -> new Point(rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getDouble(3), null, null,
					null))
			.list();
	}

	/**
	 * Hourly aggregates of a station in [from, to): value is the hour's sum for rainfall,
	 * else its last value.
	 */
	List<Point> hourly(String station, Instant from, Instant to, int limit) {
		return client.sql("""
				select hour, metric, case when metric = 'rainfall_5m' then sum_value else last_value end,
				       min_value, max_value, n
				from reading_hourly where station_code = :s and hour >= :from and hour < :to
				order by hour, metric limit :limit""")
			.param("s", station)
			.param("from", Timestamp.from(from))
			.param("to", Timestamp.from(to))
			.param("limit", limit)
			.query((rs, n) -> new Point(rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getDouble(3),
					rs.getDouble(4), rs.getDouble(5), rs.getInt(6)))
			.list();
	}

	// --- partitions, downsampling, retention ---

	static String partitionName(LocalDate month) {
		return "reading_y%04dm%02d".formatted(month.getYear(), month.getMonthValue());
	}

	/**
	 * Creates the monthly partitions covering [from, to] that do not exist yet; returns
	 * how many were created.
	 */
	int ensurePartitions(Instant from, Instant to) {
		List<String> existing = partitions();
		LocalDate month = from.atZone(ZoneOffset.UTC).toLocalDate().withDayOfMonth(1);
		LocalDate last = to.atZone(ZoneOffset.UTC).toLocalDate().withDayOfMonth(1);
		int created = 0;
		jdbc.execute("select pg_advisory_xact_lock(7341)");
		for (; !month.isAfter(last); month = month.plusMonths(1)) {
			String name = partitionName(month);
			if (!existing.contains(name)) {
				jdbc.execute("create table if not exists %s partition of reading for values from ('%s') to ('%s')"
					.formatted(name, month + "T00:00:00Z", month.plusMonths(1) + "T00:00:00Z"));
				created++;
			}
		}
		return created;
	}

	List<String> partitions() {
		return client.sql("""
				select c.relname from pg_inherits i join pg_class c on c.oid = i.inhrelid
				join pg_class p on p.oid = i.inhparent where p.relname = 'reading' order by c.relname""")
			.query(String.class)
			.list();
	}

	/**
	 * Drops the monthly partitions that end at or before {@code cutoff}; returns their
	 * names.
	 */
	List<String> dropPartitionsBefore(Instant cutoff) {
		List<String> dropped = new ArrayList<>();
		for (String name : partitions()) {
			Matcher m = PARTITION.matcher(name);
			if (!m.matches()) {
				continue;
			}
			LocalDate end = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), 1).plusMonths(1);
			if (!end.atStartOfDay(ZoneOffset.UTC).toInstant().isAfter(cutoff)) {
				jdbc.execute("drop table " + name);
				dropped.add(name);
			}
		}
		return dropped;
	}

	/**
	 * Rolls the raw readings of [from, to) up into hourly aggregates (recomputing hours
	 * already rolled up).
	 */
	int downsample(Instant from, Instant to) {
		return client.sql("""
				insert into reading_hourly (station_code, metric, hour, n, min_value, max_value, sum_value, last_value)
				select station_code, metric, date_trunc('hour', ts), count(*), min(value), max(value), sum(value),
				       (array_agg(value order by ts desc))[1]
				from reading where ts >= :from and ts < :to
				group by station_code, metric, date_trunc('hour', ts)
				on conflict (station_code, metric, hour) do update
				  set n = excluded.n, min_value = excluded.min_value, max_value = excluded.max_value,
				      sum_value = excluded.sum_value, last_value = excluded.last_value""")
			.param("from", Timestamp.from(from))
			.param("to", Timestamp.from(to))
			.update();
	}

	int deleteHourlyBefore(Instant cutoff) {
		return client.sql("delete from reading_hourly where hour < :cutoff")
			.param("cutoff", Timestamp.from(cutoff))
			.update();
	}

	Instant watermark() {
		return client.sql("select until from telemetry_watermark where name = 'hourly'")
			.query((rs, n) -> rs.getTimestamp(1).toInstant())
			.optional()
			.orElse(null);
	}

	void watermark(Instant until) {
		client.sql("""
				insert into telemetry_watermark (name, until) values ('hourly', :until)
				on conflict (name) do update set until = excluded.until""")
			.param("until", Timestamp.from(until))
			.update();
	}

	Instant oldestReading() {
		return client.sql("select ts from reading order by ts limit 1")
			.query((rs, n) -> rs.getTimestamp(1).toInstant())
			.optional()
			.orElse(null);
	}

}
