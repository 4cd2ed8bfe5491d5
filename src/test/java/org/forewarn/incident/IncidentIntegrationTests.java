package org.forewarn.incident;

import static org.awaitility.Awaitility.await;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.forewarn.MovableClock;
import org.forewarn.PlatformIntegrationTest;
import org.forewarn.notification.DeliveryCounts;
import org.forewarn.notification.Notifications;
import org.forewarn.plan.PlanTestApi;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * The event → response loop through the HTTP API on the real database: a Level II
 * rainstorm-flood in Longgang, the city flood plan proposed and activated in one action,
 * every unit tasked and notified, acknowledgements on the board, reports versioned,
 * versions kept, retries harmless, bad input refused, districts kept apart.
 */
@PlatformIntegrationTest
class IncidentIntegrationTests {

	static final UUID CITY_FLOOD = UUID.nameUUIDFromBytes("plan:SZ-FX".getBytes(StandardCharsets.UTF_8));
	static final double LONGGANG_LAT = 22.72;
	static final double LONGGANG_LON = 114.25;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Notifications notifications;

	@Autowired
	MovableClock clock;

	PlanTestApi api;

	@BeforeEach
	void api() {
		api = new PlanTestApi(mvc);
	}

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	UUID incident(String user, String title, String type, String level) throws Exception {
		var result = api
			.post(user, "/api/incidents",
					"""
							{"title":"%s","typeCode":"%s","level":"%s","latitude":%s,"longitude":%s}""".formatted(title,
							type, level, LONGGANG_LAT, LONGGANG_LON))
			.andExpect(status().isCreated());
		return UUID.fromString(api.read(result, "$.id"));
	}

	String activation(String versionId, String level, boolean drill) {
		return """
				{"planVersionId":"%s","scenarioCode":"RAINSTORM_FLOOD","level":"%s","drill":%s}""".formatted(versionId,
				level, drill);
	}

	String publishedVersionId(UUID plan) throws Exception {
		List<String> ids = api.read(api.get("duty.city", "/api/plans/" + plan + "/versions"),
				"$[?(@.status == 'PUBLISHED')].id");
		return ids.getFirst();
	}

