package org.forewarn.identity;

import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;

import org.forewarn.PlatformIntegrationTest;
import org.forewarn.platform.DemoMode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@PlatformIntegrationTest
class IdentityIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	String login(String username, String password) throws Exception {
		MvcResult result = mvc
			.perform(post("/api/auth/login").contentType(MediaType.APPLICATION_JSON)
				.content("{\"username\":\"%s\",\"password\":\"%s\"}".formatted(username, password)))
			.andExpect(status().isOk())
			.andReturn();
		return JsonPath.read(result.getResponse().getContentAsString(), "$.token");
	}

	static org.springframework.test.web.servlet.request.RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	/** {@code POST /api/users} as the holder of {@code token}. */
	ResultActions createUser(String token, String json) throws Exception {
		return mvc.perform(post("/api/users").header("Authorization", "Bearer " + token)
			.contentType(MediaType.APPLICATION_JSON)
			.content(json));
	}

	@Test
	void everyDemoAccountLogsInAndSeesItsJurisdiction() throws Exception {
		Map<String, String> expectedRegion = Map.of("admin", "440300", "duty.city", "440300", "duty.futian", "440304",
				"duty.nanshan", "440305", "handler.housing", "440300", "reservoir.person", "440303",
				// a second duty officer in the city and in Futian: four eyes work in the
				// demo
				"duty.city2", "440300", "duty.futian2", "440304");
		for (var entry : expectedRegion.entrySet()) {
			String token = login(entry.getKey(), DemoMode.DEMO_PASSWORD);
			mvc.perform(get("/api/auth/me").header("Authorization", "Bearer " + token))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.username").value(entry.getKey()))
				.andExpect(jsonPath("$.regionCode").value(entry.getValue()));
		}
		String handler = login("handler.housing", DemoMode.DEMO_PASSWORD);
		mvc.perform(get("/api/auth/me").header("Authorization", "Bearer " + handler))
			.andExpect(jsonPath("$.departmentCode").value("440300-ZJ"))
			.andExpect(jsonPath("$.departmentName").value("深圳市住房和建设局"))
			.andExpect(jsonPath("$.regionName").value("深圳市"));
		String grid = login("grid.futian", DemoMode.DEMO_PASSWORD);
		mvc.perform(get("/api/auth/me").header("Authorization", "Bearer " + grid))
			.andExpect(jsonPath("$.roles[0]").value("GRID_WORKER"))
			.andExpect(jsonPath("$.regionCode").value(org.hamcrest.Matchers.startsWith("440304")));
	}

	@Test
	void fiveWrongPasswordsThrottleNewLoginsWithAClearMessageUntilAnAdministratorUnlocks() throws Exception {
		String admin = login("admin", DemoMode.DEMO_PASSWORD);
		createUser(admin, """
				{"username":"lock.test","password":"Correct-Horse-Battery-9","displayName":"锁定测试",
				 "roles":["DUTY_OFFICER"],"regionCode":"440304"}""").andExpect(status().isCreated());
		String session = login("lock.test", "Correct-Horse-Battery-9");

		for (int attempt = 1; attempt <= 5; attempt++) {
			mvc.perform(post("/api/auth/login").with(from("198.51.100.1"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"username\":\"lock.test\",\"password\":\"wrong\"}"))
				.andExpect(status().isUnauthorized())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.attemptsLeft").doesNotExist());
		}
		mvc.perform(post("/api/auth/login").with(from("198.51.100.1"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"username\":\"lock.test\",\"password\":\"wrong\"}"))
			.andExpect(status().isTooManyRequests())
			.andExpect(header().exists("Retry-After"))
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("Too many failed logins")));
		// the right password does not help while throttled; the session already open is
		// untouched
		mvc.perform(post("/api/auth/login").with(from("198.51.100.2"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"username\":\"lock.test\",\"password\":\"Correct-Horse-Battery-9\"}"))
			.andExpect(status().isTooManyRequests());
		mvc.perform(get("/api/auth/me").header("Authorization", "Bearer " + session)).andExpect(status().isOk());
		assertThat(jdbc.sql("select count(*) from audit_event where actor = 'lock.test' and action = 'user.login'")
			.query(Long.class)
			.single()).isEqualTo(8);

		mvc.perform(post("/api/users/lock.test/unlock").header("Authorization", "Bearer " + admin))
			.andExpect(status().isNoContent());
		assertThat(login("lock.test", "Correct-Horse-Battery-9")).isNotBlank();
	}

	@Test
	void parallelGuessesGetNoMoreTriesThanTheLimitAndTheSessionSurvives() throws Exception {
		String admin = login("admin", DemoMode.DEMO_PASSWORD);
		createUser(admin, """
				{"username":"burst.test","password":"Correct-Horse-Battery-9","displayName":"并发测试",
				 "roles":["DUTY_OFFICER"],"regionCode":"440304"}""").andExpect(status().isCreated());
		String session = login("burst.test", "Correct-Horse-Battery-9");

		try (var executor = java.util.concurrent.Executors.newFixedThreadPool(10)) {
			var attempts = java.util.stream.IntStream.range(0, 10)
				.mapToObj(i -> executor.submit(() -> mvc
					.perform(post("/api/auth/login").with(from("198.51.100." + (10 + i)))
						.contentType(MediaType.APPLICATION_JSON)
						.content("{\"username\":\"burst.test\",\"password\":\"guess-" + i + "\"}"))
					.andReturn()
					.getResponse()
					.getStatus()))
				.toList();
			for (var attempt : attempts) {
				assertThat(attempt.get()).isIn(401, 429);
			}
		}
		// five guesses were checked; the other five were refused unchecked
		assertThat(jdbc.sql("""
				select count(*) from audit_event
				 where actor = 'burst.test' and action = 'user.login' and outcome = 'failed'""")
			.query(Long.class)
			.single()).isEqualTo(5);
		assertThat(jdbc.sql("""
				select count(*) from audit_event
				 where actor = 'burst.test' and action = 'user.login' and outcome = 'throttled'""")
			.query(Long.class)
			.single()).isEqualTo(5);
		mvc.perform(get("/api/auth/me").header("Authorization", "Bearer " + session)).andExpect(status().isOk());
	}

	@Test
	void anUnknownUserAndAWrongPasswordGetTheSameAnswer() throws Exception {
		String unknown = mvc
			.perform(post("/api/auth/login").contentType(MediaType.APPLICATION_JSON)
				.with(from("198.51.100.3"))
				.content("{\"username\":\"nobody.here\",\"password\":\"x\"}"))
			.andExpect(status().isUnauthorized())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String wrong = mvc
			.perform(post("/api/auth/login").contentType(MediaType.APPLICATION_JSON)
				.with(from("198.51.100.3"))
				.content("{\"username\":\"reservoir.person\",\"password\":\"x\"}"))
			.andExpect(status().isUnauthorized())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(unknown).isEqualTo(wrong);
		mvc.perform(post("/api/users/reservoir.person/unlock").header("Authorization",
				"Bearer " + login("admin", DemoMode.DEMO_PASSWORD)))
			.andExpect(status().isNoContent());
	}

	@Test
	void aNullRoleIsAValidationErrorNotAServerError() throws Exception {
		String admin = login("admin", DemoMode.DEMO_PASSWORD);
		createUser(admin, """
				{"username":"null.role","password":"Correct-Horse-Battery-9","displayName":"空角色",
				 "roles":[null],"regionCode":"440304"}""").andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void malformedJsonIsABadRequestProblem() throws Exception {
		mvc.perform(
				post("/api/auth/login").contentType(MediaType.APPLICATION_JSON).content("{\"username\": \"admin\","))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.title").value("Malformed request body"));
		mvc.perform(post("/api/auth/login").contentType(MediaType.APPLICATION_JSON).content("{\"username\":\"\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.hasItems("username", "password")));
	}

	@Test
	void apiWithoutTokenIsUnauthorizedAndLoggedOutTokenIsDead() throws Exception {
		mvc.perform(get("/api/auth/me"))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(get("/api/auth/me").header("Authorization", "Bearer not-a-token"))
			.andExpect(status().isUnauthorized());
		String token = login("duty.city", DemoMode.DEMO_PASSWORD);
		mvc.perform(post("/api/auth/logout").header("Authorization", "Bearer " + token))
			.andExpect(status().isNoContent());
		mvc.perform(get("/api/auth/me").header("Authorization", "Bearer " + token))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void passwordsAndTokensAreNotStoredInClear() throws Exception {
		String token = login("duty.nanshan", DemoMode.DEMO_PASSWORD);
		String hash = jdbc.sql("select password_hash from app_user where username = 'duty.nanshan'")
			.query(String.class)
			.single();
		assertThat(hash).startsWith("{bcrypt}").doesNotContain(DemoMode.DEMO_PASSWORD);
		assertThat(jdbc.sql("select count(*) from auth_token where token_hash = :t")
			.param("t", token)
			.query(Long.class)
			.single()).isZero();
		assertThat(jdbc.sql("select count(*) from auth_token where token_hash = :t")
			.param("t", Tokens.hash(token))
			.query(Long.class)
			.single()).isOne();
	}

	@Test
	void aDistrictUserIsRefusedAnotherDistrictAndTheRefusalIsAudited() throws Exception {
		String futian = login("duty.futian", DemoMode.DEMO_PASSWORD);
		mvc.perform(get("/api/regions/440305").header("Authorization", "Bearer " + futian))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(get("/api/regions/440304").header("Authorization", "Bearer " + futian)).andExpect(status().isOk());
		assertThat(jdbc.sql("""
				select count(*) from audit_event
				 where actor = 'duty.futian' and action = 'access.refused' and target like '%440305%'""")
			.query(Long.class)
			.single()).isGreaterThanOrEqualTo(1);
	}

	@Test
	void nonAdministratorsCannotManageUsersOrReadTheAuditLog() throws Exception {
		String duty = login("duty.city", DemoMode.DEMO_PASSWORD);
		mvc.perform(get("/api/users").header("Authorization", "Bearer " + duty)).andExpect(status().isForbidden());
		mvc.perform(get("/api/audit").header("Authorization", "Bearer " + duty)).andExpect(status().isForbidden());
		mvc.perform(get("/actuator/prometheus").header("Authorization", "Bearer " + duty))
			.andExpect(status().isForbidden());
		String admin = login("admin", DemoMode.DEMO_PASSWORD);
		mvc.perform(get("/api/audit").header("Authorization", "Bearer " + admin))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.totalElements").value(org.hamcrest.Matchers.greaterThan(0)));
	}

	@Test
	void aDistrictAdministratorCannotCreateUsersInAnotherDistrict() throws Exception {
		String admin = login("admin", DemoMode.DEMO_PASSWORD);
		createUser(admin, """
				{"username":"admin.futian","password":"Futian#Admin-2026","displayName":"福田区管理员",
				 "roles":["ADMIN"],"regionCode":"440304"}""").andExpect(status().isCreated());
		String futianAdmin = login("admin.futian", "Futian#Admin-2026");
		createUser(futianAdmin, """
				{"username":"spy.nanshan","password":"Nanshan#Spy-2026","displayName":"越权",
				 "roles":["DUTY_OFFICER"],"regionCode":"440305"}""").andExpect(status().isForbidden());
		createUser(futianAdmin, """
				{"username":"spy.unit","password":"Nanshan#Spy-2026","displayName":"越权部门",
				 "roles":["HANDLER"],"regionCode":"440304","departmentCode":"440305-YJ"}""")
			.andExpect(status().isForbidden());
		createUser(futianAdmin, """
				{"username":"no.unit","password":"Futian#User-2026","displayName":"无此部门",
				 "roles":["HANDLER"],"regionCode":"440304","departmentCode":"440304-NOPE"}""")
			.andExpect(status().isBadRequest());
		createUser(futianAdmin, """
				{"username":"futian.handler","password":"Futian#User-2026","displayName":"福田应急局经办人",
				 "roles":["HANDLER"],"regionCode":"440304","departmentCode":"440304-YJ"}""")
			.andExpect(status().isCreated());
		mvc.perform(get("/api/users").header("Authorization", "Bearer " + futianAdmin))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].username")
				.value(org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem("duty.nanshan"))))
			.andExpect(jsonPath("$[*].username").value(org.hamcrest.Matchers.hasItem("duty.futian")));

		login("duty.nanshan", DemoMode.DEMO_PASSWORD);
		login("duty.futian", DemoMode.DEMO_PASSWORD);
		mvc.perform(get("/api/audit?size=500").header("Authorization", "Bearer " + futianAdmin))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content[*].actor").value(org.hamcrest.Matchers.hasItem("duty.futian")))
			.andExpect(jsonPath("$.content[*].actor")
				.value(org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem("duty.nanshan"))))
			.andExpect(jsonPath("$.content[*].actor")
				.value(org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem("admin"))));
		mvc.perform(get("/api/audit/verify").header("Authorization", "Bearer " + futianAdmin))
			.andExpect(status().isForbidden());
	}

	@Test
	void theAuditLogIsAppendOnlyAndTamperingIsDetected() throws Exception {
		String admin = login("admin", DemoMode.DEMO_PASSWORD);
		mvc.perform(get("/api/audit/verify").header("Authorization", "Bearer " + admin))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.intact").value(true));
		// the newest entry already in the hash chain (sealed); entries sealed later are
		// checked by the next walk
		long id = jdbc.sql("select max(id) from audit_event where seq is not null").query(Long.class).single();
		assertThatThrownBy(
				() -> jdbc.sql("update audit_event set actor = 'someone-else' where id = :id").param("id", id).update())
			.hasMessageContaining("append-only");
		assertThatThrownBy(() -> jdbc.sql("delete from audit_event where id = :id").param("id", id).update())
			.hasMessageContaining("append-only");

		// Someone with table-owner rights bypasses the trigger: the hash chain still
		// shows it.
		String original = jdbc.sql("select outcome from audit_event where id = :id")
			.param("id", id)
			.query(String.class)
			.single();
		jdbc.sql("alter table audit_event disable trigger audit_event_no_update").update();
		try {
			jdbc.sql("update audit_event set outcome = 'forged' where id = :id").param("id", id).update();
			mvc.perform(get("/api/audit/verify").header("Authorization", "Bearer " + admin))
				.andExpect(jsonPath("$.intact").value(false))
				.andExpect(jsonPath("$.firstBrokenId").value(id));
			jdbc.sql("update audit_event set outcome = :o where id = :id")
				.param("o", original)
				.param("id", id)
				.update();
		}
		finally {
			jdbc.sql("alter table audit_event enable trigger audit_event_no_update").update();
		}
		mvc.perform(get("/api/audit/verify").header("Authorization", "Bearer " + admin))
			.andExpect(jsonPath("$.intact").value(true));
	}

}
