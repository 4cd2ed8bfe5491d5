package org.forewarn.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.forewarn.PlatformIntegrationTest;
import org.forewarn.plan.PlanTestApi;
import org.forewarn.resource.NearbyResource;
import org.forewarn.resource.ResourcePool;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * A rescue team sent to an incident shows on the incident's command board as it moves.
 */
@PlatformIntegrationTest
class IncidentResourcesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ResourcePool resources;

	@Test
	void aTeamDispatchedToAnIncidentAppearsOnItsBoardTimelineAtEachStep() throws Exception {
		PlanTestApi api = new PlanTestApi(mvc);
		var created = api.post("duty.city", "/api/incidents", """
				{"title":"龙岗区暴雨内涝（资源调度）","typeCode":"010101","level":"III","latitude":22.72,"longitude":114.25}""")
			.andExpect(status().isCreated());
		UUID incident = UUID.fromString(api.read(created, "$.id"));

		NearbyResource team = resources.nearest(22.72, 114.25, "TEAM_FLOOD", 1).getFirst();
		var dispatch = api
			.as("duty.futian",
					MockMvcRequestBuilders.post("/api/dispatches")
						.contentType("application/json")
						.header("Idempotency-Key", "board-" + incident)
						.content("{\"resourceId\":\"%s\",\"incidentId\":\"%s\",\"latitude\":22.72,\"longitude\":114.25}"
							.formatted(team.id(), incident)))
			.andExpect(status().isCreated());
		String id = api.read(dispatch, "$.id");
		// four eyes: the city approves what a district requested
		api.as("duty.city", MockMvcRequestBuilders.post("/api/dispatches/" + id + "/approve"))
			.andExpect(status().isOk());

		Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
			List<String> entries = api.read(api.get("duty.city", "/api/incidents/" + incident + "/board"),
					"$.timeline[?(@.kind == 'RESOURCE')].summary");
			assertThat(entries).anySatisfy(e -> assertThat(e).contains(team.name()).contains("已申请"))
				.anySatisfy(e -> assertThat(e).contains(team.name()).contains("已批准"));
		});
	}

}
