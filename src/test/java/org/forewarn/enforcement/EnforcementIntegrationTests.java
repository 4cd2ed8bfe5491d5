package org.forewarn.enforcement;

import static org.awaitility.Awaitility.await;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import com.jayway.jsonpath.JsonPath;

import org.forewarn.PlatformIntegrationTest;
import org.forewarn.platform.Attachments;
import org.forewarn.platform.DemoMode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * The violation → supervision loop through the HTTP API on the real database with the
 * demo enterprises: inspection → hazard order and enforcement case → accident
 * investigation, all under one case code and on the enterprise profile; the case flow
 * with four-eyes review and verified evidence; jurisdiction; bad input.
 */
@PlatformIntegrationTest
class EnforcementIntegrationTests {

	/**
	 * Smallest valid PNG header: enough for the type check, which reads the first bytes.
	 */
	static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R' };

	/** The start of an MP4 file (an ftyp box). */
	static final byte[] MP4 = { 0, 0, 0, 0x18, 'f', 't', 'y', 'p', 'm', 'p', '4', '2', 0, 0, 0, 0, 'm', 'p', '4', '2',
			'i', 's', 'o', 'm', 0, 0, 0, 8, 'm', 'o', 'o', 'v' };

	/**
	 * Each test takes its own enterprises, so the tests do not see each other's facts;
	 * enterprises the emergency bureau regulates, because the enterprise module shows a
	 * department's inspector only those (the profile).
	 */
	private static final AtomicInteger NEXT = new AtomicInteger();

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	private final Map<String, String> tokens = new ConcurrentHashMap<>();