	@Test
	void aLevelTwoRainstormFloodInLonggangRunsTheCityFloodPlanFromMatchToAcknowledgement() throws Exception {
		UUID id = incident("duty.city", "龙岗区暴雨洪涝", "010101", "II");
		api.get("duty.city", "/api/incidents/" + id)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.place.district.code").value("440307"))
			.andExpect(jsonPath("$.lead.code").value("440300-YJ"))
			.andExpect(jsonPath("$.deadlines.firstPhoneBy").isNotEmpty());
		api.post("duty.city", "/api/incidents/" + id + "/reports", """
				{"kind":"FIRST","deaths":1,"injured":3,"trapped":12,"evacuated":800,"summary":"龙城街道多处内涝，1人死亡"}""")
			.andExpect(status().isCreated());

		// the city flood plan's rainstorm-flood scenario is proposed, with its reason
		var matches = api.get("duty.city", "/api/incidents/" + id + "/plan-matches").andExpect(status().isOk());
		List<Map<String, Object>> proposals = api.read(matches,
				"$[?(@.planCode == 'SZ-FX' && @.scenarioCode == 'RAINSTORM_FLOOD')]");
		assertThat(proposals).hasSize(1);
		@SuppressWarnings("unchecked")
		List<String> reasons = (List<String>) proposals.getFirst().get("reasons");
		assertThat(reasons).anySatisfy(r -> assertThat(r).contains("事件类型"))
			.anySatisfy(r -> assertThat(r).contains("事件级别"));
		String versionId = (String) proposals.getFirst().get("versionId");
		assertThat(proposals.getFirst().get("versionNumber")).isEqualTo(2);

		// preview: who will be tasked and notified
		var preview = api
			.post("duty.city", "/api/incidents/" + id + "/activations/preview", activation(versionId, "II", false))
			.andExpect(status().isOk());
		int planned = api.read(preview, "$.tasks");
		int plannedNotices = ((Number) api.read(preview, "$.notifications")).intValue();
		assertThat(planned).isGreaterThan(31);
		assertThat(plannedNotices).isGreaterThan(planned);

		// one activation creates every task from the duty list and notifies each unit
		var activated = api
			.as("duty.city",
					MockMvcRequestBuilders.post("/api/incidents/" + id + "/activations")
						.contentType("application/json")
						.header("Idempotency-Key", "act-" + id)
						.content(activation(versionId, "II", false)))
			.andExpect(status().isCreated());
		String activationId = api.read(activated, "$.activation.id");
		assertThat((Integer) api.read(activated, "$.tasks")).isEqualTo(planned);

		List<String> dutyUnits = api.read(api.get("duty.city", "/api/plans/" + CITY_FLOOD + "/versions/2"),
				"$.content.duties[*].unitCode");
		List<Map<String, Object>> tasks = tasks(id);
		assertThat(tasks).hasSize(planned);
		assertThat(tasks.stream().map(t -> (String) t.get("key")).collect(Collectors.toSet()))
			.containsAll(dutyUnits.stream().map(u -> "duty:" + u).toList());
		assertThat(tasks).allSatisfy(t -> assertThat(t.get("notified")).isEqualTo(true));
		List<UUID> commands = jdbc.sql("select command_id from incident_task where incident_id = :id")
			.param("id", id)
			.query(UUID.class)
			.list();
		long notices = 0;
		for (UUID command : commands) {
			DeliveryCounts counts = notifications.countsOf(command);
			assertThat(counts.recipients()).isPositive();
			notices += counts.recipients();
		}
		assertThat(notices).isEqualTo(plannedNotices);
		api.get("duty.city", "/api/incidents/" + id).andExpect(jsonPath("$.summary.status").value("RESPONDING"));

		// a network retry (same key) and a retry without the key create nothing twice
		api.as("duty.city",
				MockMvcRequestBuilders.post("/api/incidents/" + id + "/activations")
					.contentType("application/json")
					.header("Idempotency-Key", "act-" + id)
					.content(activation(versionId, "II", false)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.activation.id").value(activationId))
			.andExpect(jsonPath("$.replayed").value(true));
		api.post("duty.city", "/api/incidents/" + id + "/activations", activation(versionId, "II", false))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.activation.id").value(activationId));
		api.as("duty.city",
				MockMvcRequestBuilders.post("/api/incidents/" + id + "/activations")
					.contentType("application/json")
					.header("Idempotency-Key", "act-" + id)
					.content(activation(versionId, "II", true)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("Idempotency-Key"));
		assertThat(tasks(id)).hasSize(planned);
		long after = commands.stream().mapToLong(c -> notifications.countsOf(c).recipients()).sum();
		assertThat(after).isEqualTo(notices);
		assertThat(jdbc.sql("select count(distinct command_id) from incident_task where incident_id = :id")
			.param("id", id)
			.query(Long.class)
			.single()).isEqualTo(planned);

		// the housing bureau's handler acknowledges; the board shows it
		String code = api.read(api.get("duty.city", "/api/incidents/" + id), "$.summary.code");
		List<Map<String, Object>> items = api.read(api.get("handler.housing", "/api/me/notifications?limit=200"),
				"$[*]");
		List<String> inbox = items.stream()
			.filter(n -> ((String) n.get("text")).contains(code))
			.map(n -> (String) n.get("id"))
			.toList();
		assertThat(inbox).isNotEmpty();
		for (String notice : inbox) {
			api.post("handler.housing", "/api/notifications/" + notice + "/acknowledge", "{}")
				.andExpect(status().isOk());
		}
		Map<String, Object> housing = awaitTask(id, "duty:440300-ZJ", "ACKNOWLEDGED");
		assertThat(housing.get("status")).isEqualTo("ACKNOWLEDGED");
		List<String> timeline = api.read(api.get("duty.city", "/api/incidents/" + id + "/board"),
				"$.timeline[*].summary");
		assertThat(timeline).anySatisfy(s -> assertThat(s).contains("已签收"));

		// the unit's handler moves its task; overdue shows once the deadline passes
		api.post("handler.housing", "/api/incidents/" + id + "/tasks/" + housing.get("id") + "/start", "{}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("IN_PROGRESS"));
		api.post("handler.housing", "/api/incidents/" + id + "/tasks/" + housing.get("id") + "/done", "{}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("DONE"));
		String otherUnitTask = (String) tasks(id).stream()
			.filter(t -> t.get("key").equals("duty:440300-SW"))
			.findFirst()
			.orElseThrow()
			.get("id");
		api.post("handler.housing", "/api/incidents/" + id + "/tasks/" + otherUnitTask + "/done", "{}")
			.andExpect(status().isForbidden());
		clock.advance(Duration.ofHours(5));
		api.get("duty.city", "/api/incidents/" + id + "/board").andExpect(jsonPath("$.overdue").value(planned - 1));
		clock.reset();

		// a follow-up report updates the casualties; the first report stays in history
		api.post("duty.city", "/api/incidents/" + id + "/reports",
				"""
						{"kind":"FOLLOW_UP","deaths":12,"injured":20,"missing":2,"trapped":0,"evacuated":15000,"summary":"搜救持续，死亡12人"}""")
			.andExpect(status().isCreated());
		var board = api.get("duty.city", "/api/incidents/" + id + "/board").andExpect(status().isOk());
		assertThat((Integer) api.read(board, "$.incident.assessment.facts.deaths")).isEqualTo(12);
		assertThat((List<Integer>) api.read(board, "$.reports[*].facts.deaths")).containsExactly(1, 12);
		assertThat((List<String>) api.read(board, "$.reports[*].kind")).containsExactly("FIRST", "FOLLOW_UP");

		// publishing a new version leaves the running incident on the version it was
		// activated with
		api.post("duty.city", "/api/plans/" + CITY_FLOOD + "/revisions", "{\"reason\":\"龙岗暴雨复盘：增加供水保障\"}")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.number").value(3));
		var v3 = api.get("duty.city", "/api/plans/" + CITY_FLOOD + "/versions/3");
		String content = api.body(v3);
		String edited = new tools.jackson.databind.json.JsonMapper().readTree(content)
			.get("content")
			.toString()
			.replace("\"measures\":[",
					"\"measures\":[{\"scenarioCode\":\"RAINSTORM_FLOOD\",\"level\":\"I\",\"unitCode\":\"440300-SW\",\"task\":\"保障受灾区域应急供水\",\"deadlineMinutes\":120,\"resources\":[\"供水车\"]},");
		api.put("duty.city", "/api/plans/" + CITY_FLOOD + "/versions/3",
				"{\"content\":" + edited + ",\"reason\":\"龙岗暴雨复盘：增加供水保障\"}")
			.andExpect(status().isOk());
		api.post("duty.city", "/api/plans/" + CITY_FLOOD + "/versions/3/submit", "{}").andExpect(status().isOk());
		api.post("admin", "/api/plans/" + CITY_FLOOD + "/versions/3/approve", "{}").andExpect(status().isOk());
		api.get("duty.city", "/api/incidents/" + id + "/board")
			.andExpect(jsonPath("$.activations[0].versionNumber").value(2))
			.andExpect(jsonPath("$.activations[0].planVersionId").value(versionId));

		// raising the response level adds the level I tasks from version 2 (not 3),
		// lowering cancels them
		api.post("duty.city", "/api/incidents/" + id + "/activations/1/level", "{\"level\":\"I\",\"reason\":\"灾情扩大\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.level").value("I"));
		List<Map<String, Object>> raised = tasks(id);
		assertThat(raised.size()).isGreaterThan(planned);
		assertThat(raised).noneMatch(t -> "保障受灾区域应急供水".equals(t.get("title")));
		assertThat(raised).anyMatch(t -> "I".equals(t.get("level")));
		api.post("duty.city", "/api/incidents/" + id + "/activations/1/level", "{\"level\":\"II\",\"reason\":\"灾情缓解\"}")
			.andExpect(status().isOk());
		assertThat(tasks(id)).filteredOn(t -> "I".equals(t.get("level")))
			.allSatisfy(t -> assertThat(t.get("status")).isEqualTo("CANCELLED"));

		// every state change left an audit entry
		List<String> actions = jdbc.sql("select action from audit_event where target like :t")
			.param("t", "incident:" + id + "%")
			.query(String.class)
			.list();
		assertThat(actions).contains("incident.create", "incident.report", "incident.activate",
				"incident.task.acknowledge", "incident.task.start", "incident.response-level");
	}

	@SuppressWarnings("unchecked")
	List<Map<String, Object>> tasks(UUID id) throws Exception {
		List<Map<String, Object>> all = api.read(api.get("duty.city", "/api/incidents/" + id + "/board"),
				"$.units[*].tasks[*]");
		return all;
	}

	/**
	 * The acknowledgement arrives by an event after commit, so the task's status is
	 * polled for.
	 */
	Map<String, Object> awaitTask(UUID id, String key, String status) {
		return await("task " + key + " " + status).atMost(Duration.ofSeconds(20))
			.until(() -> tasks(id).stream().filter(t -> t.get("key").equals(key)).findFirst().orElseThrow(),
					task -> status.equals(task.get("status")));
	}

	@Test
	void aDrillTasksOnlyTheUnitsAndIsMarkedEverywhere() throws Exception {
		UUID id = incident("duty.city", "防汛演练：龙岗区内涝", "010101", "II");
		String versionId = publishedVersionId(CITY_FLOOD);
		api.post("duty.city", "/api/incidents/" + id + "/activations?preview=true", activation(versionId, "I", true))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.drill").value(true))
			.andExpect(jsonPath("$.audienceRecipients").value(0));
		api.post("duty.city", "/api/incidents/" + id + "/activations", activation(versionId, "I", true))
			.andExpect(status().isCreated());
		List<Map<String, Object>> tasks = tasks(id);
		assertThat(tasks).isNotEmpty().allSatisfy(t -> {
			assertThat(t.get("drill")).isEqualTo(true);
			assertThat(t.get("audience")).isEqualTo(0);
		});
		List<String> titles = jdbc.sql("""
				select distinct s.title from incident_task t join notification_subject s on s.id = t.command_id
				where t.incident_id = :id""").param("id", id).query(String.class).list();
		assertThat(titles).isNotEmpty().allSatisfy(t -> assertThat(t).startsWith("【演练】"));
		api.get("duty.city", "/api/incidents/" + id)
			.andExpect(jsonPath("$.summary.drillOnly").value(true))
			.andExpect(jsonPath("$.summary.status").value("REPORTED"));
	}

	@Test
	void badInputIsRefusedWithAProblemNamingTheField() throws Exception {
		api.post("duty.city", "/api/incidents", """
				{"title":"x","typeCode":"010101","level":"V","latitude":22.72,"longitude":114.25}""")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("level"));
		api.post("duty.city", "/api/incidents", """
				{"title":"x","typeCode":"999999","level":"II","latitude":22.72,"longitude":114.25}""")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("typeCode"));
		api.post("duty.city", "/api/incidents", """
				{"title":"x","typeCode":"010101","level":"II","latitude":10.0,"longitude":10.0}""")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("latitude"));
		UUID id = incident("duty.city", "误报", "020301", "IV");
		api.post("duty.city", "/api/incidents/" + id + "/reports", """
				{"kind":"FOLLOW_UP","summary":"x"}""")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("kind"));
		api.post("duty.city", "/api/incidents/" + id + "/reports", """
				{"kind":"FIRST","deaths":-1,"summary":"x"}""")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("deaths"));
		api.post("duty.city", "/api/incidents/" + id + "/close", "{\"reason\":\"误报\"}").andExpect(status().isOk());
		api.post("duty.city", "/api/incidents/" + id + "/reports", """
				{"kind":"FIRST","deaths":0,"summary":"已处置"}""")
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.errors[0].field").value("status"));
		api.post("duty.city", "/api/incidents/" + id + "/activations",
				activation(UUID.randomUUID().toString(), "II", false))
			.andExpect(status().is4xxClientError());
	}

	@Test
	void eachStatusMoveHasItsOwnEndpointAndAnIllegalOneIsAConflict() throws Exception {
		UUID id = incident("duty.city", "龙岗区某路段塌陷", "020301", "IV");
		String incident = "/api/incidents/" + id;
		api.post("duty.city", incident + "/recover", "{\"reason\":\"x\"}")
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.errors[0].field").value("status"));
		api.post("duty.city", incident + "/respond", "{\"reason\":\"启动Ⅳ级响应\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.summary.status").value("RESPONDING"));
		api.post("duty.city", incident + "/level", "{\"level\":\"III\",\"reason\":\"影响范围扩大\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.summary.level").value("III"))
			.andExpect(jsonPath("$.summary.status").value("RESPONDING"));
		api.post("duty.city", incident + "/level", "{\"level\":\"V\",\"reason\":\"x\"}")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("level"));
		api.post("duty.city", incident + "/recover", "")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.summary.status").value("RECOVERING"));
		api.post("duty.city", incident + "/close", "{\"reason\":\"恢复完成\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.summary.status").value("CLOSED"));
		api.post("duty.city", incident + "/respond", "{}").andExpect(status().isConflict());
		api.post("duty.nanshan", incident + "/respond", "{}").andExpect(status().isForbidden());
		assertThat(jdbc.sql(
				"select count(*) from audit_event where target = :t and action in ('incident.status', 'incident.level')")
			.param("t", "incident:" + id)
			.query(Long.class)
			.single()).isEqualTo(4);
	}

	@Test
	void theApiDocumentNamesEachIncidentAndDispatchActionBodyByItsOwnSchema() throws Exception {
		Map<String, String> bodies = new java.util.LinkedHashMap<>();
		bodies.put("/api/incidents/{id}/respond", "ResponseStart");
		bodies.put("/api/incidents/{id}/recover", "RecoveryStart");
		bodies.put("/api/incidents/{id}/close", "IncidentClosing");
		bodies.put("/api/incidents/{id}/level", "IncidentRegrading");
		bodies.put("/api/incidents/{id}/activations/{number}/level", "ResponseLevelChange");
		bodies.put("/api/incidents/{id}/tasks/{taskId}/block", "TaskBlockage");
		bodies.put("/api/incidents/{id}/decisions", "IncidentDecision");
		bodies.put("/api/incidents/{id}/reviews", "AfterActionReview");
		bodies.put("/api/dispatches/{id}/approve", "DispatchApproval");
		bodies.put("/api/dispatches/{id}/reject", "DispatchRejection");
		bodies.put("/api/dispatches/{id}/cancel", "DispatchCancellation");
		bodies.put("/api/dispatches/{id}/dispatch", "DispatchDeparture");
		bodies.put("/api/dispatches/{id}/arrive", "DispatchArrival");
		bodies.put("/api/dispatches/{id}/return", "DispatchReturn");
		var docs = mvc.perform(MockMvcRequestBuilders.get("/v3/api-docs")).andExpect(status().isOk());
		for (var body : bodies.entrySet()) {
			String ref = api.read(docs,
					"$.paths['" + body.getKey() + "'].post.requestBody.content['application/json'].schema['$ref']");
			assertThat(ref).as(body.getKey()).isEqualTo("#/components/schemas/" + body.getValue());
		}
		assertThat(Set.copyOf(bodies.values())).hasSameSizeAs(bodies.values());
		// each schema is the move's own: exactly its fields
		Map<String, Object> back = api.read(docs, "$.components.schemas.DispatchReturn.properties");
		assertThat(back).containsOnlyKeys("returnedQuantity", "note");
		Map<String, Object> regrading = api.read(docs, "$.components.schemas.IncidentRegrading.properties");
		assertThat(regrading).containsOnlyKeys("level", "reason");
		Map<String, Object> start = api.read(docs, "$.components.schemas.ResponseStart.properties");
		assertThat(start).containsOnlyKeys("reason");
		// the tasks' moves without a body have an endpoint each, no string-named action
		assertThat(api.<Map<String, Object>>read(docs, "$.paths"))
			.containsKeys("/api/incidents/{id}/tasks/{taskId}/acknowledge", "/api/incidents/{id}/tasks/{taskId}/start",
					"/api/incidents/{id}/tasks/{taskId}/done")
			.doesNotContainKeys("/api/incidents/{id}/tasks/{taskId}/{action}", "/api/dispatches/{id}/{action}",
					"/api/incidents/{id}/status");
	}

	@Test
	void reportedCasualtiesAboveTheDeclaredLevelRaiseAWarningWithTheCriterion() throws Exception {
		UUID id = incident("duty.city", "龙岗某厂房生产安全事故", "020101", "III");
		api.post("duty.city", "/api/incidents/" + id + "/reports", """
				{"kind":"FIRST","deaths":11,"injured":5,"summary":"厂房坍塌"}""").andExpect(status().isCreated());
		api.get("duty.city", "/api/incidents/" + id)
			.andExpect(jsonPath("$.assessment.implied").value("II"))
			.andExpect(jsonPath("$.assessment.warning").value(org.hamcrest.Matchers.containsString("II级")))
			.andExpect(jsonPath("$.assessment.criteria[0]").value(org.hamcrest.Matchers.containsString("493")));
	}

	@Test
	void aNanshanDutyOfficerCannotSeeOrChangeALonggangIncident() throws Exception {
		UUID id = incident("duty.city", "龙岗区暴雨洪涝（辖区测试）", "010101", "III");
		api.get("duty.nanshan", "/api/incidents/" + id).andExpect(status().isForbidden());
		api.get("duty.nanshan", "/api/incidents/" + id + "/board").andExpect(status().isForbidden());
		api.post("duty.nanshan", "/api/incidents/" + id + "/reports", "{\"kind\":\"FIRST\",\"summary\":\"x\"}")
			.andExpect(status().isForbidden());
		api.post("duty.nanshan", "/api/incidents/" + id + "/decisions", "{\"decision\":\"x\"}")
			.andExpect(status().isForbidden());
		List<String> visible = api.read(api.get("duty.nanshan", "/api/incidents"), "$[*].id");
		assertThat(visible).doesNotContain(id.toString());
		// nor report one in Longgang
		api.post("duty.nanshan", "/api/incidents", """
				{"title":"x","typeCode":"010101","level":"IV","latitude":22.72,"longitude":114.25}""")
			.andExpect(status().isForbidden());
		List<String> cityView = api.read(api.get("duty.city", "/api/incidents"), "$[*].id");
		assertThat(cityView).contains(id.toString());
		assertThat(jdbc.sql("select count(*) from audit_event where target like :t and actor = 'duty.nanshan'")
			.param("t", "%" + id + "%")
			.query(Long.class)
			.single()).isPositive();
	}

	@Test
	void consultationsAndDecisionsGoOnTheBoardAndItsTimeline() throws Exception {
		UUID id = incident("duty.city", "龙岗区暴雨会商", "010101", "III");
		api.post("duty.city", "/api/incidents/" + id + "/consultations", """
				{"topic":"研判龙岗河水位","participants":["市应急管理局","市水务局","市气象局"],"conclusions":"维持Ⅲ级响应"}""")
			.andExpect(status().isCreated());
		api.post("duty.city", "/api/incidents/" + id + "/decisions", "{\"decision\":\"龙岗河沿线人员转移\"}")
			.andExpect(status().isCreated());
		api.post("duty.city", "/api/incidents/" + id + "/consultations", "{\"topic\":\"x\",\"participants\":[]}")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("participants"));
		var board = api.get("duty.city", "/api/incidents/" + id + "/board");
		assertThat((List<String>) api.read(board, "$.consultations[*].conclusions")).containsExactly("维持Ⅲ级响应");
		assertThat((List<String>) api.read(board, "$.decisions[*].decision")).containsExactly("龙岗河沿线人员转移");
		assertThat((List<String>) api.read(board, "$.timeline[*].kind")).contains("CONSULTATION", "DECISION",
				"REPORTED");
		assertThat(Set.of("CONSULTATION")).isNotEmpty();
	}

	@Test
	void aFutianOfficerCannotOpenAnIncidentOverNanshanButTheCityCanAndNanshanThenSeesIt() throws Exception {
		// Futian's own point, but an affected area in Nanshan: refused, naming the field,
		// nothing stored
		api.post("duty.futian", "/api/incidents", """
				{"title":"跨区测试-福田越权","typeCode":"010101","level":"IV","latitude":22.54,"longitude":114.05,
				 "areaCodes":["440305"]}""")
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.errors[0].field").value("areaCodes"))
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("440305")));
		assertThat(jdbc.sql("select count(*) from incident where title = '跨区测试-福田越权'").query(Long.class).single())
			.isZero();
		// its own district's streets are fine
		api.post("duty.futian", "/api/incidents", """
				{"title":"跨区测试-福田本区","typeCode":"010101","level":"IV","latitude":22.54,"longitude":114.05,
				 "areaCodes":["440304"]}""").andExpect(status().isCreated());

		// the city opens one over both districts: Nanshan sees it in its list and by id
		var created = api.post("duty.city", "/api/incidents", """
				{"title":"跨区测试-市级","typeCode":"010101","level":"III","latitude":22.54,"longitude":114.05,
				 "areaCodes":["440304","440305"]}""").andExpect(status().isCreated());
		String id = api.read(created, "$.id");
		api.get("duty.nanshan", "/api/incidents/" + id).andExpect(status().isOk());
		List<String> nanshan = api.read(api.get("duty.nanshan", "/api/incidents"), "$[*].id");
		assertThat(nanshan).contains(id);
		api.get("duty.futian", "/api/incidents/" + id).andExpect(status().isOk());
	}

}
