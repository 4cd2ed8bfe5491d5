package org.forewarn.enforcement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;

import org.forewarn.PlatformIntegrationTest;
import org.forewarn.plan.PlanTestApi;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Retries of one filing or inspection sent at the same moment with one Idempotency-Key
 * all get the first answer.
 */
@PlatformIntegrationTest
class EnforcementIdempotencyIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	String enterprise(int offset) {
		return jdbc.sql("""
				select uscc from enterprise where district_code = '440304' and latitude is not null
				and '440304-YJ' = any(regulator_codes) order by uscc offset :n limit 1""")
			.param("n", offset)
			.query(String.class)
			.single();
	}

	/**
	 * Sends the same request from eight threads at once; the statuses and the given JSON
	 * field of each answer.
	 */
	List<MvcResult> eightAtOnce(String path, String body, String key) throws Exception {
		PlanTestApi api = new PlanTestApi(mvc);
		api.token("inspector.futian");
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(8);
		List<Future<MvcResult>> calls = new ArrayList<>();
		for (int i = 0; i < 8; i++) {
			calls.add(pool.submit(() -> {
				start.await();
				return api.as("inspector.futian",
						post(path).contentType(MediaType.APPLICATION_JSON).header("Idempotency-Key", key).content(body))
					.andReturn();
			}));
		}
		start.countDown();
		List<MvcResult> results = new ArrayList<>();
		for (Future<MvcResult> call : calls) {
			results.add(call.get());
		}
		pool.shutdown();
		return results;
	}

	static List<Integer> statuses(List<MvcResult> results) {
		return results.stream().map(r -> r.getResponse().getStatus()).toList();
	}

	static List<String> values(List<MvcResult> results, String path) throws Exception {
		List<String> values = new ArrayList<>();
		for (MvcResult r : results) {
			values.add(JsonPath.read(r.getResponse().getContentAsString(), path));
		}
		return values;
	}

	@Test
	void eightSimultaneousFilingsWithOneKeyFileOneCaseAndAllAnswerWithIt() throws Exception {
		String uscc = enterprise(20);
		String key = "case-" + UUID.randomUUID();
		List<MvcResult> results = eightAtOnce("/api/enforcement/cases",
				"{\"uscc\":\"" + uscc + "\",\"title\":\"未按规定配备应急救援器材\"}", key);
		assertThat(statuses(results)).containsOnlyOnce(201).containsOnly(201, 200);
		assertThat(values(results, "$.header.caseCode")).containsOnly(values(results, "$.header.caseCode").getFirst());
		assertThat(jdbc.sql("select count(*) from enforcement_case where idempotency_key = :k")
			.param("k", key)
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void eightSimultaneousInspectionRecordsWithOneKeyRecordOneInspection() throws Exception {
		String uscc = enterprise(21);
		String key = "inspection-" + UUID.randomUUID();
		List<MvcResult> results = eightAtOnce("/api/inspections", """
				{"uscc":"%s","inspectors":["王执法","李执法"],"latitude":22.5400,"longitude":114.0500,
				 "checklist":[{"itemCode":"GEN-01","result":"PASS"}]}""".formatted(uscc), key);
		assertThat(statuses(results)).containsOnlyOnce(201).containsOnly(201, 200);
		assertThat(values(results, "$.header.number")).containsOnly(values(results, "$.header.number").getFirst());
		assertThat(jdbc.sql("select count(*) from inspection where idempotency_key = :k")
			.param("k", key)
			.query(Long.class)
			.single()).isEqualTo(1);
	}

}
