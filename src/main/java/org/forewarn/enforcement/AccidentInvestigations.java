package org.forewarn.enforcement;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Accident investigations 事故调查 with their own number, linked to at most one case code.
 */
@Repository
class AccidentInvestigations {

	record Investigation(UUID id, String number, String uscc, String enterprise, String districtCode, String title,
			Instant occurredAt, int deaths, int injuries, String description, String caseCode, String status,
			String openedBy, Instant openedAt) {

		/**
		 * How much it weighs for the enterprise's risk: a death 3, an injury 2, otherwise
		 * 1.
		 */
		int severity() {
			return deaths > 0 ? 3 : injuries > 0 ? 2 : 1;
		}
	}

	private static final String COLUMNS = """
			id, number, uscc, enterprise, district_code, title, occurred_at, deaths, injuries, description, case_code,
			status, opened_by, opened_at""";

	private final JdbcClient jdbc;

	AccidentInvestigations(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(Investigation i) {
		jdbc.sql(
				"""
						insert into accident_investigation (id, number, uscc, enterprise, district_code, title, occurred_at,
						    deaths, injuries, description, case_code, status, opened_by, opened_at)
						values (:id, :number, :uscc, :enterprise, :district, :title, :occurred, :deaths, :injuries, :description,
						    :case, :status, :by, :at)""")
			.param("id", i.id())
			.param("number", i.number())
			.param("uscc", i.uscc())
			.param("enterprise", i.enterprise())
			.param("district", i.districtCode())
			.param("title", i.title())
			.param("occurred", Timestamp.from(i.occurredAt()))
			.param("deaths", i.deaths())
			.param("injuries", i.injuries())
			.param("description", i.description())
			.param("case", i.caseCode())
			.param("status", i.status())
			.param("by", i.openedBy())
			.param("at", Timestamp.from(i.openedAt()))
			.update();
	}

	/** Links the investigation to a case code, once; false if it already has one. */
	boolean link(String number, String caseCode) {
		return jdbc
			.sql("update accident_investigation set case_code = :code where number = :number and case_code is null")
			.param("code", caseCode)
			.param("number", number)
			.update() == 1;
	}

	Optional<Investigation> byNumber(String number) {
		return jdbc.sql("select " + COLUMNS + " from accident_investigation where number = :number")
			.param("number", number)
			.query((rs, n) -> investigation(rs))
			.optional();
	}

	Optional<Investigation> ofCase(String caseCode) {
		return jdbc.sql("select " + COLUMNS + " from accident_investigation where case_code = :code")
			.param("code", caseCode)
			.query((rs, n) -> investigation(rs))
			.optional();
	}

	List<Investigation> list(Optional<List<String>> districts, int limit, int offset) {
		var spec = jdbc
			.sql("select " + COLUMNS + " from accident_investigation"
					+ (districts.isPresent() ? " where district_code = any(:districts)" : "")
					+ " order by opened_at desc, number desc limit :limit offset :offset")
			.param("limit", limit)
			.param("offset", offset);
		if (districts.isPresent()) {
			spec = spec.param("districts", districts.get().toArray(String[]::new));
		}
		return spec.query((rs, n) -> investigation(rs)).list();
	}

	private static Investigation investigation(ResultSet rs) throws SQLException {
		return new Investigation(rs.getObject("id", UUID.class), rs.getString("number"), rs.getString("uscc"),
				rs.getString("enterprise"), rs.getString("district_code"), rs.getString("title"),
				rs.getTimestamp("occurred_at").toInstant(), rs.getInt("deaths"), rs.getInt("injuries"),
				rs.getString("description"), rs.getString("case_code"), rs.getString("status"),
				rs.getString("opened_by"), rs.getTimestamp("opened_at").toInstant());
	}

}
