package org.forewarn.plan;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.jayway.jsonpath.JsonPath;

import org.forewarn.platform.DemoMode;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

/**
 * Logging in as demo accounts and calling the plan and incident APIs as them, for the
 * plan and incident tests.
 */
public class PlanTestApi {

	private final MockMvc mvc;

	private final Map<String, String> tokens = new ConcurrentHashMap<>();

	public PlanTestApi(MockMvc mvc) {
		this.mvc = mvc;
	}

	public ResultActions as(String user, AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
		return mvc.perform(request.header("Authorization", "Bearer " + token(user)));
	}

	public ResultActions post(String user, String path, String json) throws Exception {
		return as(user,
				org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path)
					.contentType(MediaType.APPLICATION_JSON)
					.content(json));
	}

	public ResultActions put(String user, String path, String json) throws Exception {
		return as(user,
				org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put(path)
					.contentType(MediaType.APPLICATION_JSON)
					.content(json));
	}

	public ResultActions get(String user, String path) throws Exception {
		return as(user, org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(path));
	}

	public String body(ResultActions result) throws Exception {
		return result.andReturn().getResponse().getContentAsString();
	}

	public <T> T read(ResultActions result, String path) throws Exception {
		return JsonPath.read(body(result), path);
	}

	public String token(String user) throws Exception {
		String cached = tokens.get(user);
		if (cached != null) {
			return cached;
		}
		String body = mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/auth/login")
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"username\":\"" + user + "\",\"password\":\"" + DemoMode.DEMO_PASSWORD + "\"}"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String token = JsonPath.read(body, "$.token");
		tokens.put(user, token);
		return token;
	}

}
