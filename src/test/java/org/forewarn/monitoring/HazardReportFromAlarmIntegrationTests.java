package org.forewarn.monitoring;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;

import org.forewarn.MovableClock;
import org.forewarn.PlatformIntegrationTest;
import org.forewarn.platform.DemoMode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A duty officer opens a hazard report from an alarm whose rule names no hazard category:
 * this module publishes its {@link HazardSensed} and the hazard loop opens the report
 * after commit.
 */
@PlatformIntegrationTest
class HazardReportFromAlarmIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MovableClock clock;

	@Autowired
	Stations stations;

	@Test
	void aDutyOfficerOpensAHazardReportFromARiverAlarmOnce() throws Exception {
		// a river in Futian above its warning level: rule LEVEL_OVER_WARNING names no
		// hazard category
		Station river = stations.all()
			.stream()
			.filter(s -> s.warningLevel() != null && s.districtCode().equals("440304"))
			.max(Comparator.comparing(Station::code))
			.orElseThrow();
		Instant t = clock.instant().truncatedTo(ChronoUnit.MINUTES).minus(Duration.ofMinutes(10));
		as("admin",
				post("/api/telemetry").contentType(MediaType.APPLICATION_JSON)
					.content("[{\"station\":\"%s\",\"ts\":\"%s\",\"values\":{\"water_level\":%s}}]"
						.formatted(river.code(), t, river.warningLevel() + 0.02)))
			.andExpect(status().isOk());
		String id = jdbc
			.sql("select id::text from alarm where station_code = :s and type = 'HIGH_WATER' and not cleared")
			.param("s", river.code())
			.query(String.class)
			.single();

		as("duty.city", post("/api/alarms/" + id + "/hazard")).andExpect(status().isOk())
			.andExpect(jsonPath("$.hazardOpened").value(true));
		as("duty.city", post("/api/alarms/" + id + "/hazard")).andExpect(status().isConflict());

		Map<String, Object> report = await().atMost(Duration.ofSeconds(20))
			.until(() -> jdbc
				.sql("""
						select r.channel, o.category_code, o.grade from hazard_report r join disposal_order o on r.order_id = o.id
						where r.external_ref = :ref""")
				.param("ref", "alarm:" + id)
				.query()
				.listOfRows(), rows -> !rows.isEmpty())
			.getFirst();
		assertThat(report).containsEntry("channel", "IOT_ALARM")
			.containsEntry("category_code", "FLOODING")
			.containsEntry("grade", "GENERAL");
	}

	private ResultActions as(String user, AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
		String body = mvc
			.perform(post("/api/auth/login").contentType(MediaType.APPLICATION_JSON)
				.content("{\"username\":\"" + user + "\",\"password\":\"" + DemoMode.DEMO_PASSWORD + "\"}"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return mvc.perform(request.header("Authorization", "Bearer " + JsonPath.<String>read(body, "$.token")));
	}

}
