package org.forewarn.resource;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.forewarn.platform.SqlFilter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The resources, in table {@code resource}, and the type code table
 * {@code resource_type}.
 */
@Repository
class Resources {

	static final String COLUMNS = "id, kind, type_code, name, warehouse_id, region_code, department_code, latitude,"
			+ " longitude, quantity, unit, capacity, occupancy, status, phone, details, version";

	record ResourceType(String code, ResourceKind kind, String nameZh, String nameEn, String unit) {
	}

	/**
	 * A search; null fields do not filter. {@code scope}: the caller's region (null:
	 * whole city).
	 */
	record Search(String scope, ResourceKind kind, String typeCode, String regionCode, String q, Boolean available,
			UUID warehouseId) {
	}

	record Page(List<Resource> content, long totalElements) {
	}

	/** Where a dispatchable resource is, for the nearest-resource index. */
	record Position(UUID id, ResourceKind kind, String typeCode, double latitude, double longitude) {
	}

	private final JdbcClient jdbc;

	private volatile Map<String, ResourceType> types;

	Resources(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Map<String, ResourceType> types() {
		Map<String, ResourceType> loaded = types;
		if (loaded == null) {
			Map<String, ResourceType> map = new LinkedHashMap<>();
			jdbc.sql("select code, kind, name_zh, name_en, unit from resource_type order by kind, code")
				.query((rs, n) -> new ResourceType(rs.getString(1), ResourceKind.valueOf(rs.getString(2)),
						rs.getString(3), rs.getString(4), rs.getString(5)))
				.list()
				.forEach(t -> map.put(t.code(), t));
			types = loaded = Map.copyOf(map);
		}
		return loaded;
	}

	Optional<Resource> find(UUID id) {
		return jdbc.sql("select " + COLUMNS + " from resource where id = :id")
			.param("id", id)
			.query(Resources::map)
			.optional();
	}

	/** The row locked for update until the transaction ends. */
	Optional<Resource> lock(UUID id) {
		return jdbc.sql("select " + COLUMNS + " from resource where id = :id for update")
			.param("id", id)
			.query(Resources::map)
			.optional();
	}

	Page search(Search search, int page, int size) {
		SqlFilter where = new SqlFilter().within("scope", search.scope())
			.within("region", search.regionCode())
			.and("kind = :kind", "kind", search.kind())
			.and("type_code = :type", "type", search.typeCode())
			.and("warehouse_id = :warehouse", "warehouse", search.warehouseId())
			.and(Boolean.TRUE.equals(search.available()),
					"((kind = 'SUPPLY' and quantity > 0) or (kind = 'SHELTER' and occupancy < capacity)"
							+ " or (kind in ('TEAM', 'EXPERT', 'VEHICLE') and status = 'AVAILABLE'))")
			.containing("name", "q", search.q());
		long total = jdbc.sql("select count(*) from resource" + where)
			.params(where.params())
			.query(Long.class)
			.single();
		List<Resource> content = jdbc
			.sql("select " + COLUMNS + " from resource" + where
					+ " order by region_code, name, id limit :limit offset :offset")
			.params(where.params())
			.param("limit", size)
			.param("offset", (long) page * size)
			.query(Resources::map)
			.list();
		return new Page(content, total);
	}

	/**
	 * Every dispatchable resource's position (warehouses are found through their
	 * supplies).
	 */
	List<Position> positions() {
		return jdbc.sql("select id, kind, type_code, latitude, longitude from resource where kind <> 'WAREHOUSE'")
			.query((rs, n) -> new Position(rs.getObject(1, UUID.class), ResourceKind.valueOf(rs.getString(2)),
					rs.getString(3), rs.getDouble(4), rs.getDouble(5)))
			.list();
	}

	/**
	 * These resources, keyed by id, when available now (unknown or unavailable ids are
	 * left out).
	 */
	Map<UUID, Resource> availableAmong(List<UUID> ids) {
		Map<UUID, Resource> found = new LinkedHashMap<>();
		if (ids.isEmpty()) {
			return found;
		}
		jdbc.sql("select " + COLUMNS + " from resource where id = any(cast(:ids as uuid[]))")
			.param("ids", ids.toArray(UUID[]::new))
			.query(Resources::map)
			.list()
			.stream()
			.filter(r -> r.available() > 0)
			.forEach(r -> found.put(r.id(), r));
		return found;
	}

	/**
	 * [id, kind, typeCode, lat, lon, available, name] of one kind (or all), optionally
	 * within a region.
	 */
	List<Object[]> points(ResourceKind kind, String region) {
		SqlFilter where = new SqlFilter().and("kind = :kind", "kind", kind).within("region", region);
		return jdbc.sql("select " + COLUMNS + " from resource" + where)
			.params(where.params())
			.query(Resources::map)
			.list()
			.stream()
			.map(r -> new Object[] { r.id(), r.kind(), r.typeCode(), r.latitude(), r.longitude(), r.available(),
					r.name() })
			.toList();
	}

	void insert(Resource r, String[] regionPath, Instant now) {
		jdbc.sql(
				"""
						insert into resource (id, kind, type_code, name, warehouse_id, region_code, region_path, department_code,
						    latitude, longitude, quantity, unit, capacity, occupancy, status, phone, details, updated_at)
						values (:id, :kind, :type, :name, :warehouse, :region, :path, :department, :lat, :lon, :quantity, :unit,
						    :capacity, :occupancy, :status, :phone, :details, :at)""")
			.param("id", r.id())
			.param("kind", r.kind().name())
			.param("type", r.typeCode())
			.param("name", r.name())
			.param("warehouse", r.warehouseId(), Types.OTHER)
			.param("region", r.regionCode())
			.param("path", regionPath)
			.param("department", r.departmentCode(), Types.VARCHAR)
			.param("lat", r.latitude())
			.param("lon", r.longitude())
			.param("quantity", r.quantity())
			.param("unit", r.unit())
			.param("capacity", r.capacity(), Types.INTEGER)
			.param("occupancy", r.occupancy(), Types.INTEGER)
			.param("status", r.status())
			.param("phone", r.phone(), Types.VARCHAR)
			.param("details", r.details(), Types.VARCHAR)
			.param("at", Timestamp.from(now))
			.update();
	}

	/**
	 * Writes the editable fields if the version still matches; false when someone else
	 * changed it first.
	 */
	boolean update(Resource r, Instant now) {
		return jdbc.sql("""
				update resource set name = :name, quantity = :quantity, capacity = :capacity, occupancy = :occupancy,
				    status = :status, phone = :phone, details = :details, version = version + 1, updated_at = :at
				 where id = :id and version = :version""")
			.param("id", r.id())
			.param("version", r.version())
			.param("name", r.name())
			.param("quantity", r.quantity())
			.param("capacity", r.capacity(), Types.INTEGER)
			.param("occupancy", r.occupancy(), Types.INTEGER)
			.param("status", r.status())
			.param("phone", r.phone(), Types.VARCHAR)
			.param("details", r.details(), Types.VARCHAR)
			.param("at", Timestamp.from(now))
			.update() == 1;
	}

	/**
	 * Takes {@code amount} of the resource in one conditional statement, so that two
	 * requests racing for the last tents or the same team cannot both win: false when it
	 * is not (or no longer) there.
	 */
	boolean take(Resource r, int amount, Instant now) {
		String sql = switch (r.kind()) {
			case SUPPLY -> "update resource set quantity = quantity - :n, version = version + 1, updated_at = :at"
					+ " where id = :id and quantity >= :n";
			case SHELTER -> "update resource set occupancy = occupancy + :n, version = version + 1, updated_at = :at"
					+ " where id = :id and occupancy + :n <= capacity";
			case TEAM, EXPERT, VEHICLE -> "update resource set status = 'BUSY', version = version + 1, updated_at = :at"
					+ " where id = :id and status = 'AVAILABLE' and :n > 0";
			case WAREHOUSE ->
				throw new IllegalArgumentException("a warehouse is not dispatched; dispatch its supplies");
		};
		return jdbc.sql(sql).param("id", r.id()).param("n", amount).param("at", Timestamp.from(now)).update() == 1;
	}

	/** Gives {@code amount} back (stock returned, shelter places freed, team home). */
	void giveBack(Resource r, int amount, Instant now) {
		String sql = switch (r.kind()) {
			case SUPPLY ->
				"update resource set quantity = quantity + :n, version = version + 1, updated_at = :at where id = :id";
			case SHELTER -> "update resource set occupancy = greatest(0, occupancy - :n), version = version + 1,"
					+ " updated_at = :at where id = :id";
			case TEAM, EXPERT, VEHICLE -> "update resource set status = 'AVAILABLE', version = version + 1,"
					+ " updated_at = :at where id = :id and status = 'BUSY' and :n >= 0";
			case WAREHOUSE -> throw new IllegalArgumentException("a warehouse is not dispatched");
		};
		jdbc.sql(sql).param("id", r.id()).param("n", amount).param("at", Timestamp.from(now)).update();
	}

	static Resource map(ResultSet rs, int row) throws SQLException {
		return new Resource(rs.getObject("id", UUID.class), ResourceKind.valueOf(rs.getString("kind")),
				rs.getString("type_code"), rs.getString("name"), rs.getObject("warehouse_id", UUID.class),
				rs.getString("region_code"), rs.getString("department_code"), rs.getDouble("latitude"),
				rs.getDouble("longitude"), rs.getInt("quantity"), rs.getString("unit"),
				(Integer) rs.getObject("capacity"), (Integer) rs.getObject("occupancy"), rs.getString("status"),
				rs.getString("phone"), rs.getString("details"), rs.getInt("version"));
	}

	static List<UUID> ids(List<Resource> resources) {
		List<UUID> ids = new ArrayList<>(resources.size());
		resources.forEach(r -> ids.add(r.id()));
		return ids;
	}

}
