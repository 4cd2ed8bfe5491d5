package org.forewarn.notification;

import static org.awaitility.Awaitility.await;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.jayway.jsonpath.JsonPath;
import com.sun.net.httpserver.HttpServer;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.forewarn.MovableClock;
import org.forewarn.PlatformIntegrationTest;
import org.forewarn.organisation.People;
import org.forewarn.organisation.PersonRole;
import org.forewarn.region.RegionLevel;
import org.forewarn.region.RegionSummary;
import org.forewarn.region.Regions;
import org.forewarn.warning.WarningId;
import org.forewarn.warning.WarningTestApi;
import org.forewarn.warning.Warnings;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Warnings reaching people, on the real database with the demo organisation: exact
 * targeting, the live stream, acknowledgement, retry and fallback to e-mail (a stub SMS
 * gateway and GreenMail on free ports), escalation with the movable clock, commands.
 */
@PlatformIntegrationTest
class NotificationIntegrationTests {

	static final String FUTIAN = "440304";
	static final String FUBAO = "440304010";
	static final String SHATOU = "440304005";
	static final String PASSWORD = "Correct-Horse-Battery-9";

	static HttpServer sms;
	static final AtomicInteger smsStatus = new AtomicInteger(200);
	static final List<String> smsBodies = new CopyOnWriteArrayList<>();
	static GreenMail mail;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MovableClock clock;

	@Autowired
	Deliveries deliveries;

	@Autowired
	EscalationSweep escalation;

	@Autowired
	DeliveryWatch watch;

	@Autowired
	NotificationDesk desk;

	@Autowired
	Notifications notifications;

	@Autowired
	Warnings warnings;

	@Autowired
	People people;

	@Autowired
	Regions regions;

	WarningTestApi api;

	@BeforeAll
	static void servers() throws Exception {
		sms = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		sms.createContext("/sms", exchange -> {
			smsBodies.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
			exchange.sendResponseHeaders(smsStatus.get(), -1);
			exchange.close();
		});
		sms.start();
		mail = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
		mail.start();
	}

	@AfterAll
	static void stopServers() {
		sms.stop(0);
		mail.stop();
	}

	@BeforeEach
	void api() {
		api = new WarningTestApi(mvc);
	}

	@AfterEach
	void reset() throws Exception {
		clock.reset();
		smsStatus.set(200);
		channel("SMS", "{\"enabled\":false}");
		channel("EMAIL", "{\"enabled\":false}");
	}

