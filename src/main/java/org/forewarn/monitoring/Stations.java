package org.forewarn.monitoring;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The stations, in tables {@code station} and {@code sensor}, also held in memory:
 * telemetry is validated against them on every reading, so the ingestion path never asks
 * the database whether a station exists.
 */
@Repository
class Stations {

	private static final String COLUMNS = "code, type, name, latitude, longitude, district_code, street_code,"
			+ " community_code, grid_code, region_path, department_code, object_code, flood_limit_level,"
			+ " design_flood_level, warning_level, guarantee_level";

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	private volatile Map<String, Station> byCode;

	Stations(JdbcClient jdbc, JdbcTemplate template) {
		this.jdbc = jdbc;
		this.template = template;
	}

	private Map<String, Station> stations() {
		Map<String, Station> current = byCode;
		if (current == null) {
			synchronized (this) {
				if (byCode == null) {
					reload();
				}
				current = byCode;
			}
		}
		return current;
	}

	/**
	 * Reads every station into memory (on first use and after stations were registered).
	 */
	synchronized void reload() {
		Map<String, Map<String, Metric>> sensors = new HashMap<>();
		jdbc.sql("select station_code, metric, unit, min_value, max_value from sensor").query(rs -> {
			sensors.computeIfAbsent(rs.getString(1), k -> new HashMap<>())
				.put(rs.getString(2), new Metric(rs.getString(2), rs.getString(3), rs.getDouble(4), rs.getDouble(5)));
		});
		Map<String, Station> all = new LinkedHashMap<>();
		jdbc.sql("select " + COLUMNS + " from station order by code")
			.query((rs, n) -> map(rs, sensors.getOrDefault(rs.getString("code"), Map.of())))
			.list()
			.forEach(s -> all.put(s.code(), s));
		byCode = Map.copyOf(all);
	}

	Optional<Station> find(String code) {
		return Optional.ofNullable(code == null ? null : stations().get(code));
	}

	Map<String, Station> byCode() {
		return stations();
	}

	Collection<Station> all() {
		return stations().values();
	}

	int count() {
		return stations().size();
	}

	/**
	 * Registers stations (and their sensors); a station already registered is left as it
	 * is.
	 */
	int register(List<Station> stations, Instant at) {
		int[][] inserted = template.batchUpdate("""
				insert into station (code, type, name, latitude, longitude, district_code, street_code, community_code,
				  grid_code, region_path, department_code, object_code, flood_limit_level, design_flood_level,
				  warning_level, guarantee_level, created_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing""", stations, 500,
				(ps, s) -> {
					ps.setString(1, s.code());
					ps.setString(2, s.type().name());
					ps.setString(3, s.name());
					ps.setDouble(4, s.latitude());
					ps.setDouble(5, s.longitude());
					ps.setString(6, s.districtCode());
					ps.setString(7, s.streetCode());
					ps.setString(8, s.communityCode());
					ps.setString(9, s.gridCode());
					Array path = ps.getConnection().createArrayOf("text", s.regionPath().toArray());
					ps.setArray(10, path);
					ps.setString(11, s.departmentCode());
					ps.setString(12, s.objectCode());
					ps.setObject(13, decimal(s.floodLimitLevel()));
					ps.setObject(14, decimal(s.designFloodLevel()));
					ps.setObject(15, decimal(s.warningLevel()));
					ps.setObject(16, decimal(s.guaranteeLevel()));
					ps.setTimestamp(17, Timestamp.from(at));
				});
		List<Object[]> sensorRows = new ArrayList<>();
		for (Station s : stations) {
			for (Metric m : s.sensors().values()) {
				sensorRows.add(new Object[] { s.code(), m.name(), m.unit(), m.min(), m.max() });
			}
		}
		template.batchUpdate("insert into sensor (station_code, metric, unit, min_value, max_value)"
				+ " values (?, ?, ?, ?, ?) on conflict do nothing", sensorRows);
		int n = 0;
		for (int[] batch : inserted) {
			for (int count : batch) {
				n += Math.max(count, 0);
			}
		}
		return n;
	}

	private static BigDecimal decimal(Double value) {
		return value == null ? null : BigDecimal.valueOf(value);
	}

	private static Station map(ResultSet rs, Map<String, Metric> sensors) throws SQLException {
		return new Station(rs.getString("code"), StationType.valueOf(rs.getString("type")), rs.getString("name"),
				rs.getDouble("latitude"), rs.getDouble("longitude"), rs.getString("district_code"),
				rs.getString("street_code"), rs.getString("community_code"), rs.getString("grid_code"),
				List.of((String[]) rs.getArray("region_path").getArray()), rs.getString("department_code"),
				rs.getString("object_code"), number(rs, "flood_limit_level"), number(rs, "design_flood_level"),
				number(rs, "warning_level"), number(rs, "guarantee_level"), sensors);
	}

	private static Double number(ResultSet rs, String column) throws SQLException {
		BigDecimal value = rs.getBigDecimal(column);
		return value == null ? null : value.doubleValue();
	}

}
