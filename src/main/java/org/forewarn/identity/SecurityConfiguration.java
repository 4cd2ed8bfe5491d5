package org.forewarn.identity;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.forewarn.platform.AccessRefused;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * The authorisation rules. URL rules are the outer fence (public paths, authenticated
 * API, admin-only metrics); each controller method carries its own {@code @PreAuthorize}
 * rule, and jurisdiction is checked in the owning module.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder(); // bcrypt,
																			// upgradeable
																			// by prefix
	}

	@Bean
	SecurityFilterChain api(HttpSecurity http, Tokens tokens, Users users, ApiKeys apiKeys, JsonMapper json,
			ApplicationEventPublisher events, Unauthenticated unauthenticated) throws Exception {
		http.csrf(csrf -> csrf.disable()) // bearer tokens only, no cookies: nothing for a
											// forged request to ride on
			.sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.httpBasic(b -> b.disable())
			.formLogin(f -> f.disable())
			.logout(l -> l.disable())
			.headers(h -> h.referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)))
			.addFilterBefore(new BearerTokenFilter(tokens, users), AnonymousAuthenticationFilter.class)
			.addFilterAfter(new ApiKeyFilter(apiKeys), BearerTokenFilter.class)
			.authorizeHttpRequests(auth -> auth.requestMatchers("/api/public/**", "/api/auth/login")
				.permitAll()
				.requestMatchers("/actuator/health/**", "/actuator/health", "/actuator/info")
				.permitAll()
				.requestMatchers("/actuator/**")
				.hasRole("ADMIN")
				.requestMatchers("/v3/api-docs/**", "/v3/api-docs", "/swagger-ui/**", "/swagger-ui.html")
				.permitAll()
				.requestMatchers("/api/**")
				.authenticated()
				.requestMatchers("/error")
				.permitAll()
				// the console's static files and its client-side routes
				.anyRequest()
				.permitAll())
			.exceptionHandling(e -> e.authenticationEntryPoint((request, response, ex) -> {
				unauthenticated.count(request);
				problem(json, response, HttpStatus.UNAUTHORIZED, "Authentication required",
						"请先登录。Log in first: send 'Authorization: Bearer <token>' from POST /api/auth/login.");
			}).accessDeniedHandler((request, response, ex) -> {
				refused(events, request, ex.getMessage());
				problem(json, response, HttpStatus.FORBIDDEN, "Forbidden", "Your role does not allow this.");
			}));
		return http.build();
	}

	private static void refused(ApplicationEventPublisher events, HttpServletRequest request, String message) {
		events.publishEvent(AccessRefused.of(request, "role: " + message));
	}

	private static void problem(JsonMapper json, HttpServletResponse response, HttpStatus status, String title,
			String detail) throws IOException {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(title);
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		json.writeValue(response.getOutputStream(), problem);
	}

}
