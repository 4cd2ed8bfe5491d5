package org.forewarn.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.forewarn.PlatformIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Plans through the HTTP API on the real database: versions under four eyes, readable
 * diffs, reference cycles.
 */
@PlatformIntegrationTest
class PlanIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	PlanTestApi api;

	@BeforeEach
	void api() {
		api = new PlanTestApi(mvc);
	}

	static String content(String extraDuty, String measureTask) {
		return content(true, extraDuty, measureTask);
	}

	static String content(boolean fire, String extraDuty, String measureTask) {
		String xf = fire ? ",{\"unitCode\":\"440300-XF\",\"unitName\":\"深圳市消防救援支队\",\"duties\":[\"抢险救援\"]}" : "";
		return """
				{"duties":[{"unitCode":"440300-SW","unitName":"深圳市水务局","duties":["水情监测"]}%s%s],
				 "scenarios":[{"code":"S1","name":"内涝","conditions":[{"kind":"TYPE","values":["0101"],"label":"水旱灾害"}]}],
				 "measures":[{"scenarioCode":"S1","level":"III","unitCode":"440300-SW","task":"%s","deadlineMinutes":60,"resources":[]}]}"""
			.formatted(xf, extraDuty, measureTask);
	}

	UUID create(String code, String content) throws Exception {
		var result = api
			.post("duty.city", "/api/plans",
					"""
							{"code":"%s","name":"测试预案 %s","level":"CITY","regionCode":"440300","category":"FLOOD","content":%s,"reason":"录入"}"""
						.formatted(code, code, content))
			.andExpect(status().isCreated());
		return UUID.fromString(api.read(result, "$.id"));
	}

	void publish(UUID plan, int number) throws Exception {
		api.post("duty.city", "/api/plans/" + plan + "/versions/" + number + "/submit", "{}")
			.andExpect(status().isOk());
		api.post("admin", "/api/plans/" + plan + "/versions/" + number + "/approve", "{}").andExpect(status().isOk());
	}

	@Test
	void publishingVersionThreeShowsAReadableDiffFromVersionTwoAndWhoApprovedIt() throws Exception {
		UUID plan = create("T-DIFF-" + UUID.randomUUID().toString().substring(0, 8), content("", "巡查河道"));
		api.post("duty.city", "/api/plans/" + plan + "/versions/1/submit", "{}").andExpect(status().isOk());
		// four eyes: the author cannot approve their own version
		api.post("duty.city", "/api/plans/" + plan + "/versions/1/approve", "{}").andExpect(status().isForbidden());
		// and the refusal is in the audit trail, although the approval's transaction
		// rolled back
		assertThat(jdbc.sql("""
				select count(*) from audit_event where action = 'plan.publish' and outcome = 'refused'
				   and actor = 'duty.city' and target = :target""")
			.param("target", "plan:" + plan + ":v1")
			.query(Long.class)
			.single()).isEqualTo(1);
		api.post("admin", "/api/plans/" + plan + "/versions/1/approve", "{}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("PUBLISHED"))
			.andExpect(jsonPath("$.approvedBy").value("admin"));

		api.post("duty.city", "/api/plans/" + plan + "/revisions", "{\"reason\":\"补充交通运输局职责\"}")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.number").value(2));
		api.put("duty.city", "/api/plans/" + plan + "/versions/2",
				"""
						{"content":%s,"reason":"补充交通运输局职责"}""".formatted(content(
						",{\"unitCode\":\"440300-JT\",\"unitName\":\"深圳市交通运输局\",\"duties\":[\"隧道排查\"]}", "巡查河道")))
			.andExpect(status().isOk());
		publish(plan, 2);

		api.post("duty.city", "/api/plans/" + plan + "/revisions", "{\"reason\":\"2026年演练复盘：巡查改为每小时一次\"}")
			.andExpect(status().isCreated());
		api.put("duty.city", "/api/plans/" + plan + "/versions/3",
				"""
						{"content":%s,"reason":"2026年演练复盘：巡查改为每小时一次，消防救援支队职责移入任务措施"}""".formatted(content(false,
						",{\"unitCode\":\"440300-JT\",\"unitName\":\"深圳市交通运输局\",\"duties\":[\"隧道排查\"]}", "每小时巡查河道一次")))
			.andExpect(status().isOk());
		publish(plan, 3);

		var diff = api.get("duty.futian", "/api/plans/" + plan + "/versions/2/diff/3").andExpect(status().isOk());
		assertThat((String) api.read(diff, "$.to.approvedBy")).isEqualTo("admin");
		assertThat((String) api.read(diff, "$.to.reason")).contains("每小时");
		List<Map<String, Object>> changes = api.read(diff, "$.changes");
		assertThat(changes).anySatisfy(c -> {
			assertThat(c.get("section")).isEqualTo("DUTY");
			assertThat(c.get("kind")).isEqualTo("REMOVED");
			assertThat((String) c.get("before")).contains("消防救援支队").contains("抢险救援");
		});
		assertThat(changes).anySatisfy(c -> {
			assertThat(c.get("section")).isEqualTo("MEASURE");
			assertThat(c.get("kind")).isEqualTo("ADDED");
			assertThat((String) c.get("after")).contains("每小时巡查河道一次").contains("60分钟内");
		});
		assertThat(changes).anySatisfy(c -> {
			assertThat(c.get("section")).isEqualTo("MEASURE");
			assertThat(c.get("kind")).isEqualTo("REMOVED");
			assertThat((String) c.get("before")).contains("巡查河道");
		});
		assertThat(changes).noneMatch(c -> "440300-JT".equals(c.get("key")));
		List<String> statuses = api.read(api.get("duty.city", "/api/plans/" + plan + "/versions"), "$[*].status");
		assertThat(statuses).containsExactly("SUPERSEDED", "SUPERSEDED", "PUBLISHED");
		assertThat(jdbc.sql(
				"select count(*) from audit_event where target like :t and action = 'plan.publish' and outcome = 'success'")
			.param("t", "plan:" + plan + "%")
			.query(Long.class)
			.single()).isEqualTo(3);
	}

	@Test
	void aCycleOfPlanReferencesIsRefusedNamingTheField() throws Exception {
		UUID a = create("T-CYC-A-" + UUID.randomUUID().toString().substring(0, 8), content("", "巡查"));
		UUID b = create("T-CYC-B-" + UUID.randomUUID().toString().substring(0, 8), content("", "巡查"));
		UUID c = create("T-CYC-C-" + UUID.randomUUID().toString().substring(0, 8), content("", "巡查"));
		api.put("duty.city", "/api/plans/" + a + "/references", "{\"references\":[\"" + b + "\"]}")
			.andExpect(status().isOk());
		api.put("duty.city", "/api/plans/" + b + "/references", "{\"references\":[\"" + c + "\"]}")
			.andExpect(status().isOk());
		api.put("duty.city", "/api/plans/" + c + "/references", "{\"references\":[\"" + a + "\"]}")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("references"))
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("cycle")));
		List<String> refs = api.read(api.get("duty.city", "/api/plans/" + c), "$.references");
		assertThat(refs).isEmpty();
	}

	@Test
	void invalidPlanContentIsRefusedNamingTheField() throws Exception {
		api.post("duty.city", "/api/plans", """
				{"code":"T-BAD-%s","name":"坏预案","level":"CITY","regionCode":"440300",
				 "content":{"duties":[{"unitCode":"440300-NOPE","duties":["x"]}]}}""".formatted(UUID.randomUUID()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("content.duties[0].unitCode"));
		api.post("duty.city", "/api/plans",
				"""
						{"code":"T-BAD2-%s","name":"坏预案","level":"CITY","regionCode":"440300",
						 "content":{"scenarios":[{"code":"S","name":"s","conditions":[]}],
						   "measures":[{"scenarioCode":"S","level":"V","unitCode":"440300-SW","task":"x","deadlineMinutes":5}]}}"""
					.formatted(UUID.randomUUID()))
			.andExpect(status().is4xxClientError());
	}

	@Test
	void aDistrictDutyOfficerReadsTheCityPlanButCannotChangeIt() throws Exception {
		UUID city = UUID.nameUUIDFromBytes("plan:SZ-FX".getBytes(java.nio.charset.StandardCharsets.UTF_8));
		api.get("duty.nanshan", "/api/plans/" + city)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.publishedVersion").isNumber());
		api.post("duty.nanshan", "/api/plans/" + city + "/revisions", "{\"reason\":\"x\"}")
			.andExpect(status().isForbidden());
		List<String> codes = api.read(api.get("duty.nanshan", "/api/plans"), "$[*].code");
		assertThat(codes).contains("SZ-FX", "SZ-FX-440305").doesNotContain("SZ-FX-440307");
	}

	@Test
	void theCityFloodPlanCoversEveryDistrictAndReferencesStayAcyclic() throws Exception {
		UUID city = UUID.nameUUIDFromBytes("plan:SZ-FX".getBytes(java.nio.charset.StandardCharsets.UTF_8));
		var version = api.get("duty.city", "/api/plans/" + city + "/versions/2").andExpect(status().isOk());
		List<String> units = api.read(version, "$.content.duties[*].unitCode");
		assertThat(units.stream().filter(u -> u.endsWith("-YJ") && !u.startsWith("440300"))).hasSize(11);
		List<String> referencedBy = api.read(api.get("duty.city", "/api/plans/" + city), "$.referencedBy");
		assertThat(referencedBy).isNotEmpty();
		// the city plan cannot be put under its own district plan
		api.put("duty.city", "/api/plans/" + city + "/references",
				"{\"references\":[\"" + referencedBy.getFirst() + "\"]}")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("references"));
	}

}