	@Test
	void anInspectionFindingBecomesAHazardOrderAndACaseWhoseCodeLinksTheInspectionTheAccidentAndTheProfile()
			throws Exception {
		String uscc = enterprise("440304");
		int scoreBefore = JsonPath.read(profile(uscc), "$.risk.score");

		String form = as("inspector.futian", get("/api/inspection-checklists?uscc=" + uscc)).andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat((List<String>) JsonPath.read(form, "$.items[*].code")).contains("GEN-01", "GEN-07");
		String photo = uploadPhoto("inspector.futian");

		String inspection = as("inspector.futian",
				post("/api/inspections").contentType(MediaType.APPLICATION_JSON)
					.content(
							"""
									{"uscc":"%s","inspectors":["王执法","李执法"],"latitude":22.5400,"longitude":114.0500,
									 "checklist":[{"itemCode":"GEN-01","result":"PASS"},{"itemCode":"GEN-07","result":"FAIL","note":"二楼安全出口堵塞"}],
									 "findings":[{"description":"二楼安全出口被成品货物堵塞，疏散通道不畅","itemCode":"GEN-07","categoryCode":"FIRE",
									              "grade":"GENERAL","photoIds":["%s"],"openHazard":true,"openCase":true}]}"""
								.formatted(uscc, photo)))
			.andExpect(status().isCreated())
			.andExpect(
					jsonPath("$.header.number").value(org.hamcrest.Matchers.matchesPattern("JC-440304-\\d{4}-\\d{6}")))
			.andExpect(jsonPath("$.checklist.length()").value(2))
			.andExpect(jsonPath("$.photos[0].findingNo").value(1))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String number = JsonPath.read(inspection, "$.header.number");
		String caseCode = JsonPath.read(inspection, "$.header.caseCode");
		assertThat(caseCode).matches("AJ-440304-\\d{4}-\\d{6}-[0-9X]");

		// the hazard loop takes the finding in after the commit; the case shows the order
		// it became
		String orderCode = await().atMost(Duration.ofSeconds(20))
			.until(() -> JsonPath.<String>read(caseJson("inspector.futian", caseCode),
					"$.chain.hazardOrders[0].orderCode"), code -> code != null);
		assertThat(orderCode).startsWith("YH");
		assertThat(jdbc.sql("select channel from disposal_order where code = :code")
			.param("code", orderCode)
			.query(String.class)
			.single()).isEqualTo("INDUSTRY_INSPECTION");
		assertThat(jdbc.sql("select enterprise_uscc from disposal_order where code = :code")
			.param("code", orderCode)
			.query(String.class)
			.single()).isEqualTo(uscc);

		String investigation = as("inspector.futian",
				post("/api/enforcement/cases/" + caseCode + "/accident-investigation")
					.contentType(MediaType.APPLICATION_JSON)
					.content("""
							{"title":"仓库货物坍塌致一人受伤","occurredAt":"%s","injuries":1,"description":"堆垛过高倒塌"}"""
						.formatted(Instant.now().minusSeconds(3600))))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.number").value(org.hamcrest.Matchers.matchesPattern("SG-440304-\\d{4}-\\d{4}")))
			.andExpect(jsonPath("$.caseCode").value(caseCode))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String accidentNumber = JsonPath.read(investigation, "$.number");

		String chain = caseJson("inspector.futian", caseCode);
		assertThat((String) JsonPath.read(chain, "$.chain.inspections[0].number")).isEqualTo(number);
		assertThat((String) JsonPath.read(chain, "$.chain.accidentInvestigation.number")).isEqualTo(accidentNumber);
		assertThat((String) JsonPath.read(chain, "$.chain.hazardOrders[0].inspectionNumber")).isEqualTo(number);
		assertThat((String) JsonPath.read(chain, "$.header.status")).isEqualTo("FILED");
		// a second investigation for the same case is refused
		as("inspector.futian",
				post("/api/enforcement/cases/" + caseCode + "/accident-investigation")
					.contentType(MediaType.APPLICATION_JSON)
					.content("{\"title\":\"again\",\"occurredAt\":\"" + Instant.now().minusSeconds(60) + "\"}"))
			.andExpect(status().isConflict());

		// the enterprise profile shows the inspection, the case, the accident
		// investigation and the hazard order
		String profile = await().atMost(Duration.ofSeconds(20))
			.until(() -> profile(uscc),
					p -> JsonPath.<List<String>>read(p, "$.sections.HAZARD[*].reference").contains(orderCode));
		assertThat(JsonPath.<List<String>>read(profile, "$.sections.INSPECTION[*].reference")).contains(number);
		assertThat(JsonPath.<List<String>>read(profile, "$.sections.ENFORCEMENT_CASE[*].reference")).contains(caseCode);
		assertThat(JsonPath.<List<String>>read(profile, "$.sections.ACCIDENT_INVESTIGATION[*].reference"))
			.contains(accidentNumber);
		assertThat(JsonPath.<List<String>>read(profile, "$.sections.HAZARD[*].reference")).contains(orderCode);
		int scoreAfter = JsonPath.read(profile, "$.risk.score");
		assertThat(scoreAfter).isGreaterThan(scoreBefore);
		List<String> reasons = JsonPath.read(profile, "$.risk.history[*].reason");
		assertThat(String.join("\n", reasons)).contains(accidentNumber).contains(caseCode);
		// the inspection record and the case are audited
		assertThat(jdbc.sql("select count(*) from audit_event where target in (:a, :b)")
			.param("a", "inspection:" + number)
			.param("b", "case:" + caseCode)
			.query(Long.class)
			.single()).isGreaterThanOrEqualTo(2);
	}

