package org.forewarn.plan;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.UUID;

import org.forewarn.monitoring.AlarmCleared;
import org.forewarn.monitoring.AlarmId;
import org.forewarn.monitoring.AlarmRaised;
import org.forewarn.monitoring.AlarmSource;
import org.forewarn.monitoring.Severity;
import org.forewarn.monitoring.StationType;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The plan module with the modules it calls (region, organisation, audit, platform) but
 * without monitoring, whose alarms it only hears as events: a {@link Scenario} publishes
 * monitoring's events and waits for the plan module's live conditions to follow, after
 * commit, as they do in the running platform. Monitoring (its broker, rules, station
 * network) is not started; the events are its published API.
 */
@ApplicationModuleTest(extraIncludes = { "platform", "region", "organisation", "audit" })
@TestPropertySource(
		properties = { "forewarn.embedded-db.data-dir=target/test-db/module-plan", "forewarn.embedded-db.clean=true",
				"forewarn.demo.enabled=false", "FOREWARN_LOG_FILE=target/test-logs/module-plan.log" })
class PlanModuleTests {

	@Autowired
	LiveConditions live;

	@Test
	void anAlarmRaisedInMonitoringBecomesALiveConditionOfItsDistrictUntilItIsCleared(Scenario scenario) {
		AlarmId id = new AlarmId(UUID.randomUUID());
		String rule = "RAIN_1H_" + id.value().toString().substring(0, 8);
		AlarmSource gauge = new AlarmSource("RG-PLAN", StationType.RAIN_GAUGE, "计划测试雨量站", null, 22.54, 114.05, "440304",
				"440304010", null, null);
		Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);

		scenario
			.publish(new AlarmRaised(id, "RAINSTORM", Severity.MAJOR, "ORANGE", gauge, rule, "rainfall_1h", 52.0, 50.0,
					now))
			.customize(wait -> wait.atMost(Duration.ofSeconds(20)))
			.andWaitForStateChange(() -> live.activeByRule().getOrDefault(rule, Set.of()),
					districts -> !districts.isEmpty())
			.andVerify(districts -> assertThat(districts).containsExactly("440304"));

		scenario
			.publish(
					new AlarmCleared(id, "RAINSTORM", Severity.MAJOR, gauge, "duty.futian", "雨停", now.plusSeconds(600)))
			.customize(wait -> wait.atMost(Duration.ofSeconds(20)))
			.andWaitForStateChange(() -> live.activeByRule().containsKey(rule), active -> !active)
			.andVerify(active -> assertThat(live.activeByRule()).doesNotContainKey(rule));
	}

}
