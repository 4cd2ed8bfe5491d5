package org.forewarn.hazard;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.forewarn.PlatformIntegrationTest;
import org.forewarn.monitoring.AlarmId;
import org.forewarn.monitoring.HazardSensed;
import org.forewarn.monitoring.Severity;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The monitoring module announces an alarm that calls for a hazard report with its own
 * {@link HazardSensed}; the hazard loop takes it in after the sensing transaction commits
 * and decides the grade itself.
 */
@PlatformIntegrationTest
class HazardSensedIntegrationTests {

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aCriticalGasAlarmBecomesAMajorIotReportRoutedToTheGasRegulator() {
		AlarmId alarm = sense(Severity.CRITICAL, 22.5500, 114.0610);

		Map<String, Object> order = awaitOrderOf(alarm);
		assertThat(order).containsEntry("channel", "IOT_ALARM")
			.containsEntry("grade", "MAJOR")
			.containsEntry("department_code", "440300-RQ");
	}

	@Test
	void aLesserAlarmBecomesAGeneralReportAndAReplayOpensNoSecond() {
		AlarmId alarm = sense(Severity.MAJOR, 22.5400, 114.0700);
		assertThat(awaitOrderOf(alarm)).containsEntry("grade", "GENERAL");

		publish(alarm, Severity.MAJOR, 22.5400, 114.0700); // a replay, e.g. republished
															// after a restart
		await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql("""
				select count(*) filter (where completion_date is not null) from event_publication
				where serialized_event like :id""").param("id", "%" + alarm + "%").query(Long.class).single() == 2);
		assertThat(count("alarm:" + alarm)).isEqualTo(1);
	}

	/**
	 * Far apart, so that no test's report is linked to another's open order as a
	 * duplicate.
	 */
	private AlarmId sense(Severity severity, double latitude, double longitude) {
		AlarmId alarm = new AlarmId(UUID.randomUUID());
		publish(alarm, severity, latitude, longitude);
		return alarm;
	}

	private void publish(AlarmId alarm, Severity severity, double latitude, double longitude) {
		transactions.executeWithoutResult(status -> events.publishEvent(new HazardSensed(alarm, "GAS", severity,
				latitude, longitude, "可燃气体浓度超限 25%LEL（告警 " + alarm + "）", Instant.now())));
	}

	private Map<String, Object> awaitOrderOf(AlarmId alarm) {
		return await().atMost(Duration.ofSeconds(20))
			.until(() -> jdbc
				.sql("""
						select r.channel, o.grade, o.department_code from hazard_report r join disposal_order o on r.order_id = o.id
						where r.external_ref = :ref""")
				.param("ref", "alarm:" + alarm)
				.query()
				.listOfRows(), rows -> !rows.isEmpty())
			.getFirst();
	}

	private long count(String externalRef) {
		return jdbc.sql("select count(*) from hazard_report where channel = 'IOT_ALARM' and external_ref = :ref")
			.param("ref", externalRef)
			.query(Long.class)
			.single();
	}

}
