package org.forewarn.warning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.forewarn.PlatformIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * A district imports CAP alerts for its own areas, under a real sender: not a neighbour's
 * areas, not the city's name.
 */
@PlatformIntegrationTest
class CapImportJurisdictionIntegrationTests {

	/**
	 * This platform's own CAP sender for the city (issuing-unit code 440300 000 000 00 at
	 * the default domain).
	 */
	static final String CITY_SENDER = "44030000000000@forewarn.local";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	WarningTestApi api;

	@BeforeEach
	void api() {
		api = new WarningTestApi(mvc);
	}

	@Test
	void aFutianOfficerCannotImportAnAlertForNanshan() throws Exception {
		String id = "JUR-" + UUID.randomUUID();
		String nanshan = alert(id, "44030041600000@weather.test", "440305000000");
		importing("duty.futian", nanshan).andExpect(status().isForbidden())
			.andExpect(jsonPath("$.errors[0].field").value("geocode"))
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("440305000000")));
		assertThat(stored(id)).isZero();
		// Nanshan imports it; Futian replaying the same message is not handed Nanshan's
		// warning
		importing("duty.nanshan", nanshan).andExpect(status().isCreated());
		assertThat(stored(id)).isEqualTo(1);
		importing("duty.futian", alert(id, "44030041600000@weather.test", "440304010000"))
			.andExpect(status().isForbidden());
	}

	@Test
	void aFutianOfficerCannotImportUnderTheCitysOwnSenderButUnderItsOwn() throws Exception {
		String spoofed = "JUR-" + UUID.randomUUID();
		importing("duty.futian", alert(spoofed, CITY_SENDER, "440304010000")).andExpect(status().isForbidden())
			.andExpect(jsonPath("$.errors[0].field").value("sender"));
		importing("duty.futian", alert(spoofed, CITY_SENDER.toUpperCase(), "440304010000"))
			.andExpect(status().isForbidden());
		assertThat(stored(spoofed)).isZero();
		assertThat(jdbc.sql("""
				select count(*) from audit_event where outcome = 'refused' and actor = 'duty.futian'
				   and details like '%' || :sender || '%'""").param("sender", CITY_SENDER).query(Long.class).single())
			.isPositive();

		String own = "JUR-" + UUID.randomUUID();
		importing("duty.futian", alert(own, "44030400000000@forewarn.local", "440304010000"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.regionCodes[0]").value(org.hamcrest.Matchers.startsWith("440304")));
		// the city may import under any of the platform's senders, and for any area
		importing("duty.city", alert("JUR-" + UUID.randomUUID(), CITY_SENDER, "440305000000"))
			.andExpect(status().isCreated());
	}

	private long stored(String identifier) {
		return jdbc.sql("select count(*) from warning_message where identifier = :id")
			.param("id", identifier)
			.query(Long.class)
			.single();
	}

	private ResultActions importing(String user, String xml) throws Exception {
		return api.as(user, post("/api/warnings/import").contentType(MediaType.APPLICATION_XML)
			.content(xml.getBytes(StandardCharsets.UTF_8)));
	}

	/**
	 * The Shenzhen Meteorological Observatory sample with another identifier, sender and
	 * one area.
	 */
	private static String alert(String identifier, String sender, String geocode) throws Exception {
		try (InputStream in = new ClassPathResource("cap/shenzhen-meteorological.xml").getInputStream()) {
			String xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			return xml.replace("44030041600000_20260601080500", identifier)
				.replace("<sender>44030041600000@weather.test</sender>", "<sender>" + sender + "</sender>")
				.replace("<geocode><valueName>GB/T 2260</valueName><value>440304010000</value></geocode>",
						"<geocode><valueName>GB/T 2260</valueName><value>" + geocode + "</value></geocode>")
				.replace("<geocode><valueName>GB/T 2260</valueName><value>440304005000</value></geocode>", "");
		}
	}

}
