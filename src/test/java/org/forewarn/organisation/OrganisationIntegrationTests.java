package org.forewarn.organisation;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;

import org.forewarn.PlatformIntegrationTest;
import org.forewarn.platform.DemoMode;
import org.forewarn.region.Placement;
import org.forewarn.region.RegionSummary;
import org.forewarn.region.Regions;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@PlatformIntegrationTest
class OrganisationIntegrationTests {

	/**
	 * A full mainland mobile number anywhere in a text (not part of a longer digit run).
	 */
	static final Pattern FULL_MOBILE = Pattern.compile("(?<!\\d)1[3-9]\\d{9}(?!\\d)");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Regions regions;

	@Autowired
	People people;

	@Autowired
	Departments departments;

	@Autowired
	OrganisationData organisationData;

	@Autowired
	OrganisationDemoData organisationDemoData;

	String login(String username) throws Exception {
		MvcResult result = mvc
			.perform(post("/api/auth/login").contentType(MediaType.APPLICATION_JSON)
				.content("{\"username\":\"%s\",\"password\":\"%s\"}".formatted(username, DemoMode.DEMO_PASSWORD)))
			.andExpect(status().isOk())
			.andReturn();
		return "Bearer " + JsonPath.read(result.getResponse().getContentAsString(), "$.token");
	}

	long count(String sql) {
		return jdbc.sql(sql).query(Long.class).single();
	}

	@Test
	void loadsTheDemoDataAtTheScaleOfTheShenzhenDocuments() {
		assertThat(count("select count(*) from person where role = 'RESPONSIBLE_PERSON'")).isBetween(44_000L, 46_000L);
		assertThat(count("select count(*) from person where role = 'DISASTER_INFORMATION_OFFICER'")).isEqualTo(1_241);
		assertThat(count("select count(*) from person where role = 'FOREST_FIRE_PERSONNEL'")).isEqualTo(2_286);
		assertThat(count("select count(*) from managed_object where type = 'RESERVOIR'")).isEqualTo(177);
		assertThat(count("select count(*) from managed_object where type = 'RIVER'")).isEqualTo(119);
		assertThat(
				count("""
						select count(*) from managed_object o where o.type = 'RESERVOIR' and (
						  select count(distinct p.responsibility_type) from person p where p.responsible_for = o.code
						  and p.responsibility_type in ('RESERVOIR_ADMINISTRATIVE', 'RESERVOIR_TECHNICAL', 'RESERVOIR_PATROL')) = 3"""))
			.isEqualTo(177);
		for (String role : List.of("DUTY_OFFICER", "HANDLER", "GRID_WORKER", "INSPECTOR")) {
			assertThat(count("select count(*) from person where role = '" + role + "'")).as(role).isGreaterThan(10);
		}
	}

	@Test
	void placesEveryReservoirAndRiverInsideTheStreetItIsFiledUnder() {
		List<Map<String, Object>> rows = jdbc.sql("select code, latitude, longitude, region_path from managed_object")
			.query((rs, n) -> Map.<String, Object>of("code", rs.getString(1), "lat", rs.getDouble(2), "lon",
					rs.getDouble(3), "path", rs.getArray(4).getArray()))
			.list();
		assertThat(rows).hasSize(296).allSatisfy(row -> {
			String[] path = (String[]) row.get("path");
			Placement placement = regions.locate((double) row.get("lat"), (double) row.get("lon")).orElseThrow();
			assertThat(placement.district().code()).as(row.get("code") + " district").isEqualTo(path[1]);
			assertThat(placement.street().code()).as(row.get("code") + " street").isEqualTo(path[2]);
		});
	}

	@Test
	void reloadingTheDemoDataAddsNothing() {
		String counts = "select (select count(*) from person) || '/' || (select count(*) from managed_object) || '/'"
				+ " || (select count(*) from department) || '/' || (select count(*) from committee_member) || '/'"
				+ " || (select count(*) from command_centre)";
		String before = jdbc.sql(counts).query(String.class).single();

		organisationData.run(null);
		organisationDemoData.run(null);
		assertThat(organisationDemoData.loadDemo(organisationData.chart())).isZero();

		assertThat(jdbc.sql(counts).query(String.class).single()).isEqualTo(before);
	}

