package org.forewarn.notification;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.forewarn.enterprise.WarningPushRequested;
import org.forewarn.hazard.DisposalOrderId;
import org.forewarn.hazard.DisposalOrderSupervised;
import org.forewarn.warning.WarningId;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The notification module with the modules it uses to find and address people (platform,
 * region, organisation, audit, identity, warning), but without hazard and enterprise,
 * whose requests for notices it only hears as their events: a {@link Scenario} publishes
 * them as those modules do, and the notices follow after commit. The people are written
 * into the organisation's table here, since the demo data is off.
 */
@ApplicationModuleTest(extraIncludes = { "platform", "region", "organisation", "audit", "identity", "warning" })
@TestPropertySource(properties = { "forewarn.embedded-db.data-dir=target/test-db/module-notification",
		"forewarn.embedded-db.clean=true", "forewarn.demo.enabled=false",
		"FOREWARN_LOG_FILE=target/test-logs/module-notification.log" })
class NotificationModuleTests {

	static final Duration WAIT = Duration.ofSeconds(20);

	@Autowired
	Notifications notifications;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aSupervisedOrderReachesTheDutyOfficersOfTheLevelAboveOnceAndAsksForAcknowledgementWithinAnHour(
			Scenario scenario) {
		UUID officer = person("DUTY_OFFICER", "440304", null);
		UUID elsewhere = person("DUTY_OFFICER", "440305", null);
		DisposalOrderSupervised supervised = new DisposalOrderSupervised(new DisposalOrderId(UUID.randomUUID()),
				"YH20261207" + (1000 + ThreadLocalRandom.current().nextInt(9000)), "YELLOW", "VERIFY", "440304",
				"440304-RQ", "440304010", "已超期", Instant.now().truncatedTo(ChronoUnit.MILLIS));
		UUID command = commandId(SupervisionNotices.reference(supervised));

		scenario.publish(supervised)
			.customize(wait -> wait.atMost(WAIT))
			.andWaitForStateChange(() -> notifications.countsOf(command).recipients(), n -> n > 0)
			.andVerify(n -> {
				assertThat(recipients(command)).contains(officer).doesNotContain(elsewhere);
				assertThat(
						jdbc.sql("select title || '|' || ack_within_seconds from notification_subject where id = :id")
							.param("id", command)
							.query(String.class)
							.single())
					.isEqualTo("黄色督办：隐患处置单 " + supervised.code() + "|3600");
			});

		// the event published again (a replay after a crash) notifies nobody twice
		long before = notifications.countsOf(command).recipients();
		scenario.publish(supervised)
			.customize(wait -> wait.atMost(WAIT))
			.andWaitForStateChange(() -> completedPublications(supervised.code()), n -> n >= 2)
			.andVerify(n -> assertThat(notifications.countsOf(command).recipients()).isEqualTo(before));
		// under the id the reaction had in the hazard module, so publications stored
		// before the move still find it
		assertThat(jdbc.sql("select distinct listener_id from event_publication where serialized_event like :t")
			.param("t", "%" + supervised.code() + "%")
			.query(String.class)
			.list())
			.containsExactly("org.forewarn.hazard.SupervisionNotices.on(org.forewarn.hazard.DisposalOrderSupervised)");
	}

	@Test
	void aWarningPushedToAnEnterpriseReachesItsRegisteredContactsUnderTheEnterprisesReference(Scenario scenario) {
		UUID contact = person("HANDLER", "440304", null);
		WarningPushRequested push = new WarningPushRequested(uscc(), new WarningId(UUID.randomUUID()), 2,
				"【一企一码】暴雨橙色预警：福田区", "本预警覆盖贵单位所在地，请落实防范措施。", List.of(contact), "440304", "duty.futian");
		UUID command = commandId("enterprise-warning:" + push.warning() + ":2:" + push.uscc());

		scenario.publish(push)
			.customize(wait -> wait.atMost(WAIT))
			.andWaitForStateChange(() -> recipients(command), list -> !list.isEmpty())
			.andVerify(list -> {
				assertThat(list).containsExactly(contact);
				assertThat(jdbc.sql("select ack_within_seconds from notification_subject where id = :id")
					.param("id", command)
					.query(Integer.class)
					.optional()).isEmpty();
			});
	}

	/**
	 * The contacts' persons can be gone by the time the push is delivered. Sending it
	 * would never succeed, so it is audited as refused and its publication completes
	 * instead of being retried at every start.
	 */
	@Test
	void aPushNamingNobodyKnownIsAuditedAsRefusedAndNotLeftForRetry(Scenario scenario) {
		WarningPushRequested push = new WarningPushRequested(uscc(), new WarningId(UUID.randomUUID()), 1,
				"【一企一码】台风蓝色预警", "请落实防范措施。", List.of(UUID.randomUUID()), "440304", "duty.futian");

		scenario.publish(push)
			.customize(wait -> wait.atMost(WAIT))
			.andWaitForStateChange(() -> jdbc.sql("""
					select count(*) from audit_event where action = 'enterprise.warning-push' and outcome = 'refused'
					and details like :uscc""").param("uscc", push.uscc() + "%").query(Long.class).single(), n -> n > 0)
			.andVerify(n -> {
				assertThat(n).isEqualTo(1);
				await().atMost(WAIT).until(() -> completedPublications(push.uscc()) == 1);
				assertThat(
						notifications.countsOf(commandId("enterprise-warning:" + push.warning() + ":1:" + push.uscc()))
							.recipients())
					.isZero();
			});
	}

	private UUID person(String role, String regionCode, String departmentCode) {
		UUID id = UUID.randomUUID();
		String[] path = regionCode.length() == 6 ? new String[] { "440300", regionCode }
				: new String[] { "440300", regionCode.substring(0, 6), regionCode };
		jdbc.sql("""
				insert into person (id, name, role, region_code, region_path, department_code, phone, created_at)
				values (:id, :name, :role, :region, :path, :department, :phone, now())""")
			.param("id", id)
			.param("name", "测试" + id.toString().substring(0, 4))
			.param("role", role)
			.param("region", regionCode)
			.param("path", path)
			.param("department", departmentCode)
			.param("phone", "139" + (10_000_000 + ThreadLocalRandom.current().nextInt(89_999_999)))
			.update();
		return id;
	}

	private List<UUID> recipients(UUID subject) {
		return jdbc.sql("select person_id from notification where subject_id = :id")
			.param("id", subject)
			.query(UUID.class)
			.list();
	}

	private long completedPublications(String text) {
		return jdbc
			.sql("""
					select count(*) from event_publication where completion_date is not null and serialized_event like :t""")
			.param("t", "%" + text + "%")
			.query(Long.class)
			.single();
	}

	private static UUID commandId(String reference) {
		return UUID.nameUUIDFromBytes(("command:" + reference).getBytes(StandardCharsets.UTF_8));
	}

	private static String uscc() {
		return "91440300" + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase();
	}

}
