package org.forewarn.enterprise;

import java.util.List;

import org.forewarn.monitoring.AlarmCleared;
import org.forewarn.monitoring.AlarmRaised;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Monitoring alarms at or near an enterprise's site (within {@value #RADIUS_METRES} m of
 * the station) become facts on its profile while they are active; an active alarm adds to
 * the risk score.
 */
@Component
class SiteAlarms {

	static final int RADIUS_METRES = 300;

	private final FactIntake intake;

	private final JdbcClient jdbc;

	SiteAlarms(FactIntake intake, JdbcClient jdbc) {
		this.intake = intake;
		this.jdbc = jdbc;
	}

	@ApplicationModuleListener
	void on(AlarmRaised event) {
		if ("NO_DATA".equals(event.type())) {
			return; // a silent station says nothing about the site
		}
		var source = event.source();
		for (String uscc : near(source.latitude(), source.longitude())) {
			intake.link(new Facts.Fact(LinkedKind.ALARM, event.alarmId() + "/" + uscc, uscc,
					"监测告警：" + source.stationName() + " " + event.type()
							+ (event.value() == null ? "" : "（" + event.metric() + " " + event.value() + "）"),
					"ACTIVE", true, switch (event.severity().name()) {
						case "CRITICAL", "RED" -> 3;
						case "MAJOR", "ORANGE" -> 2;
						default -> 1;
					}, event.observedAt(), null, "/monitoring", null));
		}
	}

	@ApplicationModuleListener
	void on(AlarmCleared event) {
		List<Facts.Fact> open = jdbc
			.sql("select " + Facts.COLUMNS
					+ " from enterprise_fact where kind = 'ALARM' and reference like :r and open")
			.param("r", event.alarmId() + "/%")
			.query(Facts::map)
			.list();
		for (Facts.Fact f : open) {
			intake.link(new Facts.Fact(f.kind(), f.reference(), f.uscc(), f.title(), "CLEARED", false, f.severity(),
					f.at(), null, f.link(), f.detail()));
		}
	}

	/**
	 * Enterprises within the radius: a bounding box on the indexes, then the distance.
	 */
	List<String> near(double lat, double lon) {
		double dLat = RADIUS_METRES / 111_320.0;
		double dLon = dLat / Math.cos(Math.toRadians(lat));
		return jdbc.sql("""
				select uscc from enterprise
				where latitude between :lat0 and :lat1 and longitude between :lon0 and :lon1
				order by uscc limit 200""")
			.param("lat0", lat - dLat)
			.param("lat1", lat + dLat)
			.param("lon0", lon - dLon)
			.param("lon1", lon + dLon)
			.query(String.class)
			.list()
			.stream()
			.map(String::strip)
			.toList();
	}

}