	@Test
	void aCaseGoesThroughEveryStepWithFourEyesReviewAndEvidenceVerifiedByItsHash() throws Exception {
		String uscc = enterprise("440304");
		String filed = as("inspector.futian",
				post("/api/enforcement/cases").contentType(MediaType.APPLICATION_JSON)
					.header("Idempotency-Key", "case-" + uscc)
					.content("{\"uscc\":\"" + uscc + "\",\"title\":\"未按规定开展有限空间作业安全培训\"}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.header.status").value("FILED"))
			.andExpect(jsonPath("$.header.caseNumber")
				.value(org.hamcrest.Matchers.matchesPattern("ZF-440304-\\d{4}-\\d{6}")))
			.andExpect(jsonPath("$.deadline.stepDeadline").isString())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String code = JsonPath.read(filed, "$.header.caseCode");
		// a replay files nothing new
		as("inspector.futian",
				post("/api/enforcement/cases").contentType(MediaType.APPLICATION_JSON)
					.header("Idempotency-Key", "case-" + uscc)
					.content("{\"uscc\":\"" + uscc + "\",\"title\":\"未按规定开展有限空间作业安全培训\"}"))
			.andExpect(status().isOk())
			.andExpect(header().string("Idempotent-Replayed", "true"))
			.andExpect(jsonPath("$.header.caseCode").value(code));

		move("inspector.futian", code, "submit", "{}").andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("FILED")));
		move("inspector.futian", code, "investigate", "{\"note\":\"现场调查取证\"}").andExpect(status().isOk())
			.andExpect(jsonPath("$.header.status").value("INVESTIGATING"));
		move("inspector.futian", code, "submit", "{}").andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("no evidence")));

		String evidence = as("inspector.futian",
				multipart("/api/enforcement/cases/" + code + "/evidence")
					.file(new MockMultipartFile("file", "执法记录仪.mp4", "application/octet-stream", MP4))
					.param("kind", "VIDEO")
					.param("note", "执法记录仪视频"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.contentType").value("video/mp4"))
			.andExpect(jsonPath("$.sha256").value(Attachments.sha256(MP4)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String evidenceId = JsonPath.read(evidence, "$.id");
		as("inspector.futian",
				multipart("/api/enforcement/cases/" + code + "/evidence")
					.file(new MockMultipartFile("file", "fake.mp4", "video/mp4", "not a video".getBytes()))
					.param("kind", "VIDEO"))
			.andExpect(status().isUnsupportedMediaType())
			.andExpect(jsonPath("$.errors[0].field").value("file"));
		byte[] downloaded = as("inspector.futian", get("/api/enforcement/evidence/" + evidenceId))
			.andExpect(status().isOk())
			.andExpect(header().string("X-Evidence-SHA256", Attachments.sha256(MP4)))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(downloaded).isEqualTo(MP4);

		as("inspector.futian",
				post("/api/enforcement/cases/" + code + "/consultations").contentType(MediaType.APPLICATION_JSON)
					.content("{\"experts\":[\"张教授（安全工程）\",\"刘高工\"],\"opinion\":\"违法事实清楚，建议罚款\"}"))
			.andExpect(status().isCreated());

		move("inspector.futian", code, "submit", "{\"note\":\"调查终结\"}").andExpect(status().isOk())
			.andExpect(jsonPath("$.header.status").value("REVIEWING"));
		// four-eyes: the investigator cannot review; another officer of the district can
		move("inspector.futian", code, "approve", "{}").andExpect(status().isForbidden())
			.andExpect(jsonPath("$.title").value("Four-eyes principle"));
		// the refused review is recorded, although its transaction rolled back
		assertThat(jdbc.sql("""
				select count(*) from audit_event where action = 'enforcement.case.approve' and outcome = 'refused'
				   and actor = 'inspector.futian' and target = :target""")
			.param("target", "case:" + code)
			.query(Long.class)
			.single()).isEqualTo(1);
		move("handler.gas.futian", code, "approve", "{\"note\":\"同意\"}").andExpect(status().isOk())
			.andExpect(jsonPath("$.header.status").value("DECIDING"))
			.andExpect(jsonPath("$.handling.reviewer").value("福田区燃气办经办人"));
		move("handler.gas.futian", code, "decide", "{\"penalty\":\"FINE\",\"legalBasis\":\"《安全生产法》第九十七条\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("fineAmount"));
		move("handler.gas.futian", code, "decide",
				"{\"penalty\":\"FINE\",\"fineAmount\":30000,\"legalBasis\":\"《安全生产法》第九十七条\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.header.status").value("EXECUTING"))
			.andExpect(jsonPath("$.decision.penaltyName").value("罚款"))
			.andExpect(jsonPath("$.decision.fineAmount").value(30000.0));
		move("inspector.futian", code, "decide", "{\"penalty\":\"WARNING\",\"legalBasis\":\"x\"}")
			.andExpect(status().isConflict());
		move("inspector.futian", code, "execute", "{\"note\":\"罚款已缴纳\"}").andExpect(status().isOk());
		move("inspector.futian", code, "close", "{}").andExpect(status().isConflict());
		move("inspector.futian", code, "recheck", "{\"passed\":true,\"note\":\"培训台账已建立\"}").andExpect(status().isOk());
		String closed = move("inspector.futian", code, "close", "{}").andExpect(status().isOk())
			.andExpect(jsonPath("$.header.status").value("CLOSED"))
			.andExpect(jsonPath("$.handling.closedAt").isString())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(JsonPath.<List<String>>read(closed, "$.dossier.steps[*].action")).containsExactly("file",
				"investigate", "submit", "approve", "decide", "execute", "recheck", "close");
		assertThat(JsonPath.<List<String>>read(closed, "$.dossier.consultations[*].opinion"))
			.containsExactly("违法事实清楚，建议罚款");
		assertThat(jdbc.sql("select count(*) from audit_event where target = :t and action like 'enforcement.case.%'")
			.param("t", "case:" + code)
			.query(Long.class)
			.single()).isGreaterThanOrEqualTo(10);
		String profile = profile(uscc);
		assertThat(JsonPath.<List<String>>read(profile, "$.sections.PENALTY[*].reference"))
			.contains(JsonPath.<String>read(filed, "$.header.caseNumber"));

		// a changed file is not handed out
		jdbc.sql("update case_evidence set data = :data where id = :id::uuid")
			.param("data", PNG)
			.param("id", evidenceId)
			.update();
		as("inspector.futian", get("/api/enforcement/evidence/" + evidenceId)).andExpect(status().isConflict())
			.andExpect(jsonPath("$.title").value("Evidence integrity check failed"));
	}

	@Test
	void aFutianInspectorCanNeitherSeeNorChangeANanshanCase() throws Exception {
		String nanshan = enterprise("440305");
		String filed = as("inspector.nanshan",
				post("/api/enforcement/cases").contentType(MediaType.APPLICATION_JSON)
					.content("{\"uscc\":\"" + nanshan + "\",\"title\":\"南山案件\"}"))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String code = JsonPath.read(filed, "$.header.caseCode");
		assertThat(code).startsWith("AJ-440305-");

		as("inspector.futian", get("/api/enforcement/cases/" + code)).andExpect(status().isForbidden());
		move("inspector.futian", code, "investigate", "{}").andExpect(status().isForbidden());
		assertThat(as("inspector.futian", get("/api/enforcement/cases?size=200")).andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString()).doesNotContain(code);
		as("inspector.futian", get("/api/enforcement/cases?region=440305")).andExpect(status().isForbidden());
		as("inspector.futian", post("/api/inspections").contentType(MediaType.APPLICATION_JSON)
			.content("{\"uscc\":\"" + nanshan + "\"}")).andExpect(status().isForbidden());
		as("inspector.futian", post("/api/enforcement/cases").contentType(MediaType.APPLICATION_JSON)
			.content("{\"uscc\":\"" + nanshan + "\",\"title\":\"越权立案\"}")).andExpect(status().isForbidden());
		// the Nanshan inspector and the city see it
		as("inspector.nanshan", get("/api/enforcement/cases/" + code)).andExpect(status().isOk());
		as("duty.city", get("/api/enforcement/cases/" + code)).andExpect(status().isOk())
			.andExpect(jsonPath("$.actions.allowed[0]").value("investigate"));
		// people without an enforcement role see nothing
		as("grid.futian", get("/api/enforcement/cases")).andExpect(status().isForbidden());
		assertThat(jdbc
			.sql("select count(*) from audit_event where actor = 'inspector.futian' and action = 'access.refused'")
			.query(Long.class)
			.single()).isGreaterThanOrEqualTo(3);
	}

	@Test
	void badInputIsAnsweredWithTheFieldAndTheReason() throws Exception {
		String uscc = enterprise("440304");
		String good = new CaseCode("440304", 2026, 999_001).value();
		as("inspector.futian", get("/api/enforcement/cases/" + good)).andExpect(status().isNotFound());
		char wrong = good.charAt(good.length() - 1) == '1' ? '2' : '1';
		as("inspector.futian", get("/api/enforcement/cases/" + good.substring(0, good.length() - 1) + wrong))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("check character")))
			.andExpect(jsonPath("$.errors[0].field").value("caseCode"));
		inspect("{\"uscc\":\"91440300ABC\"}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("uscc"));
		inspect("{\"uscc\":\"91440304MA5FXXXX1A\"}").andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("uscc"));
		as("inspector.futian", get("/api/inspection-checklists?uscc=91440304MA5FXXXX1A"))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.errors[0].field").value("uscc"));
		inspect("{\"uscc\":\"" + uscc + "\",\"checklist\":[{\"itemCode\":\"NOPE-1\",\"result\":\"PASS\"}]}")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("checklist[0].itemCode"));
		inspect("{\"uscc\":\"" + uscc + "\",\"findings\":[{\"description\":\" \"}]}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("findings[0].description"));
		inspect("{\"uscc\":\"" + uscc + "\",\"findings\":[{\"description\":\"x\",\"photoIds\":[\""
				+ java.util.UUID.randomUUID() + "\"]}]}")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("findings[0].photoIds"));
		as("inspector.futian",
				multipart("/api/inspections/photos")
					.file(new MockMultipartFile("photo", "x.jpg", "image/jpeg", "<html>".getBytes())))
			.andExpect(status().isUnsupportedMediaType());
		// nothing of the refused records was written
		assertThat(
				jdbc.sql("select count(*) from inspection where uscc = :u").param("u", uscc).query(Long.class).single())
			.isZero();
		// a replayed record is stored once
		String key = "inspection-" + uscc;
		String first = as("inspector.futian",
				post("/api/inspections").header("Idempotency-Key", key)
					.contentType(MediaType.APPLICATION_JSON)
					.content("{\"uscc\":\"" + uscc + "\"}"))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		as("inspector.futian",
				post("/api/inspections").header("Idempotency-Key", key)
					.contentType(MediaType.APPLICATION_JSON)
					.content("{\"uscc\":\"" + uscc + "\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.header.number").value((String) JsonPath.read(first, "$.header.number")));
		assertThat(
				jdbc.sql("select count(*) from inspection where uscc = :u").param("u", uscc).query(Long.class).single())
			.isEqualTo(1);
	}

	@Test
	void aPlanGeneratesDueInspectionsOfItsDistrictOnceAndAnInspectionCompletesOne() throws Exception {
		String plan = as("inspector.futian",
				post("/api/inspection-plans").contentType(MediaType.APPLICATION_JSON)
					.content("{\"name\":\"福田区红橙企业检查\",\"regionCode\":\"440304\",\"riskLevels\":[\"RED\",\"ORANGE\"]}"))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String id = JsonPath.read(plan, "$.plan.id");
		String generated = as("inspector.futian", post("/api/inspection-plans/" + id + "/generate"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		int added = JsonPath.read(generated, "$.added");
		assertThat(added).isPositive();
		as("inspector.futian", post("/api/inspection-plans/" + id + "/generate")).andExpect(status().isOk())
			.andExpect(jsonPath("$.added").value(0));
		String due = as("inspector.futian", get("/api/inspection-plans/" + id + "/due?open=true&size=500"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(JsonPath.<List<String>>read(due, "$[*].districtCode")).isNotEmpty().containsOnly("440304");
		assertThat(JsonPath.<List<String>>read(due, "$[*].riskLevel"))
			.allMatch(l -> l.equals("RED") || l.equals("ORANGE"));
		String dueId = JsonPath.read(due, "$[0].id");
		String dueUscc = JsonPath.read(due, "$[0].uscc");
		as("inspector.futian",
				post("/api/inspections").contentType(MediaType.APPLICATION_JSON)
					.content("{\"uscc\":\"" + dueUscc + "\",\"dueId\":\"" + dueId + "\"}"))
			.andExpect(status().isCreated());
		as("inspector.futian", get("/api/inspection-plans")).andExpect(status().isOk())
			.andExpect(
					jsonPath("$[?(@.plan.id == '" + id + "')].counts.done").value(org.hamcrest.Matchers.contains(1)));
		as("inspector.nanshan", post("/api/inspection-plans/" + id + "/generate")).andExpect(status().isForbidden());
	}

	private ResultActions inspect(String body) throws Exception {
		return as("inspector.futian", post("/api/inspections").contentType(MediaType.APPLICATION_JSON).content(body));
	}

	private String enterprise(String district) {
		return jdbc.sql("""
				select uscc from enterprise where district_code = :d and latitude is not null
				and :d || '-YJ' = any(regulator_codes) order by uscc offset :n limit 1""")
			.param("d", district)
			.param("n", 100 + NEXT.getAndIncrement() * 7)
			.query(String.class)
			.single();
	}

	@Test
	void theApiDocumentNamesEveryCaseMoveBodyByItsOwnSchema() throws Exception {
		String docs = mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		Map<String, String> bodies = new java.util.LinkedHashMap<>();
		for (String action : List.of("investigate", "submit", "approve", "return", "decide", "execute", "recheck",
				"close")) {
			String ref = JsonPath.read(docs, "$.paths['/api/enforcement/cases/{caseCode}/" + action
					+ "'].post.requestBody.content['application/json'].schema['$ref']");
			bodies.put(action, ref.substring(ref.lastIndexOf('/') + 1));
		}
		assertThat(bodies.values()).doesNotHaveDuplicates().doesNotContain("Move");
		assertThat(bodies).containsEntry("decide", "PenaltyDecision").containsEntry("recheck", "RectificationRecheck");
		Map<String, Object> decision = JsonPath.read(docs, "$.components.schemas.PenaltyDecision.properties");
		assertThat(decision).containsOnlyKeys("penalty", "fineAmount", "legalBasis", "note");
		Map<String, Object> submission = JsonPath.read(docs,
				"$.components.schemas." + bodies.get("submit") + ".properties");
		assertThat(submission).containsOnlyKeys("note");
	}

	private String profile(String uscc) throws Exception {
		return as("inspector.futian", get("/api/enterprises/" + uscc + "/profile")).andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private String caseJson(String user, String code) throws Exception {
		return as(user, get("/api/enforcement/cases/" + code)).andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private ResultActions move(String user, String code, String action, String body) throws Exception {
		return as(user, post("/api/enforcement/cases/" + code + "/" + action).contentType(MediaType.APPLICATION_JSON)
			.content(body));
	}

	private String uploadPhoto(String user) throws Exception {
		String body = as(user,
				multipart("/api/inspections/photos").file(new MockMultipartFile("photo", "exit.png", "image/png", PNG)))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return JsonPath.read(body, "$.id");
	}

	private ResultActions as(String user,
			org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder<?> request)
			throws Exception {
		return mvc.perform(request.header("Authorization", "Bearer " + token(user)));
	}

	private String token(String user) {
		return tokens.computeIfAbsent(user, u -> {
			try {
				String body = mvc
					.perform(post("/api/auth/login").contentType(MediaType.APPLICATION_JSON)
						.content("{\"username\":\"" + u + "\",\"password\":\"" + DemoMode.DEMO_PASSWORD + "\"}"))
					.andReturn()
					.getResponse()
					.getContentAsString();
				return JsonPath.read(body, "$.token");
			}
			catch (Exception e) {
				throw new IllegalStateException(e);
			}
		});
	}

}
