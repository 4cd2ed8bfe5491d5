package org.forewarn.hazard;

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

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * A camera gateway that delivers one alarm several times at once gets one order, and the
 * same answer each time.
 */
@PlatformIntegrationTest
class VideoAlarmReplayIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void eightSimultaneousDeliveriesOfOneAlarmOpenOneOrder() throws Exception {
		String alarmId = "cam-0077-" + UUID.randomUUID();
		String alarm = "{\"alarmId\":\"" + alarmId
				+ "\",\"cameraCode\":\"FT-0077\",\"alarmType\":\"fire_lane_blocked\","
				+ "\"latitude\":22.5380,\"longitude\":114.0610,\"occurredAt\":\"2026-11-23T08:00:00Z\"}";
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(8);
		List<Future<MvcResult>> calls = new ArrayList<>();
		for (int i = 0; i < 8; i++) {
			calls.add(pool.submit(() -> {
				start.await();
				return mvc
					.perform(post("/api/hazards/video-alarms").header("X-Api-Key", "fwk_demo_video_analytics_2026")
						.contentType(MediaType.APPLICATION_JSON)
						.content(alarm))
					.andReturn();
			}));
		}
		start.countDown();
		List<Integer> statuses = new ArrayList<>();
		List<String> orders = new ArrayList<>();
		for (Future<MvcResult> call : calls) {
			MvcResult r = call.get();
			statuses.add(r.getResponse().getStatus());
			if (r.getResponse().getStatus() < 300) {
				orders.add(JsonPath.read(r.getResponse().getContentAsString(), "$.orderCode"));
			}
		}
		pool.shutdown();
		assertThat(statuses).containsOnlyOnce(201).containsOnly(201, 200);
		assertThat(orders).hasSize(8).containsOnly(orders.getFirst());
		assertThat(jdbc.sql("select count(*) from hazard_report where external_ref = :ref")
			.param("ref", alarmId)
			.query(Long.class)
			.single()).isEqualTo(1);
	}

}
