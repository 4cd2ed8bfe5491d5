package org.forewarn.organisation;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The 1+11+N command centres, in table {@code command_centre}. */
@Repository
class CommandCentres {

	record CommandCentre(String code, String name, String tier, String sector, String regionCode, String departmentCode,
			String departmentName) {
	}

	private final JdbcClient jdbc;

	CommandCentres(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * City centre first, then the district sub-centres, then the industry sub-centres.
	 */
	List<CommandCentre> all() {
		return jdbc.sql("""
				select c.code, c.name, c.tier, c.sector, c.region_code, c.department_code, d.name as department_name
				from command_centre c join department d on d.code = c.department_code
				order by case c.tier when 'CITY' then 0 when 'DISTRICT' then 1 else 2 end, c.code""")
			.query((rs, n) -> new CommandCentre(rs.getString("code"), rs.getString("name"), rs.getString("tier"),
					rs.getString("sector"), rs.getString("region_code"), rs.getString("department_code"),
					rs.getString("department_name")))
			.list();
	}

}
