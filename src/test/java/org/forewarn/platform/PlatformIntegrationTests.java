package org.forewarn.platform;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;

import org.forewarn.PlatformIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.forwardedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@PlatformIntegrationTest
class PlatformIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void runsOnEmbeddedPostgres17WithAllMigrationsApplied() {
		assertThat(jdbc.sql("show server_version").query(String.class).single()).startsWith("17");
		assertThat(jdbc.sql("select count(*) from flyway_schema_history where not success").query(Long.class).single())
			.isZero();
	}

	@Test
	void healthIsPublicAndUp() throws Exception {
		mvc.perform(get("/actuator/health")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
	}

	@Test
	void prometheusMetricsAreServedToAdministrators() throws Exception {
		mvc.perform(get("/actuator/prometheus")).andExpect(status().isUnauthorized());
		String body = mvc
			.perform(post("/api/auth/login").contentType(MediaType.APPLICATION_JSON)
				.content("{\"username\":\"admin\",\"password\":\"" + DemoMode.DEMO_PASSWORD + "\"}"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String token = JsonPath.read(body, "$.token");
		mvc.perform(get("/actuator/prometheus").header("Authorization", "Bearer " + token))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("jvm_memory_used_bytes")))
			.andExpect(content().string(containsString("http_server_requests_seconds")));
	}

	@Test
	void openApiDocumentDescribesTheApi() throws Exception {
		mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/auth/login'].post").exists())
			.andExpect(jsonPath("$.paths['/api/regions/locate'].get").exists())
			.andExpect(jsonPath("$.paths['/api/public/hazard-tips'].post").exists())
			.andExpect(jsonPath("$.paths['/api/disposal-orders/{id}'].get").exists())
			.andExpect(jsonPath("$.paths['/api/hazards/video-alarms'].post").exists());
	}

	@Test
	void consoleRoutesFallBackToTheSinglePageApplication() throws Exception {
		mvc.perform(get("/map")).andExpect(forwardedUrl("/index.html"));
		mvc.perform(get("/regions/440304")).andExpect(forwardedUrl("/index.html"));
	}

	@Test
	void unknownApiPathsAreProblemsNotTheConsole() throws Exception {
		mvc.perform(get("/api/no-such-thing").header("Authorization", "Bearer x")).andExpect(status().isUnauthorized());
	}

}
