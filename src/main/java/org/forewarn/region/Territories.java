package org.forewarn.region;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;
import org.locationtech.jts.io.WKBWriter;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The stored territory: tables {@code region_territory} and {@code region_area}
 * (migration V10).
 */
@Repository
class Territories {

	/** What is stored: which city, by which derivation version. */
	record Stored(String cityCode, int version, int areaCount, Instant derivedAt) {
	}

	/**
	 * Serialises concurrent first starts of several instances (pg_advisory_xact_lock
	 * key).
	 */
	static final long LOCK = 0x52454749_4F4E0001L;

	private final JdbcClient jdbc;

	private final JdbcTemplate batch;

	Territories(JdbcClient jdbc, JdbcTemplate batch) {
		this.jdbc = jdbc;
		this.batch = batch;
	}

	void lock() {
		jdbc.sql("select pg_advisory_xact_lock(?)").param(LOCK).query((rs, n) -> 1).list();
	}

	Optional<Stored> stored() {
		return jdbc.sql("select city_code, version, area_count, derived_at from region_territory where id = 1")
			.query((rs, n) -> new Stored(rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getTimestamp(4).toInstant()))
			.optional();
	}

	List<Area> areas() {
		WKBReader reader = new WKBReader(TerritoryDerivation.FACTORY);
		return jdbc.sql("""
				select code, name, level, parent_code, derived, center_lon, center_lat, boundary, display_geojson
				from region_area order by position""").query((rs, n) -> area(rs, reader)).list();
	}

	private static Area area(ResultSet rs, WKBReader reader) throws SQLException {
		byte[] wkb = rs.getBytes("boundary");
		double lon = rs.getDouble("center_lon");
		Coordinate center = rs.wasNull() ? null : new Coordinate(lon, rs.getDouble("center_lat"));
		try {
			return new Area(rs.getString("code"), rs.getString("name"), RegionLevel.valueOf(rs.getString("level")),
					rs.getString("parent_code"), rs.getBoolean("derived"), wkb == null ? null : reader.read(wkb),
					rs.getString("display_geojson"), center);
		}
		catch (ParseException ex) {
			throw new IllegalStateException("stored boundary of region " + rs.getString("code") + " is not valid WKB",
					ex);
		}
	}

	/**
	 * Replaces whatever is stored by these areas (parents before children). Call inside a
	 * transaction.
	 */
	void replace(String cityCode, int version, List<Area> areas, Instant now) {
		jdbc.sql("delete from region_territory").update();
		jdbc.sql("delete from region_area").update();
		WKBWriter writer = new WKBWriter();
		List<Integer> positions = IntStream.range(0, areas.size()).boxed().toList();
		batch.batchUpdate("""
				insert into region_area (code, name, level, parent_code, derived, position, center_lon, center_lat,
					boundary, display_geojson) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", positions, 500,
				(ps, position) -> {
					Area area = areas.get(position);
					ps.setString(1, area.code());
					ps.setString(2, area.name());
					ps.setString(3, area.level().name());
					ps.setString(4, area.parentCode());
					ps.setBoolean(5, area.derived());
					ps.setInt(6, position);
					if (area.center() != null) {
						ps.setDouble(7, area.center().x);
						ps.setDouble(8, area.center().y);
					}
					else {
						ps.setNull(7, Types.DOUBLE);
						ps.setNull(8, Types.DOUBLE);
					}
					ps.setBytes(9, area.hasBoundary() ? writer.write(area.boundary()) : null);
					ps.setString(10, area.displayGeoJson());
				});
		jdbc.sql("insert into region_territory (id, city_code, version, area_count, derived_at) values (1, ?, ?, ?, ?)")
			.params(cityCode, version, areas.size(), Timestamp.from(now))
			.update();
	}

}
