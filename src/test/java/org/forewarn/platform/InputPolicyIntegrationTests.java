package org.forewarn.platform;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;

import org.forewarn.PlatformIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The one input policy at the edge, probe by probe from issue 11: each of these was a 500
 * with a stack trace (NUL reaching PostgreSQL) or an answer naming Java internals. The
 * broken multipart boundaries need a real Tomcat and are probed in
 * {@code ApiRobustnessTests}.
 */
@PlatformIntegrationTest
class InputPolicyIntegrationTests {

	@Autowired
	MockMvc mvc;

	/** One login per account for the class (logins may be throttled per client). */
	static final Map<String, String> tokens = new ConcurrentHashMap<>();

	@Test
	void aNulInTheLoginNameIsA400NamingTheFieldWithoutALogin() throws Exception {
		mvc.perform(post("/api/auth/login").contentType(MediaType.APPLICATION_JSON)
			.content("{\"username\":\"a\\u0000b\",\"password\":\"whatever-it-is\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].field").value("username"))
			.andExpect(jsonPath("$.detail").value(containsString("U+0000")));
	}

	@Test
	void aControlCharacterDeepInAJsonBodyIsRefusedWithItsPath() throws Exception {
		as(post("/api/enforcement/cases").contentType(MediaType.APPLICATION_JSON)
			.content("{\"uscc\":\"91440300708461136T\",\"title\":\"t\",\"cause\":\"bell \\u0007 here\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("cause"))
			.andExpect(jsonPath("$.detail").value(containsString("U+0007")));
	}

	@Test
	void aNulInASearchQueryIsRefusedBeforeTheDatabase() throws Exception {
		for (String list : new String[] { "/api/enterprises", "/api/disposal-orders", "/api/organisation/people",
				"/api/enforcement/cases", "/api/inspections", "/api/resources" }) {
			as(get(list).param("q", "a\u0000b")).andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("q"));
		}
	}

	@Test
	void aControlCharacterInAPathVariableIsRefused() throws Exception {
		as(get("/api/disposal-orders/by-code/{code}", "H\u0001")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("path"));
	}

	@Test
	void aNulInAnUploadedFileNameOrANoteIsRefused() throws Exception {
		byte[] png = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };
		as(multipart("/api/inspections/photos").file(new MockMultipartFile("photo", "a\u0000b.png", "image/png", png)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("photo file name"));
		as(multipart("/api/enforcement/cases/{code}/evidence", "X").param("note", "a\u0000b")
			.file(new MockMultipartFile("file", "a.png", "image/png", png))).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("note"));
	}

	@Test
	void aCsvImportWithANulIsRefusedNamingTheLine() throws Exception {
		String csv = "uscc,name,industry_code,address,lat,lon,scale,key_categories,contact_name,contact_role,contact_phone\n"
				+ "91440300708461136T,企\u0000业,C33,福田区,22.54,114.05,SMALL,,,,\n";
		as(post("/api/enterprises/import").contentType("text/csv").content(csv.getBytes(StandardCharsets.UTF_8)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("file"))
			.andExpect(jsonPath("$.detail").value(containsString("line 2")));
	}

	@Test
	void aUtf16CapAlertIsImportedNotStoredAsHalfNulCharacters() throws Exception {
		String xml = new ClassPathResource("cap/shenzhen-meteorological.xml").getContentAsString(StandardCharsets.UTF_8)
			.replace("encoding=\"UTF-8\"", "encoding=\"UTF-16\"")
			.replace("44030041600000_20260601080500", "44030041600000_utf16");
		as("duty.city", post("/api/warnings/import").contentType(MediaType.APPLICATION_XML)
			.content(xml.getBytes(StandardCharsets.UTF_16))).andExpect(status().is2xxSuccessful());
	}

	@Test
	void aMissingBodyIsNamedWithoutTheJavaMethod() throws Exception {
		as(post("/api/enterprises/import").contentType("text/csv")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(not(containsString("org.forewarn"))))
			.andExpect(jsonPath("$.detail").value(not(containsString("importCsv"))));
	}

	@Test
	void jacksonHintsNeverReachTheCaller() throws Exception {
		String nan = mvc
			.perform(post("/api/auth/login").contentType(MediaType.APPLICATION_JSON)
				.content("{\"username\":NaN,\"password\":\"x\"}"))
			.andExpect(status().isBadRequest())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(nan).contains("NaN").doesNotContain("Feature").doesNotContain("Source").doesNotContain("jackson");
	}

	@Test
	void typeConfusionNamesTheFieldAndWhatItShouldBe() throws Exception {
		as(post("/api/resources").contentType(MediaType.APPLICATION_JSON)
			.content("{\"kind\":\"SUPPLY\",\"quantity\":\"many\"}")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("quantity"))
			.andExpect(jsonPath("$.detail").value("'quantity' must be a whole number."));
		as(post("/api/resources").contentType(MediaType.APPLICATION_JSON).content("{\"kind\":\"SPACESHIP\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("kind"))
			.andExpect(jsonPath("$.detail").value(containsString("must be one of WAREHOUSE")));
		as(post("/api/resources").contentType(MediaType.APPLICATION_JSON)
			.content("{\"kind\":\"SUPPLY\",\"latitude\":1e400}")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("latitude"))
			.andExpect(jsonPath("$.detail").value(containsString("finite")));
	}

	@Test
	void notANumberInAQueryIsRefusedNamingTheParameter() throws Exception {
		as(get("/api/resources/nearest").param("lat", "NaN").param("lon", "114.05")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("lat"));
		as(get("/api/resources/nearest").param("lat", "22.54").param("lon", "1e400")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("lon"));
		as(get("/api/disposal-orders/{id}", "not-a-uuid")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(containsString("must be a UUID")));
	}

	ResultActions as(AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
		return as("admin", request);
	}

	ResultActions as(String user, AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
		if (!tokens.containsKey(user)) {
			String body = mvc
				.perform(post("/api/auth/login").contentType(MediaType.APPLICATION_JSON)
					.content("{\"username\":\"" + user + "\",\"password\":\"" + DemoMode.DEMO_PASSWORD + "\"}"))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			tokens.put(user, JsonPath.read(body, "$.token"));
		}
		return mvc.perform(request.header("Authorization", "Bearer " + tokens.get(user)));
	}

}