	@Test
	void bindsTheDemoAccountsToTheirPersons() {
		for (String username : List.of("admin", "duty.city", "duty.futian", "duty.nanshan", "handler.housing",
				"grid.futian", "reservoir.person")) {
			UUID id = DemoPopulation.accountPersonId(username);
			assertThat(people.find(id)).as(username).isPresent();
			assertThat(count(
					"select count(*) from app_user where username = '%s' and person_id = '%s'".formatted(username, id)))
				.as(username)
				.isEqualTo(1);
		}
		PersonSummary duty = people.find(DemoPopulation.accountPersonId("duty.city")).orElseThrow();
		assertThat(duty.departmentCode()).isEqualTo("440300-YJ");
		assertThat(departments.find("440300-YJ")).get().extracting(DepartmentSummary::name).isEqualTo("深圳市应急管理局");
		assertThat(departments.find("440300-ZJ")).get().extracting(DepartmentSummary::name).isEqualTo("深圳市住房和建设局");
		PersonSummary grid = people.find(DemoPopulation.accountPersonId("grid.futian")).orElseThrow();
		assertThat(grid.regionCode())
			.isEqualTo(regions.descendants("440304", org.forewarn.region.RegionLevel.GRID).get(0).code());

		String shenzhenReservoir = jdbc.sql("select code from managed_object where name = '深圳水库'")
			.query(String.class)
			.single();
		assertThat(people.responsibleFor(shenzhenReservoir))
			.extracting(PersonSummary::id, PersonSummary::responsibilityType)
			.contains(org.assertj.core.groups.Tuple.tuple(DemoPopulation.accountPersonId("reservoir.person"),
					ResponsibilityType.RESERVOIR_ADMINISTRATIVE));
	}

	@Test
	void putsShenzhenReservoirInLuohu() {
		assertThat(count("select count(*) from managed_object where name = '深圳水库' and '440303' = any(region_path)"))
			.isEqualTo(1);
	}

