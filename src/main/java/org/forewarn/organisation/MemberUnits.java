package org.forewarn.organisation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The departments, in table {@code department}. */
@Repository
class MemberUnits implements Departments {

	private static final String COLUMNS = "code, name, level, region_code, kind";

	private final JdbcClient jdbc;

	MemberUnits(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Optional<DepartmentSummary> find(String code) {
		return jdbc.sql("select " + COLUMNS + " from department where code = :code")
			.param("code", code)
			.query(MemberUnits::map)
			.optional();
	}

	@Override
	public List<DepartmentSummary> ofRegion(String regionCode) {
		return jdbc.sql("select " + COLUMNS + " from department where region_code = :region order by code")
			.param("region", regionCode)
			.query(MemberUnits::map)
			.list();
	}

	List<DepartmentSummary> all(DepartmentLevel level) {
		return jdbc
			.sql("select " + COLUMNS + " from department where (cast(:level as text) is null or level = :level)"
					+ " order by level, region_code, code")
			.param("level", level == null ? null : level.name(), java.sql.Types.VARCHAR)
			.query(MemberUnits::map)
			.list();
	}

	static DepartmentSummary map(ResultSet rs, int row) throws SQLException {
		return new DepartmentSummary(rs.getString("code"), rs.getString("name"),
				DepartmentLevel.valueOf(rs.getString("level")), rs.getString("region_code"),
				DepartmentKind.valueOf(rs.getString("kind")));
	}

}
