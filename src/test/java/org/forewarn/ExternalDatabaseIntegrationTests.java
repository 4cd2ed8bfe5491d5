package org.forewarn;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

import org.forewarn.platform.DemoMode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Production mode on an external PostgreSQL (Debian's PostgreSQL 15 in CI, started by
 * {@code .ci/run}): no embedded database, no demo data, no default passwords; the first
 * administrator comes from the bootstrap settings.
 */
@EnabledIfEnvironmentVariable(named = "FOREWARN_EXTERNAL_DB_URL", matches = "jdbc:postgresql:.*")
@SpringBootTest(properties = { "spring.datasource.url=${FOREWARN_EXTERNAL_DB_URL}",
		"spring.datasource.username=${FOREWARN_EXTERNAL_DB_USER}",
		"spring.datasource.password=${FOREWARN_EXTERNAL_DB_PASSWORD}", "forewarn.bootstrap-admin.username=ops.admin",
		"forewarn.bootstrap-admin.password=first-admin-secret-2026",
		"FOREWARN_LOG_FILE=target/test-logs/external.log" })
@AutoConfigureMockMvc
class ExternalDatabaseIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationContext context;

	@Test
	void runsOnTheExternalDatabaseWithoutEmbeddedPostgres() {
		assertThat(context.getBeanNamesForType(io.zonky.test.db.postgres.embedded.EmbeddedPostgres.class)).isEmpty();
		assertThat(jdbc.sql("show server_version").query(String.class).single()).startsWith("15");
		assertThat(jdbc.sql("select count(*) from flyway_schema_history where success").query(Long.class).single())
			.isGreaterThan(0);
	}

	@Test
	void productionModeHasNoDemoAccountsOnlyTheBootstrappedAdministrator() throws Exception {
		assertThat(context.getBean(DemoMode.class).enabled()).isFalse();
		mvc.perform(post("/api/auth/login").contentType(MediaType.APPLICATION_JSON)
			.content("{\"username\":\"admin\",\"password\":\"" + DemoMode.DEMO_PASSWORD + "\"}"))
			.andExpect(status().isUnauthorized());
		mvc.perform(post("/api/auth/login").contentType(MediaType.APPLICATION_JSON)
			.content("{\"username\":\"ops.admin\",\"password\":\"first-admin-secret-2026\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.user.roles[0]").value("ADMIN"));
		assertThat(jdbc.sql("select count(*) from app_user").query(Long.class).single()).isOne();
	}

	@Test
	void theRegionHierarchyIsLoadedOnTheExternalDatabaseToo() throws Exception {
		mvc.perform(get("/actuator/health")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
		mvc.perform(get("/api/public/console-config"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.cityCode").value("440300"));
	}

}