	@Test
	void masksEveryPhoneNumberInLists() throws Exception {
		String token = login("duty.city");
		String people = mvc
			.perform(get("/api/organisation/people?size=100&role=RESPONSIBLE_PERSON").header("Authorization", token))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content.length()").value(100))
			.andExpect(jsonPath("$.totalElements").value(org.hamcrest.Matchers.greaterThan(44_000)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(FULL_MOBILE.matcher(people).find()).as("a full number in the list").isFalse();
		List<String> phones = JsonPath.read(people, "$.content[*].phone");
		assertThat(phones).hasSize(100).allMatch(p -> p.matches("1[3-9]\\d\\*{4}\\d{4}"));

		String reservoir = jdbc.sql("select code from managed_object where name = '深圳水库'").query(String.class).single();
		String detail = mvc.perform(get("/api/organisation/objects/" + reservoir).header("Authorization", token))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.responsiblePersons.length()").value(3))
			.andExpect(jsonPath("$.floodLimitLevel").isNumber())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(FULL_MOBILE.matcher(detail).find()).isFalse();
	}

	@Test
	void showsTheFullNumberOnlyToAnAdministrator() throws Exception {
		UUID id = DemoPopulation.accountPersonId("reservoir.person");
		String full = people.contactNumber(id).orElseThrow();
		assertThat(full).matches(MobileNumber.PATTERN);
		assertThat(people.find(id).orElseThrow().maskedPhone()).isEqualTo(MobileNumber.mask(full));

		mvc.perform(get("/api/organisation/people/" + id).header("Authorization", login("admin")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.phone").value(full))
			.andExpect(jsonPath("$.phoneMasked").value(false));
		assertThat(count("select count(*) from audit_event where action = 'person.phone.viewed' and actor = 'admin'"
				+ " and target = '" + id + "'"))
			.isPositive();
		mvc.perform(get("/api/organisation/people/" + id).header("Authorization", login("duty.city")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.phone").value(MobileNumber.mask(full)))
			.andExpect(jsonPath("$.phoneMasked").value(true));
	}

	@Test
	void keepsNanshanPeopleAwayFromAFutianUser() throws Exception {
		String futian = login("duty.futian");
		Map<String, Object> nanshan = jdbc.sql("""
				select id, name from person where '440305' = any(region_path) and role = 'RESPONSIBLE_PERSON'
				order by id limit 1""").query().singleRow();
		mvc.perform(get("/api/organisation/people/" + nanshan.get("id")).header("Authorization", futian))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(get("/api/organisation/people?size=100&q=" + nanshan.get("name")).header("Authorization", futian))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content[*].id", not(hasItem(nanshan.get("id").toString()))))
			.andExpect(jsonPath("$.content[*].regionCode", not(hasItem(org.hamcrest.Matchers.startsWith("440305")))));
		mvc.perform(get("/api/organisation/people?regionCode=440305").header("Authorization", futian))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/organisation/people/" + nanshan.get("id")).header("Authorization", login("duty.nanshan")))
			.andExpect(status().isOk());

		long futianPeople = count("select count(*) from person where '440304' = any(region_path)");
		mvc.perform(get("/api/organisation/people?size=1").header("Authorization", futian))
			.andExpect(jsonPath("$.totalElements").value(futianPeople));
		assertThat(futianPeople).isPositive().isLessThan(count("select count(*) from person") / 2);
		assertThat(count("select count(*) from audit_event where action = 'access.refused' and actor = 'duty.futian'"
				+ " and target = '/api/organisation/people/" + nanshan.get("id") + "'"))
			.isPositive();
	}

	@Test
	void scopesObjectsAndStatisticsToTheJurisdiction() throws Exception {
		String futian = login("duty.futian");
		long futianReservoirs = count(
				"select count(*) from managed_object where type = 'RESERVOIR' and '440304' = any(region_path)");
		mvc.perform(get("/api/organisation/stats").header("Authorization", futian))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.reservoirs").value(futianReservoirs))
			.andExpect(jsonPath("$.byRole.RESPONSIBLE_PERSON").value(count(
					"select count(*) from person where role = 'RESPONSIBLE_PERSON' and '440304' = any(region_path)")));
		mvc.perform(get("/api/organisation/stats").header("Authorization", login("admin")))
			.andExpect(jsonPath("$.reservoirs").value(177))
			.andExpect(jsonPath("$.rivers").value(119))
			.andExpect(jsonPath("$.byRole.DISASTER_INFORMATION_OFFICER").value(1241))
			.andExpect(jsonPath("$.byRole.FOREST_FIRE_PERSONNEL").value(2286))
			.andExpect(jsonPath("$.byResponsibility.RESERVOIR_PATROL").value(177));
		mvc.perform(get("/api/organisation/objects?type=RIVER&size=200").header("Authorization", futian))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content[*].districtCode", not(hasItem(not("440304")))));
		String nanshanObject = jdbc.sql("select code from managed_object where '440305' = any(region_path) limit 1")
			.query(String.class)
			.single();
		mvc.perform(get("/api/organisation/objects/" + nanshanObject).header("Authorization", futian))
			.andExpect(status().isForbidden());
	}

	@Test
	void showsAFutianUserTheCityAndFutianUnitsButNotNanshans() throws Exception {
		String futian = login("duty.futian");
		mvc.perform(get("/api/organisation/departments").header("Authorization", futian))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].code", hasItem("440300-YJ")))
			.andExpect(jsonPath("$[*].code", hasItem("440304-YJ")))
			.andExpect(jsonPath("$[*].code", not(hasItem("440305-YJ"))));
		List<RegionSummary> districts = regions.children(regions.city().code());
		assertThat(districts).hasSize(11);
		String all = mvc
			.perform(get("/api/organisation/departments?level=DISTRICT").header("Authorization", login("admin")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].level", not(hasItem("CITY"))))
			.andReturn()
			.getResponse()
			.getContentAsString();
		List<String> regionsWithEmergencyBureau = JsonPath.read(all, "$[?(@.code =~ /.*-YJ/)].regionCode");
		assertThat(regionsWithEmergencyBureau)
			.containsExactlyInAnyOrderElementsOf(districts.stream().map(RegionSummary::code).toList());

		mvc.perform(get("/api/organisation/committees").header("Authorization", futian))
			.andExpect(jsonPath("$[*].code", hasItem("440300-SAFETY")))
			.andExpect(jsonPath("$[*].code", hasItem("440304-FOREST_FIRE")))
			.andExpect(jsonPath("$[*].code", not(hasItem("440305-SAFETY"))));
		mvc.perform(get("/api/organisation/committees/440304-FLOOD_DROUGHT_WIND").header("Authorization", futian))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.name").value("福田区防汛防旱防风指挥部"))
			.andExpect(jsonPath("$.members[0].code").value("440304-YJ"))
			.andExpect(jsonPath("$.members[0].position").value("OFFICE"))
			.andExpect(jsonPath("$.members[*].code", hasItem("440304-SW")));
		mvc.perform(get("/api/organisation/committees/440305-SAFETY").header("Authorization", futian))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/organisation/committees/NOPE").header("Authorization", futian))
			.andExpect(status().isNotFound());

		String centres = mvc.perform(get("/api/organisation/command-centres").header("Authorization", login("admin")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(JsonPath.<List<String>>read(centres, "$[?(@.tier == 'CITY')].code")).hasSize(1);
		assertThat(JsonPath.<List<String>>read(centres, "$[?(@.tier == 'DISTRICT')].code")).hasSize(11);
		assertThat(JsonPath.<List<String>>read(centres, "$[?(@.tier == 'INDUSTRY')].sector")).contains("GAS",
				"HAZARDOUS_CHEMICALS", "CONSTRUCTION", "TRANSPORT");
		mvc.perform(get("/api/organisation/command-centres").header("Authorization", futian))
			.andExpect(jsonPath("$[*].code", hasItem("CC-440304")))
			.andExpect(jsonPath("$[*].code", not(hasItem("CC-440305"))));
	}

	@Test
	void registersAPersonAndAuditsIt() throws Exception {
		String admin = login("admin");
		String body = """
				{"name":"测试责任人","role":"RESPONSIBLE_PERSON","responsibilityType":"AREA_PATROL",
				 "regionCode":"440304","phone":"13900009999"}""";
		String created = mvc
			.perform(post("/api/organisation/people").header("Authorization", admin)
				.contentType(MediaType.APPLICATION_JSON)
				.content(body))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.name").value("测试责任人"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String id = JsonPath.read(created, "$.id");
		assertThat(people.contactNumber(UUID.fromString(id))).contains("13900009999");
		String details = jdbc.sql("select details from audit_event where action = 'person.created' and target = :id")
			.param("id", id)
			.query(String.class)
			.single();
		assertThat(details).contains("139****9999").doesNotContain("13900009999");

		mvc.perform(post("/api/organisation/people").header("Authorization", admin)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body.replace("测试责任人", "另一个人")))
			.andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail", not(org.hamcrest.Matchers.containsString("13900009999"))));
		mvc.perform(post("/api/organisation/people").header("Authorization", login("duty.city"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body.replace("13900009999", "13900008888"))).andExpect(status().isForbidden());
	}

	@Test
	void answersInvalidInputWithProblemDetails() throws Exception {
		String admin = login("admin");
		mvc.perform(post("/api/organisation/people").header("Authorization", admin)
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"name":"","role":"HANDLER","regionCode":"440304","phone":"12345"}"""))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[*].field", hasItem("phone")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("name")));
		mvc.perform(post("/api/organisation/people").header("Authorization", admin)
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"name":"某人","role":"HANDLER","regionCode":"999999","phone":"13700001111"}"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("regionCode"));
		mvc.perform(post("/api/organisation/people").header("Authorization", admin)
			.contentType(MediaType.APPLICATION_JSON)
			.content(
					"""
							{"name":"某人","role":"HANDLER","responsibilityType":"RIVER_PATROL","regionCode":"440304","phone":"13700001111"}"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("responsibilityType"));
		mvc.perform(post("/api/organisation/people").header("Authorization", admin)
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"name":"某人","role":"CHIEF","regionCode":"440304","phone":"13700001111"}"""))
			.andExpect(status().isBadRequest());
		mvc.perform(get("/api/organisation/people?size=1000").header("Authorization", admin))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].field").value("size"));
		mvc.perform(get("/api/organisation/objects?type=LAKE").header("Authorization", admin))
			.andExpect(status().isBadRequest());
	}

	@Test
	void keepsThePeopleDirectoryFromResponsiblePersons() throws Exception {
		String responsible = login("reservoir.person");
		mvc.perform(get("/api/organisation/people").header("Authorization", responsible))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/organisation/objects?type=RESERVOIR").header("Authorization", responsible))
			.andExpect(status().isOk());
		mvc.perform(get("/api/organisation/people")).andExpect(status().isUnauthorized());
	}

}
