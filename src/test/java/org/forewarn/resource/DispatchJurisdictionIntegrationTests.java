package org.forewarn.resource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.forewarn.PlatformIntegrationTest;
import org.forewarn.plan.PlanTestApi;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * What issue 11 found open in the resource module: another district's dispatch readable
 * by id, a retried dispatch answered "team is busy" instead of with its first answer,
 * full phone numbers in the city-wide resource view.
 */
@PlatformIntegrationTest
class DispatchJurisdictionIntegrationTests {

	static final List<String> FUTIAN_ROLES = List.of("duty.futian", "inspector.futian", "handler.gas.futian",
			"grid.futian", "street.fubao");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	PlanTestApi api;

	@BeforeEach
	void api() {
		api = new PlanTestApi(mvc);
	}

	UUID availableTeam(String district) {
		return jdbc.sql("""
				select id from resource where kind = 'TEAM' and status = 'AVAILABLE' and :d = any(region_path)
				   and id not in (select resource_id from dispatch) order by id desc limit 1""")
			.param("d", district)
			.query(UUID.class)
			.single();
	}

	MvcResult request(String user, UUID resource, String key) throws Exception {
		var builder = post("/api/dispatches").contentType(MediaType.APPLICATION_JSON)
			.content("{\"resourceId\":\"%s\",\"latitude\":22.53,\"longitude\":113.93,\"purpose\":\"南山积水点抽排\"}"
				.formatted(resource));
		if (key != null) {
			builder = builder.header("Idempotency-Key", key);
		}
		return api.as(user, builder).andReturn();
	}

	@Test
	void aNanshanDispatchIsNotReadableByIdFromFutianButByNanshanAndTheCity() throws Exception {
		MvcResult created = request("duty.nanshan", availableTeam("440305"), null);
		assertThat(created.getResponse().getStatus()).isEqualTo(201);
		String id = JsonPath.read(created.getResponse().getContentAsString(), "$.id");
		for (String role : FUTIAN_ROLES) {
			MvcResult read = api.as(role, get("/api/dispatches/" + id)).andReturn();
			assertThat(read.getResponse().getStatus()).as(role).isEqualTo(403);
			assertThat(read.getResponse().getContentAsString()).as(role).doesNotContain("南山积水点抽排", "duty.nanshan");
			// the list agrees with the single read
			String list = api.as(role, get("/api/dispatches")).andReturn().getResponse().getContentAsString();
			assertThat(list).as(role).doesNotContain(id);
		}
		assertThat(api.as("duty.nanshan", get("/api/dispatches/" + id)).andReturn().getResponse().getStatus())
			.isEqualTo(200);
		assertThat(api.as("duty.city", get("/api/dispatches/" + id)).andReturn().getResponse().getStatus())
			.isEqualTo(200);
		assertThat(jdbc.sql("select count(*) from audit_event where action = 'access.refused' and target like :t")
			.param("t", "%" + id + "%")
			.query(Long.class)
			.single()).isGreaterThanOrEqualTo(FUTIAN_ROLES.size());
	}

	@Test
	void tenParallelRetriesWithOneIdempotencyKeyAllGetTheFirstAnswer() throws Exception {
		UUID team = availableTeam("440304");
		String key = "retry-" + UUID.randomUUID();
		api.token("duty.futian");
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(10);
		List<Future<MvcResult>> calls = new ArrayList<>();
		for (int i = 0; i < 10; i++) {
			calls.add(pool.submit(() -> {
				start.await();
				return request("duty.futian", team, key);
			}));
		}
		start.countDown();
		List<Integer> statuses = new ArrayList<>();
		List<String> ids = new ArrayList<>();
		for (Future<MvcResult> call : calls) {
			MvcResult r = call.get();
			statuses.add(r.getResponse().getStatus());
			if (r.getResponse().getStatus() < 300) {
				ids.add(JsonPath.read(r.getResponse().getContentAsString(), "$.id"));
			}
		}
		pool.shutdown();
		assertThat(statuses).containsOnlyOnce(201).containsOnly(201, 200).hasSize(10);
		assertThat(ids).hasSize(10).containsOnly(ids.getFirst());
		assertThat(jdbc.sql("select count(*) from dispatch where resource_id = :r")
			.param("r", team)
			.query(Long.class)
			.single()).isEqualTo(1);
		assertThat(jdbc.sql("select status from resource where id = :r").param("r", team).query(String.class).single())
			.isEqualTo("BUSY");
		// and a new key for the same team is the genuine conflict
		assertThat(request("duty.futian", team, "retry-" + UUID.randomUUID()).getResponse().getStatus()).isEqualTo(409);
	}

	@Test
	void approvingOnesOwnDispatchIsRefusedAndTheRefusalAudited() throws Exception {
		MvcResult created = request("duty.futian", availableTeam("440304"), null);
		String id = JsonPath.read(created.getResponse().getContentAsString(), "$.id");
		assertThat(api.post("duty.futian", "/api/dispatches/" + id + "/approve", "{}")
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(409);
		assertThat(jdbc.sql("""
				select count(*) from audit_event where action = 'dispatch.approve' and outcome = 'refused'
				   and actor = 'duty.futian' and target = :t""")
			.param("t", "dispatch:" + id)
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void theCityWideResourceViewMasksPhonesWhateverTheirStoredFormat() throws Exception {
		UUID template = jdbc
			.sql("select id from resource where kind = 'EXPERT' and '440305' = any(region_path) order by id limit 1")
			.query(UUID.class)
			.single();
		List<String> stored = List.of("1234567", "+86 138-1234-5678", "0755-83451234", "83451234", "13912345678");
		List<UUID> ids = new ArrayList<>();
		for (String phone : stored) {
			UUID id = UUID.randomUUID();
			jdbc.sql(
					"""
							insert into resource (id, kind, type_code, name, warehouse_id, region_code, region_path, department_code,
							    latitude, longitude, quantity, unit, capacity, occupancy, status, phone, details, updated_at)
							select :id, kind, type_code, '电话格式测试专家', warehouse_id, region_code, region_path, department_code,
							    latitude, longitude, quantity, unit, capacity, occupancy, status, :phone,
							    '联系人手机 13612345678，办公室 0755-26541234', updated_at from resource where id = :template""")
				.param("id", id)
				.param("phone", phone)
				.param("template", template)
				.update();
			ids.add(id);
		}
		for (UUID id : ids) {
			String one = api.as("duty.futian", get("/api/resources/" + id))
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(one).doesNotContain("1234567", "12345678", "83451234", "13612345678", "26541234")
				.contains("****");
		}
		String list = api
			.as("duty.futian", get("/api/resources").param("all", "true").param("q", "电话格式测试专家").param("size", "50"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat((List<String>) JsonPath.read(list, "$.content[*].id")).hasSize(stored.size());
		assertThat(list).doesNotContain("1234567", "83451234", "13612345678", "26541234");
	}

}
