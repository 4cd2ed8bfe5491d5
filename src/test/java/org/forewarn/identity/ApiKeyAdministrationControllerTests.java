package org.forewarn.identity;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.forewarn.audit.AuditTrail;
import org.forewarn.platform.AccessRefused;
import org.forewarn.platform.CurrentUser;
import org.forewarn.platform.Jurisdiction;
import org.forewarn.platform.Role;
import org.forewarn.region.RegionLevel;
import org.forewarn.region.RegionSummary;
import org.forewarn.region.Regions;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The web slice of API key administration: the production security chain
 * ({@link SecurityConfiguration}, method security) and the platform's problem details in
 * front of the controller, no database and no other module. The collaborators behind the
 * controller are stand-ins that every refused request must leave untouched: access rules
 * and input checks answer before anything is read or written. What the controller does
 * once allowed is proved against the real database by the identity integration tests.
 */
@WebMvcTest(ApiKeyAdministration.class)
@Import({ SecurityConfiguration.class, Unauthenticated.class, ApiKeyDesk.class,
		ApiKeyAdministrationControllerTests.Meters.class })
@RecordApplicationEvents
class ApiKeyAdministrationControllerTests {

	@TestConfiguration(proxyBeanMethods = false)
	static class Meters {

		@Bean
		MeterRegistry meterRegistry() {
			return new SimpleMeterRegistry();
		}

	}

	@Autowired
	MockMvc mvc;

	@Autowired
	MeterRegistry meters;

	@Autowired
	ApplicationEvents events;

	@MockitoBean
	ApiKeys keys;

	@MockitoBean
	Tokens tokens;

	@MockitoBean
	Users users;

	@MockitoBean
	Regions regions;

	@MockitoBean
	AuditTrail audit;

	static RequestPostProcessor as(String regionCode, Role role) {
		CurrentUser user = new CurrentUser(UUID.nameUUIDFromBytes(regionCode.getBytes()), "slice." + regionCode,
				"User " + regionCode, Set.of(role), new Jurisdiction(regionCode, null), null);
		return authentication(new UsernamePasswordAuthenticationToken(user, null,
				List.of(new SimpleGrantedAuthority(role.authority()))));
	}

	@Test
	void anAnonymousCallerIsAskedToLogInWithAProblemAndCounted() throws Exception {
		mvc.perform(get("/api/api-keys"))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.title").value("Authentication required"))
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("POST /api/auth/login")));
		assertThat(
				meters.counter("forewarn.security.unauthenticated", "reason", "no-credentials", "path", "/api/api-keys")
					.count())
			.isEqualTo(1);
		verifyNoInteractions(keys);
	}

	@Test
	void aDutyOfficerMayNeitherListNorIssueKeysAndTheRefusalIsAudited() throws Exception {
		mvc.perform(get("/api/api-keys").with(as("440304", Role.DUTY_OFFICER)))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.title").value("Forbidden"))
			.andExpect(jsonPath("$.detail").value("Your role does not allow this."));
		mvc.perform(post("/api/api-keys").with(as("440304", Role.DUTY_OFFICER))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"camera.futian\",\"regionCode\":\"440304\"}")).andExpect(status().isForbidden());
		assertThat(events.stream(AccessRefused.class)).hasSize(2)
			.allSatisfy(refused -> assertThat(refused.actor()).isEqualTo("slice.440304"));
		verifyNoInteractions(keys, audit);
	}

	@Test
	void anInvalidKeyNameIsAProblemNamingTheFieldAndItsRule() throws Exception {
		mvc.perform(post("/api/api-keys").with(as("440300", Role.ADMIN))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"Camera Futian!\",\"regionCode\":\"440304\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].field").value("name"))
			.andExpect(jsonPath("$.errors[0].message")
				.value("3–64 characters: lower-case letters, digits, '.', '_', '-'"));
		verifyNoInteractions(keys, audit);
	}

	@Test
	void anAdministratorOfFutianCannotIssueAKeyForNanshan() throws Exception {
		given(regions.find("440305"))
			.willReturn(Optional.of(new RegionSummary("440305", "南山区", RegionLevel.DISTRICT, "440300", false)));
		given(regions.isWithin("440305", "440304")).willReturn(false);
		mvc.perform(post("/api/api-keys").with(as("440304", Role.ADMIN))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"camera.nanshan\",\"regionCode\":\"440305\"}"))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.title").value("Outside your jurisdiction"))
			.andExpect(jsonPath("$.type").value("https://forewarn.org/problems/outside-jurisdiction"));
		assertThat(events.stream(AccessRefused.class)).singleElement()
			.satisfies(refused -> assertThat(refused.reason()).startsWith("jurisdiction"));
		verifyNoInteractions(keys, audit);
	}

}
