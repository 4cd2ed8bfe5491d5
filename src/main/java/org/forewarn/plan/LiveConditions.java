package org.forewarn.plan;

import java.sql.Timestamp;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.forewarn.monitoring.AlarmCleared;
import org.forewarn.monitoring.AlarmRaised;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The live conditions scenarios can name: monitoring's active alarms by rule and
 * district, kept from its events (table {@code plan_live_alarm}) so matching never reads
 * another module's tables.
 */
@Component
class LiveConditions {

	private final JdbcClient jdbc;

	LiveConditions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@ApplicationModuleListener
	void on(AlarmRaised raised) {
		jdbc.sql("""
				insert into plan_live_alarm (alarm_id, type, rule_code, district_code, object_code, raised_at)
				values (:id, :type, :rule, :district, :object, :at)
				on conflict (alarm_id) do update set rule_code = excluded.rule_code""")
			.param("id", raised.alarmId().value())
			.param("type", raised.type())
			.param("rule", raised.ruleCode())
			.param("district", raised.source() == null ? null : raised.source().districtCode())
			.param("object", raised.source() == null ? null : raised.source().objectCode())
			.param("at", Timestamp.from(raised.observedAt()))
			.update();
	}

	@ApplicationModuleListener
	void on(AlarmCleared cleared) {
		jdbc.sql("delete from plan_live_alarm where alarm_id = :id").param("id", cleared.alarmId().value()).update();
	}

	/** For each rule code with an active alarm, the districts it is active in. */
	Map<String, Set<String>> activeByRule() {
		Map<String, Set<String>> map = new HashMap<>();
		jdbc.sql(
				"select rule_code, district_code from plan_live_alarm where rule_code is not null and district_code is not null")
			.query((java.sql.ResultSet rs) -> {
				map.computeIfAbsent(rs.getString(1), k -> new TreeSet<>()).add(rs.getString(2));
			});
		return map;
	}

}
