package org.forewarn.resource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;

import org.forewarn.PlatformIntegrationTest;
import org.forewarn.platform.DemoMode;
import org.forewarn.platform.IncidentId;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@PlatformIntegrationTest
class ResourceIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ResourcePool resources;

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

	UUID one(String sql) {
		return jdbc.sql(sql).query(UUID.class).list().getFirst();
	}

	MvcResult request(String token, String body, String key) throws Exception {
		var builder = post("/api/dispatches").header("Authorization", token)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body);
		if (key != null) {
			builder = builder.header("Idempotency-Key", key);
		}
		return mvc.perform(builder).andReturn();
	}

	MvcResult move(String token, Object id, String action, String body) throws Exception {
		return mvc
			.perform(post("/api/dispatches/" + id + "/" + action).header("Authorization", token)
				.contentType(MediaType.APPLICATION_JSON)
				.content(body == null ? "{}" : body))
			.andReturn();
	}

	@Test
	void loadsAShenzhenPoolOfTenThousandResourcesAndAThousandSheltersOverEveryDistrict() {
		assertThat(count("select count(*) from resource where kind <> 'SHELTER'")).isGreaterThanOrEqualTo(10_000);
		assertThat(count("select count(*) from resource where kind = 'SHELTER'")).isGreaterThanOrEqualTo(1_000);
		assertThat(count("select count(distinct region_path[2]) from resource where kind = 'SHELTER'"))
			.isGreaterThanOrEqualTo(9);
		assertThat(count("select count(*) from resource where kind = 'SUPPLY' and quantity > 0")).isGreaterThan(500);
	}

	@Test
	void findsTheNearestAvailableFloodTeamsClosestFirstWithTravelEstimates() throws Exception {
		String token = login("duty.city");
		String json = mvc
			.perform(get("/api/resources/nearest").header("Authorization", token)
				.param("lat", "22.54")
				.param("lon", "114.05")
				.param("type", "TEAM_FLOOD")
				.param("limit", "5"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		List<Number> distances = JsonPath.read(json, "$[*].distanceMetres");
		List<Number> travel = JsonPath.read(json, "$[*].travelMetres");
		List<String> types = JsonPath.read(json, "$[*].typeCode");
		assertThat(distances).hasSize(5);
		assertThat(types).containsOnly("TEAM_FLOOD");
		for (int i = 1; i < distances.size(); i++) {
			assertThat(distances.get(i).doubleValue()).isGreaterThanOrEqualTo(distances.get(i - 1).doubleValue());
		}
		assertThat(travel.get(0).doubleValue()).isCloseTo(distances.get(0).doubleValue() * 1.4,
				org.assertj.core.data.Offset.offset(2.0));
		// a brute-force check over the database: no available flood team is closer than
		// the first answer
		double closest = jdbc
			.sql("""
					select min(6371008.8 * 2 * asin(sqrt(power(sin(radians(latitude - 22.54) / 2), 2)
					       + cos(radians(22.54)) * cos(radians(latitude)) * power(sin(radians(longitude - 114.05) / 2), 2))))
					  from resource where type_code = 'TEAM_FLOOD' and status = 'AVAILABLE'""")
			.query(Double.class)
			.single();
		assertThat(distances.get(0).doubleValue()).isCloseTo(closest, org.assertj.core.data.Offset.offset(1.0));
	}

	@Test
	void refusesAnUnknownTypeAndAPointOffTheGlobe() throws Exception {
		String token = login("duty.city");
		mvc.perform(get("/api/resources/nearest").header("Authorization", token)
			.param("lat", "22.54")
			.param("lon", "114.05")
			.param("type", "TEAM_UNICORN"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("type"));
		mvc.perform(
				get("/api/resources/nearest").header("Authorization", token).param("lat", "95").param("lon", "114.05"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("lat"));
	}

	@Test
	void aFutianOfficerCannotChangeANanshanWarehouseButCanChangeAFutianOne() throws Exception {
		String futian = login("duty.futian");
		UUID nanshan = one(
				"select id from resource where kind = 'WAREHOUSE' and '440305' = any(region_path) order by id");
		UUID own = one("select id from resource where kind = 'WAREHOUSE' and '440304' = any(region_path) order by id");
		mvc.perform(put("/api/resources/" + nanshan).header("Authorization", futian)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"改名\",\"version\":0}")).andExpect(status().isForbidden());
		assertThat(
				jdbc.sql("select name from resource where id = :id").param("id", nanshan).query(String.class).single())
			.isNotEqualTo("改名");
		mvc.perform(put("/api/resources/" + own).header("Authorization", futian)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"details\":\"福田区复核：2026年储备已盘点\",\"version\":0}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.contact.details").value("福田区复核：2026年储备已盘点"));
		// the city manages all
		mvc.perform(get("/api/resources/" + nanshan).header("Authorization", login("duty.city")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.edit.manageable").value(true));
	}

	@Test
	void listsMaskExpertPhonesAndTheFullNumberIsAnAuditedRead() throws Exception {
		String token = login("duty.city");
		String json = mvc
			.perform(get("/api/resources").header("Authorization", token).param("kind", "EXPERT").param("size", "50"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(json).doesNotContainPattern("(?<!\\d)1[3-9]\\d{9}(?!\\d)").contains("****");
		String id = JsonPath.read(json, "$.content[0].id");
		long before = count("select count(*) from audit_event where action = 'resource.contact-read'");
		mvc.perform(get("/api/resources/" + id + "/contact").header("Authorization", token))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.phone").value(org.hamcrest.Matchers.matchesPattern("1[3-9]\\d{9}")));
		assertThat(count("select count(*) from audit_event where action = 'resource.contact-read'"))
			.isEqualTo(before + 1);
		mvc.perform(get("/api/resources/" + id + "/contact").header("Authorization", login("handler.housing")))
			.andExpect(status().isForbidden());
	}

	@Test
	void twoConcurrentDispatchesOfTheSameTeamLetExactlyOneWin() throws Exception {
		UUID team = one(
				"select id from resource where kind = 'TEAM' and status = 'AVAILABLE' and '440307' = any(region_path) order by id");
		String city = login("duty.city");
		String futian = login("duty.futian");
		String body = "{\"resourceId\":\"%s\",\"latitude\":22.72,\"longitude\":114.25,\"purpose\":\"龙岗积水救援\"}"
			.formatted(team);
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		List<Future<MvcResult>> results = new ArrayList<>();
		for (String token : List.of(city, futian)) {
			Callable<MvcResult> call = () -> {
				start.await();
				return request(token, body, null);
			};
			results.add(pool.submit(call));
		}
		start.countDown();
		List<Integer> statuses = new ArrayList<>();
		String loser = "";
		for (Future<MvcResult> f : results) {
			MvcResult r = f.get();
			statuses.add(r.getResponse().getStatus());
			if (r.getResponse().getStatus() == 409) {
				loser = r.getResponse().getContentAsString();
			}
		}
		pool.shutdown();
		assertThat(statuses).containsExactlyInAnyOrder(201, 409);
		assertThat(loser).contains("队伍已出动").contains("team is busy");
		assertThat(count("select count(*) from dispatch where resource_id = '" + team + "'")).isEqualTo(1);
		assertThat(
				jdbc.sql("select status from resource where id = :id").param("id", team).query(String.class).single())
			.isEqualTo("BUSY");
		// and a busy team is not offered as nearest
		assertThat(resources.nearest(22.72, 114.25, "TEAM", 100)).extracting(NearbyResource::id).doesNotContain(team);
	}

	@Test
	void concurrentSupplyRequestsNeverTakeStockBelowZero() throws Exception {
		UUID supply = one(
				"select id from resource where kind = 'SUPPLY' and type_code = 'TENT' and quantity >= 20 order by id");
		int stock = jdbc.sql("select quantity from resource where id = :id")
			.param("id", supply)
			.query(Integer.class)
			.single();
		int each = stock / 2 + 1; // two of these cannot both fit
		String city = login("duty.city");
		String body = "{\"resourceId\":\"%s\",\"quantity\":%d,\"latitude\":22.6,\"longitude\":114.0}".formatted(supply,
				each);
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(4);
		List<Future<Integer>> results = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			results.add(pool.submit(() -> {
				start.await();
				return request(city, body, null).getResponse().getStatus();
			}));
		}
		start.countDown();
		List<Integer> statuses = new ArrayList<>();
		for (Future<Integer> f : results) {
			statuses.add(f.get());
		}
		pool.shutdown();
		assertThat(statuses).containsOnlyOnce(201).contains(409);
		assertThat(jdbc.sql("select quantity from resource where id = :id")
			.param("id", supply)
			.query(Integer.class)
			.single()).isEqualTo(stock - each).isGreaterThanOrEqualTo(0);
		assertThat(request(city, "{\"resourceId\":\"%s\",\"quantity\":%d,\"latitude\":22.6,\"longitude\":114.0}"
			.formatted(supply, stock), null).getResponse().getContentAsString()).contains("库存不足");
	}

	@Test
	void aDispatchGoesThroughApprovalToReturnWithStockEventsAndAudit() throws Exception {
		UUID supply = one(
				"select id from resource where kind = 'SUPPLY' and type_code = 'SANDBAG' and '440304' = any(region_path) and quantity >= 500 order by id");
		int stock = jdbc.sql("select quantity from resource where id = :id")
			.param("id", supply)
			.query(Integer.class)
			.single();
		String futian = login("duty.futian");
		String city = login("duty.city");
		String nanshan = login("duty.nanshan");
		UUID incident = one("select id from incident order by reported_at"); // the demo
																				// incident
		String body = "{\"resourceId\":\"%s\",\"quantity\":300,\"incidentId\":\"%s\",\"latitude\":22.52,\"longitude\":114.06}"
			.formatted(supply, incident);
		MvcResult created = request(futian, body, "sandbags-1");
		assertThat(created.getResponse().getStatus()).isEqualTo(201);
		String id = JsonPath.read(created.getResponse().getContentAsString(), "$.id");
		// a replay returns the same dispatch and takes nothing more
		MvcResult replay = request(futian, body, "sandbags-1");
		assertThat(replay.getResponse().getStatus()).isEqualTo(200);
		assertThat((String) JsonPath.read(replay.getResponse().getContentAsString(), "$.id")).isEqualTo(id);
		assertThat(jdbc.sql("select quantity from resource where id = :id")
			.param("id", supply)
			.query(Integer.class)
			.single()).isEqualTo(stock - 300);

		assertThat(move(futian, id, "approve", null).getResponse().getStatus()).isEqualTo(409); // own
																								// request
		assertThat(move(nanshan, id, "approve", null).getResponse().getStatus()).isEqualTo(403); // not
																									// the
																									// owner
		assertThat(move(city, id, "approve", null).getResponse().getStatus()).isEqualTo(200);
		assertThat(move(city, id, "dispatch", null).getResponse().getStatus()).isEqualTo(200);
		assertThat(move(futian, id, "arrive", null).getResponse().getStatus()).isEqualTo(200);
		assertThat(move(city, id, "return", "{}").getResponse().getStatus()).isEqualTo(400); // how
																								// many
																								// came
																								// back?
		MvcResult returned = move(city, id, "return", "{\"returnedQuantity\":120,\"note\":\"180个已用于封堵\"}");
		assertThat(returned.getResponse().getStatus()).isEqualTo(200);
		assertThat(jdbc.sql("select quantity from resource where id = :id")
			.param("id", supply)
			.query(Integer.class)
			.single()).isEqualTo(stock - 180);
		assertThat(DispatchEventRecorder.statusesOf(UUID.fromString(id))).containsExactly("REQUESTED", "APPROVED",
				"DISPATCHED", "ARRIVED", "RETURNED");
		assertThat(DispatchEventRecorder.of(UUID.fromString(id))).allSatisfy(e -> {
			assertThat(e.incidentId()).isEqualTo(new IncidentId(incident));
			assertThat(e.resourceKind()).isEqualTo("SUPPLY");
			assertThat(e.unit()).isEqualTo("个");
		});
		assertThat(
				count("select count(*) from audit_event where target = 'dispatch:" + id + "' and outcome = 'success'"))
			.isEqualTo(5);
		assertThat(count("select count(*) from dispatch_step where dispatch_id = '" + id + "'")).isEqualTo(5);
		assertThat(move(city, id, "return", "{\"returnedQuantity\":1}").getResponse().getStatus()).isEqualTo(409);
	}

	@Test
	void rejectingARequestGivesTheTeamBack() throws Exception {
		UUID team = one(
				"select id from resource where kind = 'TEAM' and status = 'AVAILABLE' and '440305' = any(region_path) order by id");
		String futian = login("duty.futian");
		MvcResult created = request(futian,
				"{\"resourceId\":\"%s\",\"latitude\":22.5,\"longitude\":113.9}".formatted(team), null);
		assertThat(created.getResponse().getStatus()).isEqualTo(201);
		String id = JsonPath.read(created.getResponse().getContentAsString(), "$.id");
		assertThat(move(login("duty.nanshan"), id, "reject", "{\"note\":\"本区汛情需要\"}").getResponse().getStatus())
			.isEqualTo(200);
		assertThat(
				jdbc.sql("select status from resource where id = :id").param("id", team).query(String.class).single())
			.isEqualTo("AVAILABLE");
	}

	@Test
	void badDispatchRequestsAreNamedProblems() throws Exception {
		String city = login("duty.city");
		UUID team = one("select id from resource where kind = 'TEAM' order by id");
		UUID warehouse = one("select id from resource where kind = 'WAREHOUSE' order by id");
		assertThat(request(city,
				"{\"resourceId\":\"%s\",\"quantity\":3,\"latitude\":22.5,\"longitude\":114}".formatted(team), null)
			.getResponse()
			.getContentAsString()).contains("\"field\":\"quantity\"");
		assertThat(request(city, "{\"resourceId\":\"%s\",\"latitude\":22.5}".formatted(team), null).getResponse()
			.getContentAsString()).contains("\"field\":\"longitude\"");
		assertThat(
				request(city, "{\"resourceId\":\"%s\",\"latitude\":22.5,\"longitude\":114}".formatted(warehouse), null)
					.getResponse()
					.getStatus())
			.isEqualTo(422);
		assertThat(request(city,
				"{\"resourceId\":\"%s\",\"latitude\":22.5,\"longitude\":114}".formatted(UUID.randomUUID()), null)
			.getResponse()
			.getStatus()).isEqualTo(404);
		assertThat(request(login("grid.futian"), "{}", null).getResponse().getStatus()).isEqualTo(403);
		assertThat(move(city, UUID.randomUUID(), "approve", null).getResponse().getStatus()).isEqualTo(404);
	}

	@Test
	void theQueryApiAnswersOtherModulesWithPublicRecords() {
		List<NearbyResource> shelters = resources.nearest(22.55, 114.1, "SHELTER", 3);
		assertThat(shelters).hasSize(3).allSatisfy(s -> {
			assertThat(s.kind()).isEqualTo(ResourceKind.SHELTER);
			assertThat(s.available()).isPositive();
			assertThat(s.travelMinutes()).isPositive();
		});
		assertThat(resources.find(shelters.getFirst().id())).get()
			.extracting(NearbyResource::name)
			.isEqualTo(shelters.getFirst().name());
		assertThat(Map.of("n", resources.nearest(22.55, 114.1, "EXPERT_HAZCHEM", 4).size())).containsEntry("n", 4);
	}

	@Test
	void aNewShelterIsOfferedAsNearestAtOnceAndOnlyItsDistrictMayCreateIt() throws Exception {
		String futian = login("duty.futian");
		String shelter = "{\"typeCode\":\"SHELTER_SCHOOL\",\"name\":\"福田区测试学校避难场所\",\"latitude\":%s,"
				+ "\"longitude\":%s,\"capacity\":1200}";
		MvcResult created = mvc
			.perform(post("/api/resources").header("Authorization", futian)
				.contentType(MediaType.APPLICATION_JSON)
				.content(shelter.formatted("22.5405", "114.0525")))
			.andExpect(status().isCreated())
			.andReturn();
		String id = JsonPath.read(created.getResponse().getContentAsString(), "$.id");
		assertThat(resources.nearest(22.5405, 114.0525, "SHELTER_SCHOOL", 1)).extracting(r -> r.id().toString())
			.containsExactly(id);
		// a point in Nanshan (Shenzhen Bay) lies outside Futian's jurisdiction
		mvc.perform(post("/api/resources").header("Authorization", futian)
			.contentType(MediaType.APPLICATION_JSON)
			.content(shelter.formatted("22.52", "113.94"))).andExpect(status().isForbidden());
		mvc.perform(post("/api/resources").header("Authorization", futian)
			.contentType(MediaType.APPLICATION_JSON)
			.content(
					"{\"typeCode\":\"SHELTER_SCHOOL\",\"name\":\"x\",\"latitude\":22.54,\"longitude\":114.05,\"capacity\":-1}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("capacity"));
	}

}
