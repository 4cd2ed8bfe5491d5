package org.forewarn.organisation;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;

import org.forewarn.MovableClock;
import org.forewarn.PlatformIntegrationTest;
import org.forewarn.platform.DemoMode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@PlatformIntegrationTest
class DutyIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	People people;

	@Autowired
	MovableClock clock;

	String login(String username) throws Exception {
		MvcResult result = mvc
			.perform(post("/api/auth/login").contentType(MediaType.APPLICATION_JSON)
				.content("{\"username\":\"%s\",\"password\":\"%s\"}".formatted(username, DemoMode.DEMO_PASSWORD)))
			.andExpect(status().isOk())
			.andReturn();
		return "Bearer " + JsonPath.read(result.getResponse().getContentAsString(), "$.token");
	}

	String now(String token) throws Exception {
		return mvc.perform(get("/api/duty/now").header("Authorization", token))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	MvcResult addShift(String token, String centre, String position, UUID person, Instant from, Instant to)
			throws Exception {
		return mvc.perform(post("/api/duty/shifts").header("Authorization", token)
			.contentType(MediaType.APPLICATION_JSON)
			.content(
					"{\"centreCode\":\"%s\",\"position\":\"%s\",\"personId\":\"%s\",\"startsAt\":\"%s\",\"endsAt\":\"%s\"}"
						.formatted(centre, position, person, from, to)))
			.andReturn();
	}

	/** Futian's district duty officers (the centre's generated ones and duty.futian). */
	List<UUID> futianOfficers() {
		return jdbc.sql("select id from person where role = 'DUTY_OFFICER' and region_code = '440304' order by id")
			.query(UUID.class)
			.list();
	}

	@Test
	void everyCentreHasSomeoneOnDutyNowAndADistrictSeesOnlyItsOwnCentreAndTheCity() throws Exception {
		String city = now(login("duty.city"));
		List<String> all = JsonPath.read(city, "$[*].code");
		assertThat(all).hasSizeGreaterThanOrEqualTo(12).contains("CC-440300", "CC-440304", "CC-440305");
		List<java.util.Map<String, Object>> centres = JsonPath.read(city, "$");
		assertThat(centres).allSatisfy(c -> assertThat(JsonPath.<List<String>>read(c, "$.onShift[*].position"))
			.as(String.valueOf(c.get("code")))
			.contains("OFFICER"));

		String futian = now(login("duty.futian"));
		assertThat(JsonPath.<List<String>>read(futian, "$[*].code")).containsExactlyInAnyOrder("CC-440300",
				"CC-440304");
		assertThat(futian).doesNotContainPattern("(?<!\\d)1[3-9]\\d{9}(?!\\d)");
	}

	@Test
	void theDemoAccountsAreInTheirCentresRotation() {
		for (String[] account : new String[][] { { "duty.city", "CC-440300" }, { "duty.futian", "CC-440304" },
				{ "duty.nanshan", "CC-440305" } }) {
			assertThat(jdbc.sql("select count(*) from duty_shift where centre_code = :c and person_id = :p")
				.param("c", account[1])
				.param("p", DemoPopulation.accountPersonId(account[0]))
				.query(Long.class)
				.single()).as(account[0]).isPositive();
		}
	}

	@Test
	void aShiftShowsWhileItCoversNowAndOverlapsAreRefused() throws Exception {
		UUID officer = futianOfficers().get(1);
		try {
			clock.advance(Duration.ofDays(400)); // past the demo rosters
			String futian = login("duty.futian");
			Instant start = clock.instant().truncatedTo(ChronoUnit.HOURS);
			assertThat(JsonPath.<List<Object>>read(now(futian), "$[?(@.code == 'CC-440304')].onShift[*]")).isEmpty();
			assertThat(addShift(futian, "CC-440304", "OFFICER", officer, start, start.plus(Duration.ofHours(12)))
				.getResponse()
				.getStatus()).isEqualTo(201);
			assertThat(JsonPath.<List<String>>read(now(futian), "$[?(@.code == 'CC-440304')].onShift[*].personId"))
				.containsExactly(officer.toString());
			assertThat(addShift(futian, "CC-440304", "ASSISTANT", officer, start.plus(Duration.ofHours(6)),
					start.plus(Duration.ofHours(18)))
				.getResponse()
				.getStatus()).isEqualTo(409);
			clock.advance(Duration.ofHours(13));
			assertThat(JsonPath.<List<Object>>read(now(login("duty.futian")), "$[?(@.code == 'CC-440304')].onShift[*]"))
				.isEmpty();
		}
		finally {
			clock.reset();
		}
	}

	@Test
	void escalationsGoToTheOfficerOnShiftAndToAllOfficersWhenNoRosterCoversNow() throws Exception {
		UUID gridWorker = jdbc.sql("""
				select id from person where role = 'GRID_WORKER' and region_path[2] = '440304'
				   and region_path[3] <> '440304010' order by id limit 1""").query(UUID.class).single();
		List<UUID> officers = futianOfficers();
		UUID onDuty = officers.get(2);
		try {
			clock.advance(Duration.ofDays(500));
			assertThat(people.superiorsOf(List.of(gridWorker)).get(gridWorker)).extracting(PersonSummary::id)
				.containsExactlyInAnyOrderElementsOf(officers);
			Instant start = clock.instant().minus(Duration.ofHours(1));
			assertThat(addShift(login("duty.futian"), "CC-440304", "OFFICER", onDuty, start,
					start.plus(Duration.ofHours(24)))
				.getResponse()
				.getStatus()).isEqualTo(201);
			assertThat(people.superiorsOf(List.of(gridWorker)).get(gridWorker)).extracting(PersonSummary::id)
				.containsExactly(onDuty);
		}
		finally {
			clock.reset();
		}
		// with the demo roster, today's Futian officer on shift receives it
		UUID today = jdbc.sql("""
				select person_id from duty_shift where centre_code = 'CC-440304' and position = 'OFFICER'
				   and starts_at <= now() and ends_at > now()""").query(UUID.class).single();
		assertThat(people.superiorsOf(List.of(gridWorker)).get(gridWorker)).extracting(PersonSummary::id)
			.containsExactly(today);
	}

	@Test
	void aDistrictCannotTouchAnotherDistrictsRosterOrHandovers() throws Exception {
		String futian = login("duty.futian");
		UUID nanshanOfficer = DemoPopulation.accountPersonId("duty.nanshan");
		Instant start = Instant.now().plus(Duration.ofDays(90));
		assertThat(addShift(futian, "CC-440305", "OFFICER", nanshanOfficer, start, start.plus(Duration.ofHours(8)))
			.getResponse()
			.getStatus()).isEqualTo(403);
		assertThat(addShift(futian, "CC-440300", "OFFICER", DemoPopulation.accountPersonId("duty.city"), start,
				start.plus(Duration.ofHours(8)))
			.getResponse()
			.getStatus()).isEqualTo(403);
		mvc.perform(
				get("/api/duty/handovers").param("centre", "CC-440304").header("Authorization", login("duty.nanshan")))
			.andExpect(status().isForbidden());
		// a Nanshan officer cannot be put on Futian's roster either
		assertThat(addShift(futian, "CC-440304", "OFFICER", nanshanOfficer, start, start.plus(Duration.ofHours(8)))
			.getResponse()
			.getStatus()).isEqualTo(422);
		assertThat(addShift(futian, "CC-440304", "OFFICER", futianOfficers().get(0), start,
				start.plus(Duration.ofHours(80)))
			.getResponse()
			.getStatus()).isEqualTo(400);
	}

	@Test
	void aHandoverIsLoggedWithItsOpenItemsAndAudited() throws Exception {
		String futian = login("duty.futian");
		UUID outgoing = DemoPopulation.accountPersonId("duty.futian");
		UUID incoming = futianOfficers().stream().filter(id -> !id.equals(outgoing)).findFirst().orElseThrow();
		MvcResult created = mvc
			.perform(post("/api/duty/handovers").header("Authorization", futian)
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"centreCode":"CC-440304","outgoingPerson":"%s","incomingPerson":"%s",
						 "notes":"夜间福田河水位平稳；福保街道燃气处置单待复核","openItems":["福保燃气隐患复核","明晨8时暴雨预警会商"]}""".formatted(outgoing,
						incoming)))
			.andReturn();
		assertThat(created.getResponse().getStatus()).isEqualTo(201);
		String id = JsonPath.read(created.getResponse().getContentAsString(), "$.id");
		String log = mvc
			.perform(get("/api/duty/handovers").param("centre", "CC-440304").header("Authorization", futian))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(JsonPath.<List<String>>read(log, "$[0].openItems")).containsExactly("福保燃气隐患复核", "明晨8时暴雨预警会商");
		assertThat(JsonPath.<String>read(log, "$[0].id")).isEqualTo(id);
		assertThat(jdbc.sql("select count(*) from audit_event where target = :t")
			.param("t", "duty-handover:" + id)
			.query(Long.class)
			.single()).isEqualTo(1);
		assertThat(mvc.perform(post("/api/duty/handovers").header("Authorization", futian)
			.contentType(MediaType.APPLICATION_JSON)
			.content(
					"{\"centreCode\":\"CC-440304\",\"outgoingPerson\":\"%s\",\"incomingPerson\":\"%s\",\"notes\":\"x\"}"
						.formatted(outgoing, outgoing)))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(400);
	}

}
