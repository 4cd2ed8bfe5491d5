package org.forewarn.warning;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import com.jayway.jsonpath.JsonPath;

import org.forewarn.platform.DemoMode;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

/**
 * Logging in as the demo accounts and moving warnings through the HTTP API, for the
 * warning and notification tests.
 */
public class WarningTestApi {

	private final MockMvc mvc;

	private final Map<String, String> tokens = new ConcurrentHashMap<>();

	public WarningTestApi(MockMvc mvc) {
		this.mvc = mvc;
	}

	public ResultActions as(String user, AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
		return mvc.perform(request.header("Authorization", "Bearer " + token(user)));
	}

	public String token(String user) throws Exception {
		return token(user, DemoMode.DEMO_PASSWORD);
	}

	public String token(String user, String password) throws Exception {
		String cached = tokens.get(user);
		if (cached != null) {
			return cached;
		}
		String body = mvc
			.perform(post("/api/auth/login").contentType(MediaType.APPLICATION_JSON)
				.content("{\"username\":\"" + user + "\",\"password\":\"" + password + "\"}"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String token = JsonPath.read(body, "$.token");
		tokens.put(user, token);
		return token;
	}

	/** A draft JSON body: event type, colour, the named areas and an expiry. */
	public static String form(String eventType, String colour, Instant expiresAt, String... regionCodes) {
		return """
				{"eventType":"%s","colour":"%s","description":"预计未来6小时将出现50毫米以上降雨。",
				 "instruction":"注意防御，远离低洼易涝地区。","regionCodes":[%s],"expiresAt":"%s"}""".formatted(eventType, colour,
				String.join(",", java.util.Arrays.stream(regionCodes).map(c -> "\"" + c + "\"").toList()), expiresAt);
	}

	public UUID draft(String user, String json) throws Exception {
		String body = as(user, post("/api/warnings").contentType(MediaType.APPLICATION_JSON).content(json))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return UUID.fromString(JsonPath.read(body, "$.id"));
	}

	public ResultActions move(String user, UUID id, String action) throws Exception {
		return as(user,
				post("/api/warnings/" + id + "/" + action).contentType(MediaType.APPLICATION_JSON).content("{}"));
	}

	/** Drafts as {@code drafter}, approves as {@code approver}, issues as the drafter. */
	public UUID issued(String drafter, String approver, String json) throws Exception {
		UUID id = draft(drafter, json);
		move(approver, id, "approve").andExpect(status().isOk());
		move(drafter, id, "issue").andExpect(status().isOk());
		return id;
	}

}
