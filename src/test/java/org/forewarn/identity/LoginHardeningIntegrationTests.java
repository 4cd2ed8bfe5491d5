package org.forewarn.identity;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.forewarn.MovableClock;
import org.forewarn.PlatformIntegrationTest;
import org.forewarn.audit.AuditTrail;
import org.forewarn.platform.DemoMode;
import org.forewarn.platform.Role;
import org.forewarn.region.Regions;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 11, item 3: guessing passwords cannot lock anyone out of a session or tell which
 * accounts exist, trivial passwords are refused, and an administrator's disable ends
 * sessions for good. Each test guesses from its own documentation-range client addresses
 * (198.51.100.0/24), so the shared context's 127.0.0.1 is never throttled.
 */
@PlatformIntegrationTest
class LoginHardeningIntegrationTests {

	static final String STRONG = "Correct-Horse-Battery-9";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MovableClock clock;

	@Autowired
	MeterRegistry meters;

	@Autowired
	LoginThrottle throttle;

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	static RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	MockHttpServletResponse attempt(String username, String password, String client) throws Exception {
		return mvc
			.perform(post("/api/auth/login").with(from(client))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"username\":\"%s\",\"password\":\"%s\"}".formatted(username, password)))
			.andReturn()
			.getResponse();
	}

	String login(String username, String password) throws Exception {
		MockHttpServletResponse response = attempt(username, password, "127.0.0.1");
		assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
		return JsonPath.read(response.getContentAsString(), "$.token");
	}

	int me(String token) throws Exception {
		return mvc.perform(get("/api/auth/me").header("Authorization", "Bearer " + token))
			.andReturn()
			.getResponse()
			.getStatus();
	}

	void createUser(String username) throws Exception {
		mvc.perform(post("/api/users").header("Authorization", "Bearer " + login("admin", DemoMode.DEMO_PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content(
					"""
							{"username":"%s","password":"%s","displayName":"加固测试","roles":["DUTY_OFFICER"],"regionCode":"440304"}"""
						.formatted(username, STRONG)))
			.andExpect(status().isCreated());
	}

	long audited(String actor, String outcome) {
		return jdbc.sql("select count(*) from audit_event where actor = :a and action = 'user.login' and outcome = :o")
			.param("a", actor)
			.param("o", outcome)
			.query(Long.class)
			.single();
	}

	@Test
	void thirtyWrongPasswordsForDutyCityFromOneClientAreThrottledWhileItsSessionKeepsWorking() throws Exception {
		String session = login("duty.city", DemoMode.DEMO_PASSWORD);
		long throttledBefore = audited("duty.city", "throttled");
		List<Integer> statuses = new ArrayList<>();
		for (int i = 0; i < 30; i++) {
			MockHttpServletResponse response = attempt("duty.city", "guess-number-" + i, "198.51.100.30");
			statuses.add(response.getStatus());
			if (response.getStatus() == 429) {
				assertThat(Integer.parseInt(response.getHeader("Retry-After"))).isBetween(1, 15 * 60);
				assertThat(response.getContentAsString()).contains("Too many failed logins");
			}
			assertThat(me(session)).as("the real user's session after guess %d", i + 1).isEqualTo(200);
		}
		assertThat(statuses.subList(0, 5)).containsOnly(401);
		assertThat(statuses.subList(5, 30)).containsOnly(429);
		// the right password does not get through while throttled, not even from another
		// client
		assertThat(attempt("duty.city", DemoMode.DEMO_PASSWORD, "198.51.100.31").getStatus()).isEqualTo(429);
		assertThat(me(session)).isEqualTo(200);

		assertThat(audited("duty.city", "throttled") - throttledBefore).isEqualTo(26);
		assertThat(jdbc
			.sql("select count(*) from audit_event where action = 'user.login' and details like '%guess-number%'")
			.query(Long.class)
			.single()).isZero();

		clock.advance(Duration.ofMinutes(15).plusSeconds(1));
		assertThat(attempt("duty.city", DemoMode.DEMO_PASSWORD, "198.51.100.30").getStatus()).isEqualTo(200);
		assertThat(me(session)).isEqualTo(200);
	}

	@Test
	void anUnknownUserAndAThrottledRealOneGetTheSameAnswersWhicheverClientsTheAttackerRotates() throws Exception {
		createUser("same.answer");
		List<String> real = new ArrayList<>();
		List<String> unknown = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			MockHttpServletResponse r = attempt("same.answer", "wrong-" + i, "198.51.100." + (40 + i));
			MockHttpServletResponse u = attempt("no.such.person", "wrong-" + i, "198.51.100." + (50 + i));
			assertThat(r.getStatus()).isEqualTo(u.getStatus()).isEqualTo(i < 5 ? 401 : 429);
			real.add(JsonPath.read(r.getContentAsString(), "$.detail"));
			unknown.add(JsonPath.read(u.getContentAsString(), "$.detail"));
		}
		assertThat(real).isEqualTo(unknown);
		assertThat(real.getFirst()).isEqualTo("用户名或密码错误。Wrong username or password.");
	}

	@Test
	void oneClientGuessingAcrossManyUsernamesIsThrottledButOtherClientsAreNot() throws Exception {
		for (int i = 0; i < 20; i++) {
			assertThat(attempt("spray.target." + i, "Summer#2026", "198.51.100.60").getStatus()).isEqualTo(401);
		}
		MockHttpServletResponse throttled = attempt("spray.target.99", "Summer#2026", "198.51.100.60");
		assertThat(throttled.getStatus()).isEqualTo(429);
		assertThat(throttled.getHeader("Retry-After")).isNotBlank();
		assertThat(attempt("spray.target.99", "Summer#2026", "198.51.100.61").getStatus()).isEqualTo(401);
	}

	@Test
	void behindAnUntrustedPeerAForgedForwardedForDoesNotEscapeTheThrottle() throws Exception {
		for (int i = 0; i < 20; i++) {
			mvc.perform(post("/api/auth/login").with(from("198.51.100.70"))
				.header("X-Forwarded-For", "203.0.113." + i)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"username\":\"forged.%d\",\"password\":\"x\"}".formatted(i)));
		}
		assertThat(mvc
			.perform(post("/api/auth/login").with(from("198.51.100.70"))
				.header("X-Forwarded-For", "203.0.113.99")
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"username\":\"forged.99\",\"password\":\"x\"}"))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(429);
	}

	@Test
	void anAdministratorsDisableEndsTheSessionsForGoodAndEnablingDoesNotBringThemBack() throws Exception {
		createUser("disable.test");
		String session = login("disable.test", STRONG);
		String admin = login("admin", DemoMode.DEMO_PASSWORD);
		mvc.perform(post("/api/users/disable.test/disable").header("Authorization", "Bearer " + admin))
			.andExpect(status().isNoContent());
		assertThat(me(session)).isEqualTo(401);
		assertThat(attempt("disable.test", STRONG, "198.51.100.80").getStatus()).isEqualTo(403);
		assertThat(attempt("disable.test", "not-the-password", "198.51.100.80").getStatus()).isEqualTo(401);

		mvc.perform(post("/api/users/disable.test/enable").header("Authorization", "Bearer " + admin))
			.andExpect(status().isNoContent());
		mvc.perform(post("/api/users/disable.test/unlock").header("Authorization", "Bearer " + admin))
			.andExpect(status().isNoContent());
		assertThat(me(session)).isEqualTo(401);
		assertThat(me(login("disable.test", STRONG))).isEqualTo(200);
		assertThat(jdbc
			.sql("select count(*) from audit_event where action in ('user.disable', 'user.enable')"
					+ " and target = 'user:disable.test'")
			.query(Long.class)
			.single()).isEqualTo(2);
	}

	@Test
	void anAdministratorsUnlockLetsAThrottledUserLogInAtOnce() throws Exception {
		createUser("unlock.test");
		for (int i = 0; i < 6; i++) {
			attempt("unlock.test", "wrong-" + i, "198.51.100.90");
		}
		assertThat(attempt("unlock.test", STRONG, "198.51.100.91").getStatus()).isEqualTo(429);
		String admin = login("admin", DemoMode.DEMO_PASSWORD);
		mvc.perform(get("/api/users?size=500").header("Authorization", "Bearer " + admin))
			.andExpect(jsonPath("$[?(@.username == 'unlock.test')].locked").value(true));
		mvc.perform(post("/api/users/unlock.test/unlock").header("Authorization", "Bearer " + admin))
			.andExpect(status().isNoContent());
		assertThat(attempt("unlock.test", STRONG, "198.51.100.91").getStatus()).isEqualTo(200);
	}

	@Test
	void aTrivialPasswordIsRefusedWhenCreatingAnAccountNamingTheFieldInChineseAndEnglish() throws Exception {
		String admin = login("admin", DemoMode.DEMO_PASSWORD);
		mvc.perform(post("/api/users").header("Authorization", "Bearer " + admin)
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"username":"weak.one","password":"aaaaaaaaaaaa","displayName":"弱密码","roles":["DUTY_OFFICER"],
					 "regionCode":"440304"}"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("password"))
			.andExpect(jsonPath("$.detail")
				.value(org.hamcrest.Matchers.allOf(org.hamcrest.Matchers.containsString("密码不符合要求"),
						org.hamcrest.Matchers.containsString("at least 3 of upper-case letters"),
						org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("aaaa")))));
		assertThat(jdbc.sql("select count(*) from app_user where username = 'weak.one'").query(Long.class).single())
			.isZero();
		assertThat(jdbc.sql("""
				select details from audit_event where action = 'user.create' and target = 'user:weak.one'
				 and outcome = 'refused'""").query(String.class).single()).contains("INSUFFICIENT_CHARACTERISTICS")
			.doesNotContain("aaaa");
	}

	@Test
	void aUserChangesTheirPasswordUnderThePolicyAndTheirOtherSessionsEnd() throws Exception {
		createUser("change.test");
		String here = login("change.test", STRONG);
		String elsewhere = login("change.test", STRONG);
		mvc.perform(post("/api/auth/password").header("Authorization", "Bearer " + here)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"currentPassword\":\"" + STRONG + "\",\"newPassword\":\"change.test-2026A\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("newPassword"));
		mvc.perform(post("/api/auth/password").with(from("198.51.100.101"))
			.header("Authorization", "Bearer " + here)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"currentPassword\":\"not-it\",\"newPassword\":\"Blue-Lantern-Tide-42\"}"))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.errors[0].field").value("currentPassword"));
		mvc.perform(post("/api/auth/password").header("Authorization", "Bearer " + here)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"currentPassword\":\"" + STRONG + "\",\"newPassword\":\"Blue-Lantern-Tide-42\"}"))
			.andExpect(status().isNoContent());
		assertThat(me(here)).isEqualTo(200);
		assertThat(me(elsewhere)).isEqualTo(401);
		assertThat(attempt("change.test", STRONG, "198.51.100.100").getStatus()).isEqualTo(401);
		assertThat(me(login("change.test", "Blue-Lantern-Tide-42"))).isEqualTo(200);
	}

	@Test
	void guessingTheCurrentPasswordOnThePasswordChangeIsThrottledLikeALogin() throws Exception {
		createUser("change.guess");
		String session = login("change.guess", STRONG);
		for (int i = 0; i < 6; i++) {
			mvc.perform(post("/api/auth/password").with(from("198.51.100.120"))
				.header("Authorization", "Bearer " + session)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"currentPassword\":\"guess-%d\",\"newPassword\":\"Blue-Lantern-Tide-42\"}".formatted(i)))
				.andExpect(status().is(i < 5 ? 403 : 429));
		}
		assertThat(me(session)).isEqualTo(200);
		assertThat(attempt("change.guess", STRONG, "198.51.100.121").getStatus()).isEqualTo(429);
	}

	@Test
	void theFirstAdministratorsPasswordMustPassThePolicy(@Autowired Regions regions,
			@Autowired PasswordEncoder passwords, @Autowired PasswordPolicy policy, @Autowired AuditTrail audit,
			@Autowired TransactionTemplate transactions) {
		Users noAdministratorYet = new Users(jdbc) {
			@Override
			boolean anyWithRole(Role role) {
				return false;
			}
		};
		BootstrapAdmin bootstrap = new BootstrapAdmin(noAdministratorYet, regions, passwords, policy, audit,
				transactions, clock, "weak.admin", "aaaaaaaaaaaa");
		assertThatThrownBy(() -> bootstrap.run(null)).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("FOREWARN_BOOTSTRAP_ADMIN_PASSWORD")
			.hasMessageContaining("at least 3 of");
		assertThat(jdbc.sql("select count(*) from app_user where username = 'weak.admin'").query(Long.class).single())
			.isZero();
	}

	@Test
	void anonymousRefusalsAndLoginRefusalsAreCounted() throws Exception {
		double before = meters
			.counter("forewarn.security.unauthenticated", "reason", "no-credentials", "path", "/api/hazards")
			.count();
		double badToken = meters
			.counter("forewarn.security.unauthenticated", "reason", "invalid-token", "path", "/api/hazards")
			.count();
		double wrong = meters.counter("forewarn.security.login.refusals", "reason", "wrong-credentials").count();
		for (int i = 0; i < 3; i++) {
			mvc.perform(get("/api/hazards")).andExpect(status().isUnauthorized());
		}
		mvc.perform(get("/api/hazards").header("Authorization", "Bearer forged")).andExpect(status().isUnauthorized());
		attempt("counted.nobody", "x", "198.51.100.110");
		assertThat(
				meters.counter("forewarn.security.unauthenticated", "reason", "no-credentials", "path", "/api/hazards")
					.count())
			.isEqualTo(before + 3);
		assertThat(
				meters.counter("forewarn.security.unauthenticated", "reason", "invalid-token", "path", "/api/hazards")
					.count())
			.isEqualTo(badToken + 1);
		assertThat(meters.counter("forewarn.security.login.refusals", "reason", "wrong-credentials").count())
			.isEqualTo(wrong + 1);
	}

}
