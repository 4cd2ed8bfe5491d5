package org.forewarn.organisation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The committees and their member units, in tables {@code committee} and
 * {@code committee_member}.
 */
@Repository
class Committees {

	record Committee(String code, String kind, String name, DepartmentLevel level, String regionCode,
			String officeDepartmentCode, int memberCount) {
	}

	record MemberUnit(String code, String name, DepartmentKind kind, String position) {
	}

	private static final String SELECT = """
			select c.code, c.kind, c.name, c.level, c.region_code, c.office_department_code,
			       (select count(*) from committee_member m where m.committee_code = c.code) as members
			from committee c""";

	private final JdbcClient jdbc;

	Committees(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Committee> all() {
		return jdbc.sql(SELECT + " order by c.level, c.region_code, c.code").query(Committees::map).list();
	}

	Optional<Committee> find(String code) {
		return jdbc.sql(SELECT + " where c.code = :code").param("code", code).query(Committees::map).optional();
	}

	/** The member units, the office (办公室, the emergency bureau) first. */
	List<MemberUnit> members(String committeeCode) {
		return jdbc.sql("""
				select d.code, d.name, d.kind, m.position from committee_member m
				join department d on d.code = m.department_code
				where m.committee_code = :code order by m.position desc, d.code""")
			.param("code", committeeCode)
			.query((rs, n) -> new MemberUnit(rs.getString("code"), rs.getString("name"),
					DepartmentKind.valueOf(rs.getString("kind")), rs.getString("position")))
			.list();
	}

	private static Committee map(ResultSet rs, int n) throws SQLException {
		return new Committee(rs.getString("code"), rs.getString("kind"), rs.getString("name"),
				DepartmentLevel.valueOf(rs.getString("level")), rs.getString("region_code"),
				rs.getString("office_department_code"), rs.getInt("members"));
	}

}