	@Test
	void aWarningForTwoFutianStreetsReachesExactlyTheResponsiblePersonsOfThoseStreets() throws Exception {
		Set<UUID> expected = responsiblePersonsOf(FUBAO, SHATOU);
		assertThat(expected).hasSizeGreaterThan(100);
		UUID id = api.draft("duty.futian", WarningTestApi.form("11B03", "YELLOW", inHours(6), FUBAO, SHATOU));

		// the preview, before issue: the same count, all in Futian, by role
		api.as("duty.futian", get("/api/warnings/" + id + "/recipients/preview"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(expected.size()))
			.andExpect(jsonPath("$.byDistrict.length()").value(1))
			.andExpect(jsonPath("$.byDistrict[0].code").value(FUTIAN))
			.andExpect(jsonPath("$.byDistrict[0].name").value("福田区"))
			.andExpect(jsonPath("$.byRole.AREA_ADMINISTRATIVE").isNumber());
		api.as("duty.nanshan", get("/api/warnings/" + id + "/recipients/preview")).andExpect(status().isForbidden());
		assertThat(notices(id)).isZero();

		api.move("duty.city", id, "approve").andExpect(status().isOk());
		api.move("duty.futian", id, "issue").andExpect(status().isOk());
		eventually(() -> notices(id) == expected.size());
		assertThat(jdbc.sql("select person_id from notification where subject_id = :id")
			.param("id", id)
			.query(UUID.class)
			.set()).isEqualTo(expected);
		assertThat(deliveries.awaitIdle(Duration.ofSeconds(30))).isTrue();
		eventually(() -> sent(id) == expected.size()); // no external channel configured:
														// the inbox took them all

		// a retried issue and a replayed event notify nobody twice
		api.move("duty.futian", id, "issue").andExpect(header().string("Idempotent-Replayed", "true"));
		assertThat(desk.fanOut(warnings.find(new WarningId(id)).orElseThrow(), "test")).isZero();
		assertThat(notices(id)).isEqualTo(expected.size());
		api.as("duty.futian", get("/api/warnings/" + id + "/delivery"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.recipients").value(expected.size()))
			.andExpect(jsonPath("$.sent").value(expected.size()))
			.andExpect(jsonPath("$.byDistrict[0].code").value(FUTIAN));
	}

	@Test
	void theRecipientSeesTheWarningOnTheStreamAcknowledgesItAndTheCountsFollowLive() throws Exception {
		UUID person = firstPerson("AREA_ADMINISTRATIVE", FUBAO);
		String user = account("resp.fubao.stream", person, FUBAO);
		MvcResult stream = mvc.perform(get("/api/me/notifications/stream").header("Authorization", "Bearer " + user))
			.andExpect(request().asyncStarted())
			.andReturn();

		UUID id = api.issued("duty.futian", "duty.city", WarningTestApi.form("11B03", "ORANGE", inHours(3), FUBAO));
		eventually(() -> content(stream).contains("event:notification") && content(stream).contains(id.toString()));

		MvcResult counts = api.as("duty.futian", get("/api/warnings/" + id + "/delivery/stream"))
			.andExpect(request().asyncStarted())
			.andReturn();
		assertThat(content(counts)).contains("event:delivery");

		String inbox = mvc.perform(get("/api/me/notifications").header("Authorization", "Bearer " + user))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		List<String> ids = JsonPath.read(inbox, "$[?(@.subjectId == '" + id + "')].id");
		assertThat(ids).hasSize(1);
		String notice = ids.getFirst();
		assertThat((List<String>) JsonPath.read(inbox, "$[?(@.subjectId == '" + id + "')].status"))
			.containsExactly("DELIVERED");

		api.as("reservoir.person", post("/api/notifications/" + notice + "/acknowledge"))
			.andExpect(status().isForbidden());
		mvc.perform(post("/api/notifications/" + notice + "/acknowledge").header("Authorization", "Bearer " + user))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("ACKNOWLEDGED"))
			.andExpect(header().string("Idempotent-Replayed", "false"));
		mvc.perform(post("/api/notifications/" + notice + "/acknowledge").header("Authorization", "Bearer " + user))
			.andExpect(status().isOk())
			.andExpect(header().string("Idempotent-Replayed", "true"));
		watch.publish();
		assertThat(content(counts)).contains("\"acknowledged\":1");
		api.as("duty.futian", get("/api/warnings/" + id + "/delivery"))
			.andExpect(jsonPath("$.acknowledged").value(1))
			.andExpect(jsonPath("$.delivered").value(org.hamcrest.Matchers.greaterThanOrEqualTo(1)));
		assertThat(
				jdbc.sql("select count(*) from audit_event where action = 'notification.acknowledge' and target = :t")
					.param("t", "notification:" + notice)
					.query(Long.class)
					.single())
			.isEqualTo(1);

		// an update (colour up) is a new revision: the same row, to be acknowledged
		// again, pushed again
		api.as("duty.futian", post("/api/warnings/" + id + "/update").contentType(MediaType.APPLICATION_JSON)
			.content(WarningTestApi.form("11B03", "RED", inHours(3), FUBAO))).andExpect(status().isOk());
		eventually(() -> jdbc.sql("select revision from notification where id = :n")
			.param("n", UUID.fromString(notice))
			.query(Integer.class)
			.single() == 2);
		assertThat(jdbc.sql("select acknowledged_at is null from notification where id = :n")
			.param("n", UUID.fromString(notice))
			.query(Boolean.class)
			.single()).isTrue();
		eventually(() -> content(stream).split("id:" + notice).length > 2);
	}

	@Test
	void aFailingSmsGatewayIsRetriedWithBackOffThenEmailTakesOver() throws Exception {
		UUID person = firstPerson("AREA_ADMINISTRATIVE", "440304008");
		String community = jdbc.sql("select responsible_for from person where id = :p")
			.param("p", person)
			.query(String.class)
			.single();
		String user = account("resp.lianhua.mail", person, community);
		mvc.perform(put("/api/me/contact-points").header("Authorization", "Bearer " + user)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"email\":\"lianhua@test.local\"}")).andExpect(status().isOk());
		smsStatus.set(500);
		channel("SMS", "{\"enabled\":true,\"url\":\"http://127.0.0.1:" + sms.getAddress().getPort() + "/sms\"}");
		channel("EMAIL", "{\"enabled\":true,\"host\":\"127.0.0.1\",\"port\":" + mail.getSmtp().getPort()
				+ ",\"from\":\"forewarn@test.local\"}");
		int posts = smsBodies.size();

		UUID id = api.issued("duty.futian", "duty.city", WarningTestApi.form("11B03", "RED", inHours(3), community));
		long recipients = awaitNotices(id);
		assertThat(recipients).isGreaterThan(1);
		eventually(() -> attempts(id, person) == 1);
		assertThat(smsBodies.size()).isGreaterThan(posts);
		assertThat(smsBodies.getLast()).contains("\"to\":\"1").doesNotContain("****");
		assertThat(mail.getReceivedMessages()).isEmpty();

		// not due yet; then 30 s, then 60 s of back-off
		clock.advance(Duration.ofSeconds(31));
		deliveries.retryDue();
		eventually(() -> attempts(id, person) == 2);
		clock.advance(Duration.ofSeconds(61));
		deliveries.retryDue();
		eventually(() -> mail.getReceivedMessages().length == 1);
		MimeMessage received = mail.getReceivedMessages()[0];
		assertThat(received.getAllRecipients()[0].toString()).isEqualTo("lianhua@test.local");
		assertThat(received.getSubject()).contains("红色预警");
		eventually(() -> "EMAIL"
			.equals(jdbc.sql("select channel from notification where subject_id = :s and person_id = :p")
				.param("s", id)
				.param("p", person)
				.query(String.class)
				.optional()
				.orElse(null)));
		// everyone without an e-mail address failed on every channel they had, and says
		// why
		eventually(() -> failed(id) == recipients - 1);
		assertThat(
				jdbc.sql("select distinct last_error from notification where subject_id = :s and failed_at is not null")
					.param("s", id)
					.query(String.class)
					.list())
			.containsExactly("SMS gateway answered HTTP 500");
		api.as("duty.futian", get("/api/warnings/" + id + "/delivery"))
			.andExpect(jsonPath("$.failed").value(recipients - 1))
			.andExpect(jsonPath("$.sent").value(1));
	}

	@Test
	void unacknowledgedNoticesEscalateToTheStreetDutyOfficerWhenTheClockPassesTheDeadline() throws Exception {
		UUID id = api.issued("duty.futian", "duty.city", WarningTestApi.form("11B14", "YELLOW", inHours(6), FUBAO));
		awaitNotices(id);
		UUID streetOfficer = UUID.nameUUIDFromBytes("person:street.fubao".getBytes(StandardCharsets.UTF_8));
		escalation.sweep();
		assertThat(escalations(id)).isZero();

		clock.advance(Duration.ofMinutes(31));
		escalation.sweep(); // the scheduled sweep may have been first; either way they
							// are escalated now
		assertThat(jdbc
			.sql("select count(*) from notification where subject_id = :s and kind = 'ESCALATION' and person_id = :p")
			.param("s", id)
			.param("p", streetOfficer)
			.query(Long.class)
			.single()).isEqualTo(1);
		// every overdue notice escalated, each once
		assertThat(jdbc
			.sql("select count(*) from notification where subject_id = :s and kind = 'NOTICE' and escalated_at is null")
			.param("s", id)
			.query(Long.class)
			.single()).isZero();
		long once = escalations(id);
		escalation.sweep();
		assertThat(escalations(id)).isEqualTo(once);
		String inbox = api.as("street.fubao", get("/api/me/notifications"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		List<String> texts = JsonPath.read(inbox, "$[?(@.subjectId == '" + id + "' && @.kind == 'ESCALATION')].text");
		assertThat(texts).hasSize(1);
		assertThat(texts.getFirst()).contains("未确认").contains("分钟");
	}

	@Test
	void noticesAnInstanceLeftUndeliveredAreTakenOverWhenItsLeaseRunsOut() throws Exception {
		UUID id = api.issued("duty.futian", "duty.city", WarningTestApi.form("11B17", "BLUE", inHours(6), SHATOU));
		long recipients = awaitNotices(id);
		eventually(() -> sent(id) == recipients);
		assertThat(jdbc.sql("select handover_until is null from notification_subject where id = :s")
			.param("s", id)
			.query(Boolean.class)
			.single()).isTrue();
		// as if the instance had died right after writing them: nothing attempted, its
		// lease still held
		jdbc.sql("update notification set sent_at = null, delivered_at = null, channel = null where subject_id = :s")
			.param("s", id)
			.update();
		jdbc.sql("update notification_subject set handover_until = :lease where id = :s")
			.param("s", id)
			.param("lease", java.sql.Timestamp.from(clock.instant().plus(Deliveries.LEASE)))
			.update();
		deliveries.retryDue();
		assertThat(sent(id)).isZero();
		clock.advance(Deliveries.LEASE.plusSeconds(1));
		deliveries.retryDue();
		eventually(() -> sent(id) == recipients);
		eventually(() -> jdbc.sql("select handover_until is null from notification_subject where id = :s")
			.param("s", id)
			.query(Boolean.class)
			.single());
	}

	@Test
	void aCommandReachesTheUnitsPeopleAndThePersonsNamedOnce() throws Exception {
		UUID reservoir = UUID.nameUUIDFromBytes("person:reservoir.person".getBytes(StandardCharsets.UTF_8));
		Set<UUID> expected = new HashSet<>(jdbc
			.sql("select id from person where department_code = '440304-SW'"
					+ " and role in ('HANDLER', 'DUTY_OFFICER')")
			.query(UUID.class)
			.list());
		assertThat(expected).isNotEmpty();
		expected.add(reservoir);
		Command command = new Command("test:command-1", "启动防汛IV级应急响应", "各成员单位立即进入防汛IV级应急响应状态。", List.of(reservoir),
				List.of("440304-SW"), FUTIAN, "duty.futian", Duration.ofMinutes(15));
		CommandId id = notifications.send(command);
		assertThat(notifications.send(command)).isEqualTo(id);
		eventually(() -> notices(id.value()) == expected.size());
		assertThat(jdbc.sql("select person_id from notification where subject_id = :id")
			.param("id", id.value())
			.query(UUID.class)
			.set()).isEqualTo(expected);
		assertThat(notifications.countsOf(id.value()).recipients()).isEqualTo(expected.size());

		api.as("duty.futian",
				post("/api/commands").contentType(MediaType.APPLICATION_JSON)
					.content("{\"title\":\"t\",\"body\":\"b\",\"departmentCodes\":[\"440305-SW\"]}"))
			.andExpect(status().isForbidden());
		String created = api
			.as("duty.futian",
					post("/api/commands").contentType(MediaType.APPLICATION_JSON)
						.content("{\"reference\":\"test:command-2\",\"title\":\"转移低洼地区群众\",\"body\":\"立即组织转移。\","
								+ "\"departmentCodes\":[\"440304-SW\"],\"acknowledgeWithinMinutes\":10}"))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String second = JsonPath.read(created, "$.id");
		eventually(() -> notices(UUID.fromString(second)) == expected.size() - 1);
		api.as("duty.nanshan", get("/api/commands/" + second + "/delivery")).andExpect(status().isForbidden());
	}

	@Test
	void allFortyFiveThousandResponsiblePersonsSelectInWellUnderASecond() {
		List<String> city = List.of(regions.city().code());
		people.within(city, EnumSet.of(PersonRole.RESPONSIBLE_PERSON), Set.of()); // warm
																					// up
		long best = Long.MAX_VALUE;
		int count = 0;
		for (int i = 0; i < 3; i++) {
			long started = System.nanoTime();
			count = people.within(city, EnumSet.of(PersonRole.RESPONSIBLE_PERSON), Set.of()).size();
			best = Math.min(best, System.nanoTime() - started);
		}
		assertThat(count).isEqualTo(45_000);
		assertThat(Duration.ofNanos(best)).isLessThan(Duration.ofSeconds(1));
	}

	// --- helpers
	// -------------------------------------------------------------------------------------------------

	/**
	 * The responsible persons of these streets, found independently of the targeting
	 * query.
	 */
	private Set<UUID> responsiblePersonsOf(String... streets) {
		List<String> areas = new ArrayList<>(List.of(streets));
		for (String street : streets) {
			for (RegionLevel level : List.of(RegionLevel.COMMUNITY, RegionLevel.GRID)) {
				regions.descendants(street, level).stream().map(RegionSummary::code).forEach(areas::add);
			}
		}
		List<String> objects = jdbc.sql("select code from managed_object where region_path && cast(:s as text[])")
			.param("s", streets)
			.query(String.class)
			.list();
		areas.addAll(objects);
		return new HashSet<>(jdbc
			.sql("select id from person where role = 'RESPONSIBLE_PERSON'"
					+ " and responsible_for = any(cast(:areas as text[]))")
			.param("areas", areas.toArray(String[]::new))
			.query(UUID.class)
			.list());
	}

	private UUID firstPerson(String duty, String within) {
		return jdbc
			.sql("select id from person where responsibility_type = :d and :r = any(region_path)"
					+ " and responsible_for like '4403%' order by id limit 1")
			.param("d", duty)
			.param("r", within)
			.query(UUID.class)
			.single();
	}

	/** Creates (once) an account bound to the person and returns its token. */
	private String account(String username, UUID person, String region) throws Exception {
		api.as("admin", post("/api/users").contentType(MediaType.APPLICATION_JSON).content("""
				{"username":"%s","password":"%s","displayName":"测试责任人","roles":["RESPONSIBLE_PERSON"],
				 "regionCode":"%s","personId":"%s"}""".formatted(username, PASSWORD, region, person)));
		return api.token(username, PASSWORD);
	}

	private void channel(String channel, String json) throws Exception {
		api.as("admin",
				put("/api/notification-channels/" + channel).contentType(MediaType.APPLICATION_JSON).content(json))
			.andExpect(status().isOk());
	}

	private long notices(UUID subject) {
		return jdbc.sql("select count(*) from notification where subject_id = :s and kind = 'NOTICE'")
			.param("s", subject)
			.query(Long.class)
			.single();
	}

	private long awaitNotices(UUID subject) throws InterruptedException {
		eventually(() -> notices(subject) > 0);
		assertThat(deliveries.awaitIdle(Duration.ofSeconds(30))).isTrue();
		return notices(subject);
	}

	private long sent(UUID subject) {
		return jdbc.sql("select count(*) from notification where subject_id = :s and sent_at is not null")
			.param("s", subject)
			.query(Long.class)
			.single();
	}

	private long failed(UUID subject) {
		return jdbc.sql("select count(*) from notification where subject_id = :s and failed_at is not null")
			.param("s", subject)
			.query(Long.class)
			.single();
	}

	private long escalations(UUID subject) {
		return jdbc.sql("select count(*) from notification where subject_id = :s and kind = 'ESCALATION'")
			.param("s", subject)
			.query(Long.class)
			.single();
	}

	private int attempts(UUID subject, UUID person) {
		return jdbc
			.sql("select attempts from notification where subject_id = :s and person_id = :p and kind = 'NOTICE'")
			.param("s", subject)
			.param("p", person)
			.query(Integer.class)
			.optional()
			.orElse(-1);
	}

	private static String content(MvcResult result) {
		try {
			return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

	private Instant inHours(int hours) {
		return clock.instant().plus(Duration.ofHours(hours)).truncatedTo(ChronoUnit.SECONDS);
	}

	/**
	 * Waits (at most 30 s) for asynchronous work — the fan-out after commit, the channel
	 * workers — to show.
	 */
	private static void eventually(Callable<Boolean> condition) {
		await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(20)).until(condition);
	}

}
