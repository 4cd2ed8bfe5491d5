package org.forewarn.monitoring;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The alarm rules, table {@code alarm_rule}. */
@Repository
class AlarmRules {

	private final JdbcClient jdbc;

	AlarmRules(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The rules the engine evaluates. */
	List<AlarmRule> active() {
		return query("where active");
	}

	/** Every rule, active or not. */
	List<AlarmRule> all() {
		return query("");
	}

	/** Changes the given settings of a rule; a null leaves that setting as it is. */
	void change(String code, Double threshold, Double clearMargin, Severity severity, Boolean active) {
		jdbc.sql("""
				update alarm_rule set threshold = coalesce(:threshold, threshold),
				  clear_margin = coalesce(:margin, clear_margin), severity = coalesce(:severity, severity),
				  active = coalesce(:active, active)
				where code = :code""")
			.param("threshold", threshold, java.sql.Types.DOUBLE)
			.param("margin", clearMargin, java.sql.Types.DOUBLE)
			.param("severity", severity == null ? null : severity.name(), java.sql.Types.VARCHAR)
			.param("active", active, java.sql.Types.BOOLEAN)
			.param("code", code)
			.update();
	}

	private List<AlarmRule> query(String where) {
		return jdbc.sql("""
				select code, alarm_type, name, station_type, metric, kind, operator, threshold, threshold_ref,
				       window_minutes, clear_margin, severity, signal, hazard_category
				from alarm_rule %s order by alarm_type, severity, code""".formatted(where))
			.query((rs, n) -> new AlarmRule(rs.getString("code"), rs.getString("alarm_type"), rs.getString("name"),
					rs.getString("station_type") == null ? null : StationType.valueOf(rs.getString("station_type")),
					rs.getString("metric"), AlarmRule.Kind.valueOf(rs.getString("kind")),
					"LTE".equals(rs.getString("operator")), (Double) rs.getObject("threshold"),
					rs.getString("threshold_ref"), (Integer) rs.getObject("window_minutes"),
					rs.getDouble("clear_margin"), Severity.valueOf(rs.getString("severity")), rs.getString("signal"),
					rs.getString("hazard_category")))
			.list();
	}

}
