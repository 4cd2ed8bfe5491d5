package org.forewarn.hazard;

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
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.jayway.jsonpath.JsonPath;

import org.forewarn.MovableClock;
import org.forewarn.PlatformIntegrationTest;
import org.forewarn.platform.DemoMode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The prevent → verify loop end to end through the HTTP API, on the real database with
 * the demo organisation.
 */
@PlatformIntegrationTest
@org.springframework.test.context.event.RecordApplicationEvents
class HazardIntegrationTests {

	/** A point in 福田区 / 福保街道 (the region module's acceptance point). */
	static final double FUBAO_LAT = 22.54;
	static final double FUBAO_LON = 114.05;

	/**
	 * Smallest valid PNG header: enough for the type check, which reads the first bytes.
	 */
	static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R' };

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MovableClock clock;

	@Autowired
	SupervisionSweep sweep;

	@Autowired
	StepDeadlines deadlines;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	org.springframework.test.context.event.ApplicationEvents recorded;

	private final Map<String, String> tokens = new ConcurrentHashMap<>();

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void gasTipInFutianIsRoutedToTheGasRegulatorAndStreetAndClosesThroughTheWholeLoop() throws Exception {
		String body = tip("福田区福保街道某小区楼下燃气管道漏气，闻到很浓的煤气味", FUBAO_LAT, FUBAO_LON, "10.1.0.1")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.trackingCode").isString())
			.andExpect(jsonPath("$.duplicate").value(false))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String tracking = JsonPath.read(body, "$.trackingCode");
		UUID id = orderOfTip(tracking);

		String detail = as("handler.gas.futian", get("/api/disposal-orders/" + id)).andExpect(status().isOk())
			.andExpect(jsonPath("$.category").value("GAS"))
			.andExpect(jsonPath("$.departmentCode").value("440304-RQ"))
			.andExpect(jsonPath("$.districtCode").value("440304"))
			.andExpect(jsonPath("$.streetCode").value("440304010"))
			.andExpect(jsonPath("$.status").value("DISPATCHED"))
			.andExpect(jsonPath("$.allowedActions").value(org.hamcrest.Matchers.hasItems("accept", "return")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat((String) JsonPath.read(detail, "$.gridCode")).startsWith("440304010");

		// in the gas office's and the street's inboxes; not in another department's or
		// another district's
		assertThat(inbox("handler.gas.futian", "department")).contains(id.toString());
		assertThat(inbox("street.fubao", "territory")).contains(id.toString());
		assertThat(inbox("handler.housing", "department")).doesNotContain(id.toString());
		assertThat(
				as("duty.nanshan", get("/api/disposal-orders?size=200")).andReturn().getResponse().getContentAsString())
			.doesNotContain(id.toString());
		as("duty.nanshan", get("/api/disposal-orders/" + id)).andExpect(status().isForbidden());
		as("handler.housing", get("/api/disposal-orders/" + id)).andExpect(status().isForbidden());

		move("handler.gas.futian", id, "accept", "{}").andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("VERIFYING"));
		String photo = upload("handler.gas.futian", id);
		move("handler.gas.futian", id, "verify",
				"{\"outcome\":\"CONFIRMED\",\"note\":\"现场确认阀门老化漏气\",\"photoIds\":[\"" + photo + "\"]}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("RECTIFYING"))
			.andExpect(jsonPath("$.rectifyDeadline").isString());
		move("handler.gas.futian", id, "rectify", "{\"note\":\"已关闭总阀，更换阀门\"}").andExpect(status().isOk());
		move("handler.gas.futian", id, "submit", "{\"note\":\"整改完成\"}").andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("REVIEW"));
		// the department cannot approve its own work; the street can
		move("handler.gas.futian", id, "approve", "{}").andExpect(status().isForbidden());
		move("street.fubao", id, "approve", "{\"note\":\"复核通过\"}").andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("CLOSED"))
			.andExpect(jsonPath("$.resolution").value("RECTIFIED"));

		String finalDetail = as("duty.futian", get("/api/disposal-orders/" + id)).andReturn()
			.getResponse()
			.getContentAsString();
		List<String> actions = JsonPath.read(finalDetail, "$.timeline[*].action");
		assertThat(actions).containsExactly("report", "accept", "verify", "rectify", "submit", "approve");
		List<String> verifyPhotos = JsonPath.read(finalDetail, "$.timeline[2].photoIds");
		assertThat(verifyPhotos).containsExactly(photo);

		String progress = mvc.perform(get("/api/public/hazard-tips/" + tracking))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("CLOSED"))
			.andExpect(jsonPath("$.statusName").value("已办结"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(progress).doesNotContain("440304-RQ").doesNotContain("福田区燃气办经办人").doesNotContain("handler");
		List<String> steps = JsonPath.read(progress, "$.steps[*].statusName");
		assertThat(steps).containsExactly("已受理", "已派发", "核查中", "整改中", "复核中", "已办结");

		assertThat(jdbc.sql("select count(*) from audit_event where target = :t and action like 'disposal-order.%'")
			.param("t", "disposal-order:" + JsonPath.read(finalDetail, "$.code"))
			.query(Long.class)
			.single()).isEqualTo(6); // five moves and the photo
	}

	@Test
	void wrongDepartmentReturnsTheOrderToTheDispatcherWhoReroutesItAndTheClassifierLearns() throws Exception {
		// the grid worker files it as a gas hazard; the gas office knows better
		UUID id = UUID.fromString(JsonPath.read(as("grid.futian", post("/api/hazards")
			.contentType(MediaType.APPLICATION_JSON)
			.content(
					"{\"description\":\"燃气表箱旁边的消防通道被杂物堵死了\",\"latitude\":22.5405,\"longitude\":114.0505,\"category\":\"GAS\"}"))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString(), "$.orderId"));
		String department = JsonPath.read(
				as("duty.futian", get("/api/disposal-orders/" + id)).andReturn().getResponse().getContentAsString(),
				"$.departmentCode");
		assertThat(department).isEqualTo("440304-RQ");

		move("handler.gas.futian", id, "return", "{}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("reason"));
		move("handler.gas.futian", id, "return", "{\"reason\":\"消防通道堵塞属消防部门\"}").andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("RETURNED"));
		assertThat(inbox("duty.futian", "dispatch")).contains(id.toString());
		assertThat(inbox("handler.gas.futian", "department")).doesNotContain(id.toString());

		long examples = jdbc.sql("select count(*) from hazard_training_example").query(Long.class).single();
		move("duty.futian", id, "reassign",
				"{\"departmentCode\":\"440304-XF\",\"category\":\"FIRE\",\"note\":\"改派消防\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("DISPATCHED"))
			.andExpect(jsonPath("$.departmentCode").value("440304-XF"))
			.andExpect(jsonPath("$.category").value("FIRE"));
		assertThat(jdbc.sql("select count(*) from hazard_training_example").query(Long.class).single())
			.isEqualTo(examples + 1);
		List<String> actions = JsonPath.read(
				as("duty.futian", get("/api/disposal-orders/" + id)).andReturn().getResponse().getContentAsString(),
				"$.timeline[*].action");
		assertThat(actions).containsExactly("report", "return", "dispatch");
	}

	@Test
	void overdueOrdersGetAYellowThenARedFlagAnnouncedToTheDistrictThenTheCity() throws Exception {
		UUID id = orderOfTip(JsonPath.read(tip("福保街道路口燃气调压箱被车撞歪，有异味", 22.5395, 114.0495, "10.1.0.3").andReturn()
			.getResponse()
			.getContentAsString(), "$.trackingCode"));
		String code = code(id);
		sweep.sweep();
		assertThat(notices(id)).isEmpty();

		clock.advance(untilJustAfter(id, "step_deadline")); // past "accept within 1
															// working day"
		tokens.clear(); // 12-hour tokens expire when time jumps
		sweep.sweep();
		as("duty.futian", get("/api/disposal-orders/" + id)).andExpect(jsonPath("$.supervision").value("YELLOW"))
			.andExpect(jsonPath("$.overdue").value(true));
		assertThat(notices(id)).containsExactly("YELLOW@440304");
		assertThat(supervisionFeed("duty.futian")).contains(code);
		assertThat(supervisionFeed("duty.nanshan")).doesNotContain(code);

		sweep.sweep(); // a second sweep raises nothing new
		assertThat(notices(id)).containsExactly("YELLOW@440304");

		clock.advance(untilJustAfter(id, "red_at")); // past the red threshold (1 more
														// working day)
		tokens.clear();
		sweep.sweep();
		as("duty.city", get("/api/disposal-orders/" + id)).andExpect(jsonPath("$.supervision").value("RED"));
		assertThat(notices(id)).containsExactly("YELLOW@440304", "RED@440300");
		assertThat(recorded.stream(DisposalOrderSupervised.class)
			.filter(e -> e.code().equals(code))
			.map(e -> e.level() + "@" + e.notifyRegionCode())).containsExactly("YELLOW@440304", "RED@440300");

		// the duty officers of the level above are notified through the notification
		// module
		// the notification listener runs after the sweep's commit
		long delivered = await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql("""
				select count(*) from notification n join notification_subject s on s.id = n.subject_id
				where s.title like :title""").param("title", "%" + code).query(Long.class).single(), n -> n >= 2);
		assertThat(delivered).as("yellow to Futian's duty officers, red to the city's").isGreaterThanOrEqualTo(2);
		assertThat(jdbc.sql("""
				select count(*) from notification n join notification_subject s on s.id = n.subject_id
				join app_user u on u.person_id = n.person_id
				where s.title like :title and u.username in ('duty.futian', 'duty.city')""")
			.param("title", "%" + code)
			.query(Long.class)
			.single()).isEqualTo(2);

		// accepting starts a new step: the flag goes, the history stays
		move("handler.gas.futian", id, "accept", "{}").andExpect(jsonPath("$.supervision").value("NONE"));
		assertThat(notices(id)).hasSize(2);
	}

	@Test
	void ofTwoConcurrentAcceptsOneWinsAndTheOtherGets409() throws Exception {
		UUID id = orderOfTip(JsonPath.read(tip("福保街道菜市场燃气瓶违规存放，气味明显", 22.5412, 114.0512, "10.1.0.4").andReturn()
			.getResponse()
			.getContentAsString(), "$.trackingCode"));
		String token = token("handler.gas.futian");
		CountDownLatch start = new CountDownLatch(1);
		Callable<Integer> accept = () -> {
			start.await();
			return mvc
				.perform(post("/api/disposal-orders/" + id + "/accept").header("Authorization", "Bearer " + token)
					.contentType(MediaType.APPLICATION_JSON)
					.content("{}"))
				.andReturn()
				.getResponse()
				.getStatus();
		};
		try (ExecutorService pool = Executors.newFixedThreadPool(2)) {
			Future<Integer> a = pool.submit(accept);
			Future<Integer> b = pool.submit(accept);
			start.countDown();
			assertThat(List.of(a.get(), b.get())).containsExactlyInAnyOrder(200, 409);
		}
		assertThat(timelineActions(id)).containsExactly("report", "accept");
	}

	@Test
	void theSameRequestRepeatedWithAnIdempotencyKeyIsAppliedOnce() throws Exception {
		UUID id = orderOfTip(JsonPath.read(
				tip("福保街道某餐馆燃气软管老化开裂", 22.5388, 114.0488, "10.1.0.5").andReturn().getResponse().getContentAsString(),
				"$.trackingCode"));
		String key = UUID.randomUUID().toString();
		String first = as("handler.gas.futian",
				post("/api/disposal-orders/" + id + "/accept").header("Idempotency-Key", key)
					.contentType(MediaType.APPLICATION_JSON)
					.content("{}"))
			.andExpect(status().isOk())
			.andExpect(header().string("Idempotent-Replayed", "false"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String second = as("handler.gas.futian",
				post("/api/disposal-orders/" + id + "/accept").header("Idempotency-Key", key)
					.contentType(MediaType.APPLICATION_JSON)
					.content("{}"))
			.andExpect(status().isOk())
			.andExpect(header().string("Idempotent-Replayed", "true"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(second).isEqualTo(first);
		assertThat(timelineActions(id)).containsExactly("report", "accept");
		// without the key, the repeat is a conflict, not a second application
		move("handler.gas.futian", id, "accept", "{}").andExpect(status().isConflict());
	}

	@Test
	void anIllegalMoveAnswers409OrderStateAndChangesNothing() throws Exception {
		UUID id = orderOfTip(JsonPath.read(
				tip("福保街道某小区地下车库燃气表箱漏气", 22.5425, 114.0470, "10.1.0.9").andReturn().getResponse().getContentAsString(),
				"$.trackingCode"));
		String status = jdbc.sql("select status from disposal_order where id = :id")
			.param("id", id)
			.query(String.class)
			.single();
		assertThat(status).isEqualTo("DISPATCHED");
		// approving needs the order in review; the territory's duty officer may approve,
		// so only the state refuses it
		move("duty.futian", id, "approve", "{\"note\":\"通过\"}").andExpect(status().isConflict())
			.andExpect(jsonPath("$.type").value("https://forewarn.org/problems/order-state"))
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("'approve'")));
		assertThat(timelineActions(id)).containsExactly("report");
	}

	/**
	 * Every move's body is its own schema in the API document: before, all nine shared
	 * one catch-all {@code Move}, so a client generated from the document could not tell
	 * what a move needs.
	 */
	@Test
	void theApiDocumentDescribesEveryOrderMoveBodyByItsOwnSchema() throws Exception {
		String docs = as("admin", get("/v3/api-docs")).andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		Map<String, String> bodies = new java.util.LinkedHashMap<>();
		for (String action : List.of("accept", "return", "verify", "rectify", "submit", "approve", "reject", "reassign",
				"supervise")) {
			String ref = JsonPath.read(docs, "$.paths['/api/disposal-orders/{id}/" + action
					+ "'].post.requestBody.content['application/json'].schema['$ref']");
			bodies.put(action, ref.substring(ref.lastIndexOf('/') + 1));
		}
		assertThat(bodies).containsExactly(Map.entry("accept", "AcceptOrder"), Map.entry("return", "ReturnOrder"),
				Map.entry("verify", "VerifyOrder"), Map.entry("rectify", "RecordRectification"),
				Map.entry("submit", "SubmitRectification"), Map.entry("approve", "ApproveOrder"),
				Map.entry("reject", "RejectOrder"), Map.entry("reassign", "ReassignOrder"),
				Map.entry("supervise", "SuperviseOrder"));
		Map<String, Object> verify = JsonPath.read(docs, "$.components.schemas.VerifyOrder.properties");
		assertThat(verify).containsOnlyKeys("outcome", "grade", "note", "photoIds");
		Map<String, Object> reassign = JsonPath.read(docs, "$.components.schemas.ReassignOrder.properties");
		assertThat(reassign).containsOnlyKeys("departmentCode", "category", "grade", "note");
		assertThat(bodies.values()).doesNotHaveDuplicates().doesNotContain("Move");
		// the composed detail is documented as the flat object it is written as
		Map<String, Object> detail = JsonPath.read(docs, "$.components.schemas.Detail.properties");
		assertThat(detail).containsKeys("code", "districtName", "departmentName", "stepDeadline", "reportCount",
				"timeline", "allowedActions");
	}

	@Test
	void badInputIsRejectedNamingTheFieldAndWritesNothing() throws Exception {
		long orders = count("disposal_order");
		long reports = count("hazard_report");
		long photos = count("hazard_photo");

		tipJson("{\"description\":\"燃气泄漏\"}", "10.2.0.1").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("location"));
		tipJson("{\"description\":\"" + "燃".repeat(1_000_000) + "\",\"latitude\":22.54,\"longitude\":114.05}",
				"10.2.0.2")
			.andExpect(status().isPayloadTooLarge())
			.andExpect(jsonPath("$.errors[0].field").value("description"));
		tipJson("{\"description\":\"燃气泄漏\",\"latitude\":22.2,\"longitude\":114.6}", "10.2.0.3")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("latitude"));
		tipJson("{\"description\":\"燃气泄漏\",\"latitude\":95,\"longitude\":114.05}", "10.2.0.4")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("latitude"));
		tipJson("{\"description\":", "10.2.0.5").andExpect(status().isBadRequest());
		// a body far beyond any real report is refused before it is read into memory
		tipJson("{\"description\":\"" + "x".repeat(9 * 1024 * 1024) + "\"}", "10.2.0.7")
			.andExpect(status().isPayloadTooLarge());
		as("grid.futian", post("/api/hazards").contentType(MediaType.APPLICATION_JSON)
			.content("{\"description\":\"燃气泄漏\",\"latitude\":22.54,\"longitude\":114.05,\"category\":\"NO_SUCH\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("category"));
		mvc.perform(multipart("/api/public/hazard-tips")
			.file(new MockMultipartFile("tip", "", "application/json",
					"{\"description\":\"燃气泄漏\",\"latitude\":22.54,\"longitude\":114.05}".getBytes()))
			.file(new MockMultipartFile("photos", "ok.png", "image/png", PNG))
			.file(new MockMultipartFile("photos", "evil.png", "image/png", "<script>alert(1)</script>".getBytes()))
			.with(from("10.2.0.6")))
			.andExpect(status().isUnsupportedMediaType())
			.andExpect(jsonPath("$.errors[0].field").value("photos[1]"));

		assertThat(count("disposal_order")).isEqualTo(orders);
		assertThat(count("hazard_report")).isEqualTo(reports);
		assertThat(count("hazard_photo")).isEqualTo(photos);
	}

	@Test
	void aTipWithPhotosKeepsThemAndTheSameHazardReportedAgainJoinsTheOpenOrder() throws Exception {
		String first = mvc.perform(multipart("/api/public/hazard-tips").file(new MockMultipartFile("tip", "",
				"application/json",
				"{\"description\":\"福保街道福田保税区某厂房门口燃气管道泄漏\",\"latitude\":22.5301,\"longitude\":114.0601,\"contact\":\"13812345678\"}"
					.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
			.file(new MockMultipartFile("photos", "leak.png", "image/png", PNG))
			.with(from("10.3.0.1"))).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		UUID id = orderOfTip(JsonPath.read(first, "$.trackingCode"));
		String again = tip("福保街道福田保税区厂房门口燃气管道泄漏了", 22.5302, 114.0602, "10.3.0.2").andExpect(status().isCreated())
			.andExpect(jsonPath("$.duplicate").value(true))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(orderOfTip(JsonPath.read(again, "$.trackingCode"))).isEqualTo(id);

		String detail = as("duty.futian", get("/api/disposal-orders/" + id))
			.andExpect(jsonPath("$.reportCount").value(2))
			.andExpect(jsonPath("$.photos.length()").value(1))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(detail).contains("138****5678").doesNotContain("13812345678");
		String photoId = JsonPath.read(detail, "$.photos[0].id");
		as("duty.futian", get("/api/hazard-photos/" + photoId)).andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "image/png"));
		as("duty.nanshan", get("/api/hazard-photos/" + photoId)).andExpect(status().isForbidden());
	}

	@Test
	void unclearReportsWaitForADispatcherInsteadOfBeingRoutedAutomatically() throws Exception {
		String receipt = as("grid.futian",
				post("/api/hazards").contentType(MediaType.APPLICATION_JSON)
					.content("{\"description\":\"居民反映楼下经常有人大声喧哗\",\"latitude\":22.54,\"longitude\":114.05}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.classification.autoRouted").value(false))
			.andExpect(jsonPath("$.status").value("PENDING_DISPATCH"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String orderId = JsonPath.read(receipt, "$.orderId");
		assertThat(inbox("duty.futian", "dispatch")).contains(orderId);
		assertThat(inbox("duty.nanshan", "dispatch")).doesNotContain(orderId);
	}

	@Test
	void videoAlarmsComeInByApiKeyAndAReplayStoresNothingNew() throws Exception {
		String alarm = "{\"alarmId\":\"cam-0042-20261123-001\",\"cameraCode\":\"FT-0042\",\"alarmType\":\"fire_lane_blocked\","
				+ "\"latitude\":22.5420,\"longitude\":114.0520,\"occurredAt\":\"" + Instant.now().minusSeconds(3600)
				+ "\"}";
		mvc.perform(post("/api/hazards/video-alarms").contentType(MediaType.APPLICATION_JSON).content(alarm))
			.andExpect(status().isUnauthorized());
		mvc.perform(post("/api/hazards/video-alarms").header("X-Api-Key", "fwk_wrong")
			.contentType(MediaType.APPLICATION_JSON)
			.content(alarm)).andExpect(status().isUnauthorized());
		String first = mvc
			.perform(post("/api/hazards/video-alarms").header("X-Api-Key", "fwk_demo_video_analytics_2026")
				.contentType(MediaType.APPLICATION_JSON)
				.content(alarm))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.classification.category").value("FIRE"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		long reports = count("hazard_report");
		mvc.perform(post("/api/hazards/video-alarms").header("X-Api-Key", "fwk_demo_video_analytics_2026")
			.contentType(MediaType.APPLICATION_JSON)
			.content(alarm))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.orderCode").value((String) JsonPath.read(first, "$.orderCode")));
		assertThat(count("hazard_report")).isEqualTo(reports);
		// a machine key cannot read orders
		mvc.perform(get("/api/disposal-orders").header("X-Api-Key", "fwk_demo_video_analytics_2026"))
			.andExpect(status().isForbidden());
	}

	@Test
	void iotAlarmsArriveAsHazardSignalsAfterTheSensingTransactionCommits() throws Exception {
		String alarmId = "iot-" + UUID.randomUUID();
		transactions.executeWithoutResult(status -> events.publishEvent(new HazardSignal(Channel.IOT_ALARM, alarmId,
				"GAS", Grade.MAJOR, 22.5450, 114.0550, "可燃气体浓度超限 25%LEL（传感器 GS-0007）", Instant.now(), null)));
		// the listener runs asynchronously after commit
		Long orders = await().atMost(Duration.ofSeconds(20))
			.until(() -> jdbc
				.sql("select count(*) from hazard_report where channel = 'IOT_ALARM' and external_ref = :ref")
				.param("ref", alarmId)
				.query(Long.class)
				.single(), n -> n > 0);
		assertThat(orders).isEqualTo(1);
		assertThat(jdbc.sql("""
				select o.department_code from disposal_order o join hazard_report r on r.order_id = o.id
				where r.external_ref = :ref""").param("ref", alarmId).query(String.class).single())
			.isEqualTo("440300-RQ"); // a major gas hazard goes to the city's gas
										// regulator
	}

	@Test
	void publicTipsAreRateLimitedPerClient() throws Exception {
		for (int i = 0; i < 10; i++) {
			tip("限流测试第" + i + "条：路边井盖冒气，位置各不相同", 22.545 + i * 0.002, 114.06 + i * 0.002, "10.9.9.9")
				.andExpect(status().isCreated());
		}
		tip("限流测试第十一条", 22.55, 114.07, "10.9.9.9").andExpect(status().isTooManyRequests())
			.andExpect(header().exists("Retry-After"));
		tip("另一个地址的举报：燃气泄漏", 22.55, 114.07, "10.9.9.10").andExpect(status().isCreated());
	}

	@Test
	void aDistrictDutyOfficerCanNeitherSeeNorMoveAnotherDistrictsOrders() throws Exception {
		UUID id = orderOfTip(JsonPath.read(
				tip("福保街道燃气管网施工处有漏气声", 22.5399, 114.0511, "10.1.0.9").andReturn().getResponse().getContentAsString(),
				"$.trackingCode"));
		move("duty.nanshan", id, "reassign", "{\"departmentCode\":\"440305-RQ\"}").andExpect(status().isForbidden());
		move("duty.nanshan", id, "supervise", "{\"note\":\"督办\"}").andExpect(status().isForbidden());
		as("duty.nanshan", get("/api/disposal-orders?region=440304")).andExpect(status().isForbidden());
		as("duty.nanshan", get("/api/hazards/stats?within=440304")).andExpect(status().isForbidden());
		assertThat(
				jdbc.sql("select count(*) from audit_event where actor = 'duty.nanshan' and action = 'access.refused'")
					.query(Long.class)
					.single())
			.isGreaterThanOrEqualTo(3);
		assertThat(timelineActions(id)).containsExactly("report");
		// the city can supervise a Futian order; the notice goes to the order's street
		move("duty.city", id, "supervise", "{\"note\":\"请加快处置\"}").andExpect(status().isOk())
			.andExpect(jsonPath("$.supervision").value("YELLOW"));
		assertThat(notices(id)).containsExactly("MANUAL@440304010");
	}

	@Test
	void dashboardsCountWithinTheCallersArea() throws Exception {
		orderOfTip(JsonPath.read(
				tip("福保街道统计用燃气隐患", 22.5377, 114.0477, "10.1.0.10").andReturn().getResponse().getContentAsString(),
				"$.trackingCode"));
		as("duty.futian", get("/api/hazards/stats")).andExpect(status().isOk())
			.andExpect(jsonPath("$.totals.total").value(org.hamcrest.Matchers.greaterThan(0)))
			.andExpect(jsonPath("$.byChannel[?(@.channel == 'PUBLIC_TIP')]").exists())
			.andExpect(jsonPath("$.byDistrict[*].code")
				.value(org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.is("440304"))));
		as("duty.futian", get("/api/hazards/map")).andExpect(status().isOk())
			.andExpect(jsonPath("$.type").value("FeatureCollection"))
			.andExpect(jsonPath("$.features[0].geometry.type").value("Point"));
		as("duty.futian", get("/api/hazards/heinrich")).andExpect(status().isOk())
			.andExpect(jsonPath("$.byCategory[?(@.code == 'GAS')].hazards").exists());
	}

	@Test
	void workingDayDeadlinesSkipWeekendsAndPublicHolidaysAndCountMakeUpDays() {
		java.util.function.Function<String, Instant> cst = local -> java.time.LocalDateTime.parse(local)
			.atZone(StepDeadlines.CHINA)
			.toInstant();
		// Friday 17:00 + 1 working day = Monday 17:00
		assertThat(deadlines.addWorkingDays(cst.apply("2026-11-20T17:00"), 1)).isEqualTo(cst.apply("2026-11-23T17:00"));
		// the day before National Day + 2 working days: 1–7 October are holidays →
		// Thursday 8th, Friday 9th
		assertThat(deadlines.addWorkingDays(cst.apply("2026-09-30T17:00"), 2)).isEqualTo(cst.apply("2026-10-09T17:00"));
		// Saturday 10 October is a make-up working day
		assertThat(deadlines.addWorkingDays(cst.apply("2026-10-09T09:00"), 1)).isEqualTo(cst.apply("2026-10-10T09:00"));
		// a major hazard must be accepted within 2 hours, red 2 hours later
		Deadlines.Due due = deadlines.due(Grade.MAJOR, DeadlineStep.ACCEPT, cst.apply("2026-11-21T10:00"));
		assertThat(due.deadline()).isEqualTo(cst.apply("2026-11-21T12:00"));
		assertThat(due.redAt()).isEqualTo(cst.apply("2026-11-21T14:00"));
	}

	// --- helpers
	// ---------------------------------------------------------------------------------------------------

	private org.springframework.test.web.servlet.ResultActions tip(String description, double lat, double lon,
			String client) throws Exception {
		return tipJson("{\"description\":\"" + description + "\",\"latitude\":" + lat + ",\"longitude\":" + lon + "}",
				client);
	}

	private org.springframework.test.web.servlet.ResultActions tipJson(String json, String client) throws Exception {
		return mvc.perform(post("/api/public/hazard-tips").contentType(MediaType.APPLICATION_JSON)
			.characterEncoding("UTF-8")
			.content(json)
			.with(from(client)));
	}

	private static RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	private UUID orderOfTip(String trackingCode) {
		return jdbc.sql("select order_id from hazard_report where tracking_code = :c")
			.param("c", trackingCode)
			.query(UUID.class)
			.single();
	}

	private Duration untilJustAfter(UUID id, String column) {
		Instant at = jdbc.sql("select " + column + " from disposal_order where id = :id")
			.param("id", id)
			.query(java.sql.Timestamp.class)
			.single()
			.toInstant();
		return Duration.between(clock.instant(), at).plusMinutes(1);
	}

	private String code(UUID id) {
		return jdbc.sql("select code from disposal_order where id = :id").param("id", id).query(String.class).single();
	}

	private List<String> timelineActions(UUID id) {
		return jdbc.sql("select action from disposal_order_step where order_id = :id order by id")
			.param("id", id)
			.query(String.class)
			.list();
	}

	private List<String> notices(UUID id) {
		return jdbc.sql("select level || '@' || notify_region from hazard_supervision where order_id = :id order by id")
			.param("id", id)
			.query(String.class)
			.list();
	}

	private String supervisionFeed(String user) throws Exception {
		return as(user, get("/api/hazards/supervision")).andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private long count(String table) {
		return jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}

	private String inbox(String user, String inbox) throws Exception {
		return as(user, get("/api/disposal-orders?size=200&inbox=" + inbox)).andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private org.springframework.test.web.servlet.ResultActions move(String user, UUID id, String action, String json)
			throws Exception {
		return as(user,
				post("/api/disposal-orders/" + id + "/" + action).contentType(MediaType.APPLICATION_JSON)
					.characterEncoding("UTF-8")
					.content(json));
	}

	private String upload(String user, UUID id) throws Exception {
		String body = as(user,
				multipart("/api/disposal-orders/" + id + "/photos")
					.file(new MockMultipartFile("photo", "check.png", "image/png", PNG)))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return JsonPath.read(body, "$.id");
	}

	private org.springframework.test.web.servlet.ResultActions as(String user,
			org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder<?> request)
			throws Exception {
		return mvc.perform(request.header("Authorization", "Bearer " + token(user)));
	}

	private String token(String user) throws Exception {
		String cached = tokens.get(user);
		if (cached != null) {
			return cached;
		}
		String body = mvc
			.perform(post("/api/auth/login").contentType(MediaType.APPLICATION_JSON)
				.content("{\"username\":\"" + user + "\",\"password\":\"" + DemoMode.DEMO_PASSWORD + "\"}"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String token = JsonPath.read(body, "$.token");
		tokens.put(user, token);
		return token;
	}

}
