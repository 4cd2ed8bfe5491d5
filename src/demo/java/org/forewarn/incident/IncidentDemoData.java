package org.forewarn.incident;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.forewarn.incident.Incidents.IncidentRow;
import org.forewarn.incident.Incidents.ReportRow;
import org.forewarn.plan.ResponseLevel;
import org.forewarn.platform.DemoMode;
import org.forewarn.region.Placement;
import org.forewarn.region.Regions;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo incident: a Level II rainstorm flood in Longgang, reported 20 minutes before
 * start-up with its first report, not yet answered — so the console opens on an incident
 * waiting for one-click activation. Written once.
 */
@Component
@Order(90)
class IncidentDemoData implements ApplicationRunner {

	static final UUID DEMO_INCIDENT = UUID.nameUUIDFromBytes("incident:demo:longgang-rainstorm".getBytes());

	private final DemoMode demo;

	private final Incidents incidents;

	private final Regions regions;

	private final TransactionTemplate tx;

	private final Clock clock;

	IncidentDemoData(DemoMode demo, Incidents incidents, Regions regions, TransactionTemplate tx, Clock clock) {
		this.demo = demo;
		this.incidents = incidents;
		this.regions = regions;
		this.tx = tx;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!demo.enabled() || incidents.find(DEMO_INCIDENT).isPresent()) {
			return;
		}
		Placement place = regions.locate(22.7208, 114.2468).orElse(null);
		if (place == null) {
			return; // another city's hierarchy: no Longgang
		}
		Instant now = clock.instant();
		Instant reported = now.minus(Duration.ofMinutes(20));
		tx.executeWithoutResult(s -> {
			incidents.insert(new IncidentRow(DEMO_INCIDENT, "SJ-DEMO-0001", "龙岗区龙城街道暴雨洪涝", "010101", "01",
					ResponseLevel.II, IncidentStatus.REPORTED, 22.7208, 114.2468, place.district().code(),
					place.street() == null ? null : place.street().code(), List.of(place.district().code()), null,
					regions.city().code() + "-YJ", null, reported, "duty.city", reported, 0));
			incidents.insertReport(DEMO_INCIDENT,
					new ReportRow(UUID.nameUUIDFromBytes("incident:demo:first".getBytes()), 1, "FIRST",
							new Facts(1, 4, 2, 15, 600, new BigDecimal("3000000")), "龙城街道多处内涝，1人死亡，2人失踪，15人被困，已转移600人",
							"duty.city", reported.plus(Duration.ofMinutes(12))));
			incidents.appendTimeline(DEMO_INCIDENT, reported, "REPORTED", "事件接报：龙岗区龙城街道暴雨洪涝（暴雨洪涝，II级）", "duty.city");
			incidents.appendTimeline(DEMO_INCIDENT, reported.plus(Duration.ofMinutes(12)), "REPORT",
					"首报：死亡1，受伤4，失踪2，被困15，转移600", "duty.city");
		});
	}

}
