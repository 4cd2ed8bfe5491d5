package org.forewarn.organisation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.forewarn.platform.SqlFilter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The reservoirs and rivers, in table {@code managed_object}. */
@Repository
class ManagedObjects implements ManagedObjectCatalogue {

	record Page(List<ManagedObject> content, long totalElements) {
	}

	private static final String COLUMNS = "code, type, name, scale, region_code, region_path, latitude, longitude,"
			+ " flood_limit_level, design_flood_level, warning_level, guarantee_level";

	private final JdbcClient jdbc;

	ManagedObjects(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<ManagedObject> find(String code) {
		return jdbc.sql("select " + COLUMNS + " from managed_object where code = :code")
			.param("code", code)
			.query(ManagedObjects::map)
			.optional();
	}

	@Override
	public List<ManagedObjectSummary> all() {
		return jdbc.sql("select " + COLUMNS + " from managed_object order by code")
			.query(ManagedObjects::map)
			.list()
			.stream()
			.map(ManagedObjects::summary)
			.toList();
	}

	@Override
	public Optional<ManagedObjectSummary> summary(String code) {
		return find(code).map(ManagedObjects::summary);
	}

	private static ManagedObjectSummary summary(ManagedObject o) {
		return new ManagedObjectSummary(o.code(), o.type(), o.name(), o.districtCode(), o.streetCode(),
				o.communityCode(), o.latitude(), o.longitude(), o.floodLimitLevel(), o.designFloodLevel(),
				o.warningLevel(), o.guaranteeLevel());
	}

	/**
	 * A page of objects in the {@code scope} region (null: whole city), optionally of one
	 * type and region.
	 */
	Page search(String scope, ManagedObjectType type, String regionCode, int page, int size) {
		SqlFilter where = new SqlFilter().within("scope", scope)
			.within("region", regionCode)
			.and("type = :type", "type", type);
		long total = jdbc.sql("select count(*) from managed_object" + where)
			.params(where.params())
			.query(Long.class)
			.single();
		List<ManagedObject> content = jdbc
			.sql("select " + COLUMNS + " from managed_object" + where + " order by code limit :limit offset :offset")
			.params(where.params())
			.param("limit", size)
			.param("offset", (long) page * size)
			.query(ManagedObjects::map)
			.list();
		return new Page(content, total);
	}

	Map<ManagedObjectType, Long> counts(String scope) {
		Map<ManagedObjectType, Long> counts = new EnumMap<>(ManagedObjectType.class);
		for (ManagedObjectType type : ManagedObjectType.values()) {
			counts.put(type, 0L);
		}
		jdbc.sql("select type, count(*) as n from managed_object"
				+ (scope == null ? "" : " where :scope = any(region_path)") + " group by type")
			.params(scope == null ? Map.of() : Map.of("scope", scope))
			.query(rs -> {
				counts.put(ManagedObjectType.valueOf(rs.getString("type")), rs.getLong("n"));
			});
		return counts;
	}

	/**
	 * Rebuilds the object from its row; district, street and community come from the
	 * stored ancestry.
	 */
	private static ManagedObject map(ResultSet rs, int row) throws SQLException {
		String[] path = (String[]) rs.getArray("region_path").getArray();
		String district = path.length >= 2 ? path[1] : null;
		String street = path.length >= 3 ? path[2] : rs.getString("region_code");
		return new ManagedObject(rs.getString("code"), ManagedObjectType.valueOf(rs.getString("type")),
				rs.getString("name"), rs.getString("scale"), district, street, path.length >= 4 ? path[3] : null,
				rs.getDouble("latitude"), rs.getDouble("longitude"), rs.getBigDecimal("flood_limit_level"),
				rs.getBigDecimal("design_flood_level"), rs.getBigDecimal("warning_level"),
				rs.getBigDecimal("guarantee_level"));
	}

}
