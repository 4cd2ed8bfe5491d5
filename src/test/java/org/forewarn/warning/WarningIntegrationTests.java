package org.forewarn.warning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import org.forewarn.MovableClock;
import org.forewarn.PlatformIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Warnings through the HTTP API on the real database: four eyes, jurisdiction, CAP and
 * GB/T 35965.1, import, expiry.
 */
@PlatformIntegrationTest
class WarningIntegrationTests {

	static final String CAP_NS = "urn:oasis:names:tc:emergency:cap:1.2";
	static final String FUBAO = "440304010";
	static final String SHATOU = "440304005";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MovableClock clock;

	@Autowired
	ExpirySweep expiry;

	@Autowired
	WarningDrafts drafts;

	WarningTestApi api;

	@BeforeEach
	void api() {
		api = new WarningTestApi(mvc);
	}

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	Instant inHours(int hours) {
		return clock.instant().plus(Duration.ofHours(hours)).truncatedTo(ChronoUnit.SECONDS);
	}

	@Test
	void drafterCannotApproveTheirOwnWarningAndASecondOfficerCanThenIssueOnlyOnce() throws Exception {
		UUID id = api.draft("duty.futian", WarningTestApi.form("11B03", "YELLOW", inHours(6), FUBAO, SHATOU));
		api.as("duty.futian", get("/api/warnings/" + id))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("DRAFT"))
			.andExpect(jsonPath("$.eventName").value("暴雨"))
			.andExpect(jsonPath("$.headline").value("福田区应急管理局发布暴雨黄色预警[III级/较重]"))
			.andExpect(jsonPath("$.allowedActions")
				.value(org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem("approve"))));

		api.move("duty.futian", id, "approve")
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.title").value("Four-eyes principle"));
		api.move("duty.futian", id, "issue").andExpect(status().isConflict()); // not
																				// approved
																				// yet
		api.move("duty.city", id, "approve")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("APPROVED"))
			.andExpect(jsonPath("$.approvedBy").value("duty.city"));
		api.move("duty.futian", id, "issue")
			.andExpect(status().isOk())
			.andExpect(header().string("Idempotent-Replayed", "false"))
			.andExpect(jsonPath("$.status").value("ISSUED"))
			.andExpect(jsonPath("$.revision").value(1))
			.andExpect(jsonPath("$.identifier")
				.value(org.hamcrest.Matchers.matchesPattern("^44030400000000_\\d{14}(_[1-9])?$")));
		// a retried issue changes nothing and sends no second message
		api.move("duty.futian", id, "issue")
			.andExpect(status().isOk())
			.andExpect(header().string("Idempotent-Replayed", "true"));
		assertThat(jdbc.sql("select count(*) from warning_message where warning_id = :id")
			.param("id", id)
			.query(Long.class)
			.single()).isEqualTo(1);
		assertThat(jdbc
			.sql("select action || ':' || outcome || ':' || actor from audit_event where target = :t order by id")
			.param("t", "warning:" + id)
			.query(String.class)
			.list()).containsExactly("warning.draft:success:duty.futian", "warning.approve:refused:duty.futian",
					"warning.approve:success:duty.city", "warning.issue:success:duty.futian");
	}

	@Test
	void aDistrictDutyOfficerNeitherSeesNorApprovesAnotherDistrictsDraft() throws Exception {
		UUID id = api.draft("duty.futian", WarningTestApi.form("11B03", "ORANGE", inHours(3), FUBAO));
		api.as("duty.nanshan", get("/api/warnings/" + id)).andExpect(status().isForbidden());
		api.move("duty.nanshan", id, "approve").andExpect(status().isForbidden());
		api.as("duty.nanshan", get("/api/warnings/" + id + "/cap")).andExpect(status().isForbidden());
		assertThat(api.as("duty.nanshan", get("/api/warnings?size=200")).andReturn().getResponse().getContentAsString())
			.doesNotContain(id.toString());
		// a street duty officer inside Futian cannot approve a district's warning either
		api.move("street.fubao", id, "approve").andExpect(status().isForbidden());
		assertThat(api.as("duty.futian", get("/api/warnings?size=200")).andReturn().getResponse().getContentAsString())
			.contains(id.toString());
		// nor may Futian warn Nanshan
		api.as("duty.futian",
				post("/api/warnings").contentType(MediaType.APPLICATION_JSON)
					.content(WarningTestApi.form("11B03", "ORANGE", inHours(3), "440305")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("regionCodes"));
		assertThat(jdbc
			.sql("select count(*) from audit_event where actor = 'duty.nanshan' and outcome <> 'success'"
					+ " and target like :t")
			.param("t", "%" + id + "%")
			.query(Long.class)
			.single()).isPositive();
		api.move("duty.city", id, "approve").andExpect(status().isOk());
	}

	@Test
	void badDraftsNameTheField() throws Exception {
		api.as("duty.futian",
				post("/api/warnings").contentType(MediaType.APPLICATION_JSON)
					.content(WarningTestApi.form("99Z99", "RED", inHours(3), FUBAO)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("eventType"));
		api.as("duty.futian",
				post("/api/warnings").contentType(MediaType.APPLICATION_JSON)
					.content(WarningTestApi.form("11B03", "PURPLE", inHours(3), FUBAO)))
			.andExpect(status().isBadRequest());
		api.as("duty.futian",
				post("/api/warnings").contentType(MediaType.APPLICATION_JSON)
					.content("{\"eventType\":\"11B03\",\"colour\":\"RED\",\"expiresAt\":\"" + inHours(3)
							+ "\",\"polygon\":\"22.5,114.0 22.6,114.1 22.5,114.0\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("polygon"));
		api.as("grid.futian", post("/api/warnings").contentType(MediaType.APPLICATION_JSON)
			.content(WarningTestApi.form("11B03", "RED", inHours(3), FUBAO))).andExpect(status().isForbidden());
	}

	@Test
	void aDrawnPolygonTargetsTheCommunitiesItTouchesInsideTheJurisdiction() throws Exception {
		// a small square around 22.54N 114.05E, in 福保街道
		String json = """
				{"eventType":"11B03","colour":"RED","expiresAt":"%s","polygon":"22.535,114.045 22.535,114.055 22.545,114.055 22.545,114.045 22.535,114.045"}"""
			.formatted(inHours(2));
		UUID id = api.draft("duty.futian", json);
		String body = api.as("duty.futian", get("/api/warnings/" + id))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		List<String> targets = JsonPath.read(body, "$.targetRegionCodes");
		assertThat(targets).isNotEmpty().allMatch(code -> code.startsWith("440304") && code.length() == 12);
		assertThat((String) JsonPath.read(body, "$.areaDescription")).contains("绘制区域");
	}

	@Test
	void capExportValidatesAgainstTheOasisSchemaForAlertUpdateAndCancel() throws Exception {
		UUID id = api.draft("duty.futian", WarningTestApi.form("11B03", "YELLOW", inHours(6), FUBAO, SHATOU));
		Document draft = validCap(api.as("duty.futian", get("/api/warnings/" + id + "/cap"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(text(draft, "status")).isEqualTo("Draft");

		api.move("duty.city", id, "approve").andExpect(status().isOk());
		api.move("duty.futian", id, "issue").andExpect(status().isOk());
		Document alert = validCap(cap(id));
		assertThat(text(alert, "status")).isEqualTo("Actual");
		assertThat(text(alert, "msgType")).isEqualTo("Alert");
		assertThat(text(alert, "identifier")).matches("^44030400000000_\\d{14}(_\\d)?$");
		assertThat(text(alert, "sent")).matches("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\+08:00$");
		assertThat(text(alert, "severity")).isEqualTo("Moderate");
		assertThat(text(alert, "category")).isEqualTo("Met");
		assertThat(texts(alert, "value")).contains("11B03", "Yellow", "440304010000", "440304005000");

		// an update (colour up, a CAP Update referencing the alert), then the lifting (a
		// CAP Cancel)
		clock.advance(Duration.ofSeconds(2));
		api.as("duty.futian",
				post("/api/warnings/" + id + "/update").contentType(MediaType.APPLICATION_JSON)
					.content(WarningTestApi.form("11B03", "ORANGE", inHours(6), FUBAO, SHATOU)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.revision").value(2));
		Document update = validCap(cap(id));
		assertThat(text(update, "msgType")).isEqualTo("Update");
		assertThat(text(update, "severity")).isEqualTo("Severe");
		assertThat(text(update, "references"))
			.isEqualTo(text(alert, "sender") + "," + text(alert, "identifier") + "," + text(alert, "sent"));
		clock.advance(Duration.ofSeconds(2));
		api.as("duty.futian",
				post("/api/warnings/" + id + "/cancel").contentType(MediaType.APPLICATION_JSON)
					.content("{\"reason\":\"降雨减弱\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("CANCELLED"));
		Document cancel = validCap(cap(id));
		assertThat(text(cancel, "msgType")).isEqualTo("Cancel");
		assertThat(text(cancel, "note")).isEqualTo("降雨减弱");
		assertThat(text(cancel, "references").split(" ")).hasSize(2);
	}

	@Test
	void gbt35965ExportHasTheDeployedShapeWithItsIdentifierAndTwelveDigitAreaCodes() throws Exception {
		UUID draft = api.draft("duty.futian", WarningTestApi.form("11B03", "BLUE", inHours(6), FUBAO, "440304"));
		api.as("duty.futian", get("/api/warnings/" + draft + "/gbt35965")).andExpect(status().isConflict());
		api.move("duty.city", draft, "approve").andExpect(status().isOk());
		api.move("duty.futian", draft, "issue").andExpect(status().isOk());
		String xml = api.as("duty.futian", get("/api/warnings/" + draft + "/gbt35965"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		Document gb = DocumentBuilderFactory.newInstance()
			.newDocumentBuilder()
			.parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
		Element root = gb.getDocumentElement();
		assertThat(root.getNodeName()).isEqualTo("alert");
		assertThat(root.getNamespaceURI()).isNull();
		String identifier = plain(gb, "identifier");
		String senderCode = plain(gb, "senderCode");
		assertThat(senderCode).hasSize(14).startsWith("440304");
		// the deployed form; the standard's _N sequence only when one sender sends twice
		// in a second
		assertThat(identifier).matches("^" + senderCode + "_\\d{14}(_[1-9])?$");
		String sendTime = plain(gb, "sendTime");
		assertThat(sendTime).matches("^\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d\\+08:00$");
		// the identifier's time is the send time in Beijing
		assertThat(identifier.substring(15, 29)).isEqualTo(sendTime.substring(0, 19).replaceAll("[- :]", ""));
		assertThat(plain(gb, "sender")).isEqualTo("福田区应急管理局");
		assertThat(plain(gb, "eventType")).isEqualTo("11B03");
		assertThat(plain(gb, "severity")).isEqualTo("Blue");
		assertThat(plain(gb, "secClassification")).isEqualTo("None");
		assertThat(plain(gb, "geocode").split(",")).containsExactly("440304010000", "440304000000");
		assertThat(plain(gb, "headline")).endsWith("蓝色预警[IV级/一般]");
		NodeList methods = gb.getElementsByTagName("methodName");
		assertThat(methods.getLength()).isEqualTo(2);
		assertThat(methods.item(0).getTextContent()).isEqualTo("SMS");
	}

	@Test
	void foreignCapAlertsImportAndKeepWhatThePlatformUnderstands() throws Exception {
		String oasis = resource("oasis-amber-alert.xml");
		String first = importing(oasis).andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("RECEIVED"))
			.andExpect(jsonPath("$.colour").value("ORANGE")) // Severe
			.andReturn()
			.getResponse()
			.getContentAsString();
		importing(oasis).andExpect(status().isOk())
			.andExpect(jsonPath("$.duplicate").value(true))
			.andExpect(jsonPath("$.id").value((String) JsonPath.read(first, "$.id")));

		importing(resource("us-nws-flash-flood.xml")).andExpect(status().isCreated())
			.andExpect(jsonPath("$.colour").value("ORANGE"))
			.andExpect(jsonPath("$.headline").value(org.hamcrest.Matchers.startsWith("Flash Flood Warning")));
		// MeteoAlarm: two languages, the awareness level decides the colour
		importing(resource("meteoalarm-de.xml")).andExpect(status().isCreated())
			.andExpect(jsonPath("$.colour").value("YELLOW"))
			.andExpect(jsonPath("$.headline").value("Amtliche WARNUNG vor STARKREGEN"));
		importing(resource("australia-bushfire.xml")).andExpect(status().isCreated())
			.andExpect(jsonPath("$.colour").value("RED"));
		// a Chinese bureau's alert: GB/T 35561 code and 12-digit geocodes become the
		// platform's own areas
		String shenzhen = importing(resource("shenzhen-meteorological.xml")).andExpect(status().isCreated())
			.andExpect(jsonPath("$.eventType").value("11B03"))
			.andExpect(jsonPath("$.colour").value("YELLOW"))
			.andExpect(jsonPath("$.regionCodes").value(org.hamcrest.Matchers.contains(FUBAO, SHATOU)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String id = JsonPath.read(shenzhen, "$.id");
		// as received, and only for duty officers: never on the public feed
		assertThat(
				api.as("duty.city", get("/api/warnings/" + id + "/cap")).andReturn().getResponse().getContentAsString())
			.contains("44030041600000_20260601080500");
		assertThat(mvc.perform(get("/api/public/warnings")).andReturn().getResponse().getContentAsString())
			.doesNotContain(id);

		// the sender's Cancel ends it
		String cancel = resource("shenzhen-meteorological.xml")
			.replace("<identifier>44030041600000_20260601080500</identifier>",
					"<identifier>44030041600000_20260601100000</identifier>")
			.replace("<msgType>Alert</msgType>", "<msgType>Cancel</msgType>")
			.replace("<scope>Public</scope>", "<scope>Public</scope><references>44030041600000@weather.test,"
					+ "44030041600000_20260601080500,2026-06-01T08:05:00+08:00</references>");
		importing(cancel).andExpect(status().isCreated())
			.andExpect(jsonPath("$.id").value(id))
			.andExpect(jsonPath("$.status").value("CANCELLED"));
	}

	@Test
	void malformedXmlEntitiesAndOversizedBodiesAreRefusedAndNothingIsStored() throws Exception {
		long before = warnings();
		importing("<alert xmlns=\"urn:oasis:names:tc:emergency:cap:1.2\"><identifier>x</identifier>")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith("Malformed XML")));
		String xxe = """
				<?xml version="1.0"?>
				<!DOCTYPE alert [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
				<alert xmlns="urn:oasis:names:tc:emergency:cap:1.2"><identifier>&xxe;</identifier></alert>""";
		importing(xxe).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("DOCTYPE")))
			.andExpect(jsonPath("$.detail")
				.value(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("root:"))));
		String laughs = """
				<?xml version="1.0"?>
				<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>
				<alert xmlns="urn:oasis:names:tc:emergency:cap:1.2"><identifier>&lol2;</identifier></alert>""";
		importing(laughs).andExpect(status().isBadRequest());
		// well-formed but not CAP 1.2: another namespace, then a missing required element
		importing(resource("oasis-amber-alert.xml").replace("cap:1.2", "cap:1.1")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("alert"));
		importing(resource("oasis-amber-alert.xml").replace("<sender>KARO@CLETS.DOJ.CA.GOV</sender>", ""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("Not a valid CAP 1.2 alert")));
		String huge = resource("oasis-amber-alert.xml").replace("<description>",
				"<description>" + "x".repeat(WarningController.MAX_IMPORT_BYTES));
		importing(huge).andExpect(status().isPayloadTooLarge());
		api.as("duty.city", post("/api/warnings/import").contentType(MediaType.APPLICATION_JSON).content("{}"))
			.andExpect(status().isUnsupportedMediaType());
		assertThat(warnings()).isEqualTo(before);
	}

	@Test
	void anIssuedWarningExpiresByTheClockAndLeavesThePublicFeed() throws Exception {
		UUID id = api.issued("duty.futian", "duty.city", WarningTestApi.form("11B06", "BLUE", inHours(1), SHATOU));
		assertThat(publicJson()).contains(id.toString());
		expiry.sweep();
		api.as("duty.futian", get("/api/warnings/" + id)).andExpect(jsonPath("$.status").value("ISSUED"));
		clock.advance(Duration.ofMinutes(61));
		expiry.sweep(); // the scheduled sweep may have been first; either way it is
						// expired now
		api.as("duty.futian", get("/api/warnings/" + id)).andExpect(jsonPath("$.status").value("EXPIRED"));
		assertThat(publicJson()).doesNotContain(id.toString());
		api.as("duty.futian",
				post("/api/warnings/" + id + "/update").contentType(MediaType.APPLICATION_JSON)
					.content(WarningTestApi.form("11B06", "BLUE", inHours(3), SHATOU)))
			.andExpect(status().isConflict());
	}

	@Test
	void thePublicFeedIsJsonOrAnAtomFeedOfValidCapEntries() throws Exception {
		UUID id = api.issued("duty.futian", "duty.city", WarningTestApi.form("11B01", "RED", inHours(12), FUBAO));
		mvc.perform(get("/api/public/warnings"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.id == '" + id + "')].eventName").value(org.hamcrest.Matchers.contains("台风")))
			.andExpect(jsonPath("$[?(@.id == '" + id + "')].colourName").value(org.hamcrest.Matchers.contains("红色")));
		String atom = mvc.perform(get("/api/public/warnings").header("Accept", "application/atom+xml"))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.contentTypeCompatibleWith("application/atom+xml"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		var factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		Document feed = factory.newDocumentBuilder()
			.parse(new ByteArrayInputStream(atom.getBytes(StandardCharsets.UTF_8)));
		assertThat(feed.getDocumentElement().getLocalName()).isEqualTo("feed");
		NodeList alerts = feed.getElementsByTagNameNS(CAP_NS, "alert");
		assertThat(alerts.getLength())
			.isEqualTo(feed.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry").getLength())
			.isPositive();
		Schema schema = schema();
		for (int i = 0; i < alerts.getLength(); i++) {
			schema.newValidator().validate(new javax.xml.transform.dom.DOMSource(alerts.item(i)));
		}
		assertThat(atom).contains("/api/public/warnings/" + id + "/cap");
		validCap(mvc.perform(get("/api/public/warnings/" + id + "/cap"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	@Test
	void anAlarmProposesADraftOnceAndADutyOfficerApprovesIt() {
		var proposal = new WarningDrafts.Proposal("11B03", Colour.ORANGE, List.of(SHATOU), null, null,
				"沙头街道雨量站3小时雨量达55毫米", "注意防御", clock.instant().plus(Duration.ofHours(3)), "alarm:" + UUID.randomUUID());
		WarningId first = drafts.proposeFrom(proposal);
		assertThat(drafts.proposeFrom(proposal)).isEqualTo(first);
		assertThat(jdbc.sql(
				"select owner_region || '/' || status || '/' || origin || '/' || drafted_by from warning where id = :id")
			.param("id", first.value())
			.query(String.class)
			.single()).isEqualTo("440304/DRAFT/PROPOSED/system");
	}

	@Test
	void aProposedDraftIsAdoptedByOneOfficerAndApprovedByASecondAndTheAdministratorIsToldWhyNot() throws Exception {
		String area = "440304008";
		UUID id = drafts
			.proposeFrom(new WarningDrafts.Proposal("11B03", Colour.YELLOW, List.of(area), null, null, "雨量站3小时雨量达52毫米",
					"注意防御", inHours(6), "alarm:" + UUID.randomUUID()))
			.value();
		// nobody adopted it yet: it waits for nobody's approval, and approving it alone
		// is
		// refused
		api.as("duty.futian", get("/api/warnings").param("awaiting", "me"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.id == '" + id + "')]").isEmpty());
		api.move("duty.futian", id, "approve")
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.title").value("Four-eyes principle"))
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("采纳")));
		// duty.futian adopts it by editing it, and so becomes its drafter
		api.as("duty.futian",
				post("/api/warnings/" + id + "/update").contentType(MediaType.APPLICATION_JSON)
					.content(WarningTestApi.form("11B03", "YELLOW", inHours(6), area)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.allowedActions")
				.value(org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem("approve"))));
		api.move("duty.futian", id, "approve")
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("四眼原则")));
		api.as("duty.futian", get("/api/warnings").param("awaiting", "me"))
			.andExpect(jsonPath("$[?(@.id == '" + id + "')]").isEmpty());
		// an administrator sees it but is told the rule, not a bare 403
		api.move("admin", id, "approve")
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.title").value("Approval rule"))
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("值班员或指挥长")))
			.andExpect(
					jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("duty officers and commanders")));
		api.as("admin", get("/api/warnings").param("awaiting", "me"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.id == '" + id + "')]").isEmpty());
		// it waits for the second Futian officer, and for the city, not for Nanshan
		api.as("duty.futian2", get("/api/warnings").param("awaiting", "me"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.id == '" + id + "')].allowedActions[*]")
				.value(org.hamcrest.Matchers.hasItem("approve")));
		api.as("duty.city2", get("/api/warnings").param("awaiting", "me"))
			.andExpect(jsonPath("$[?(@.id == '" + id + "')]").isNotEmpty());
		api.as("duty.nanshan", get("/api/warnings").param("awaiting", "me"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.id == '" + id + "')]").isEmpty());
		api.as("duty.futian2", get("/api/warnings").param("awaiting", "everyone"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("awaiting")));
		api.move("duty.futian2", id, "approve")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.approvedBy").value("duty.futian2"));
		api.move("duty.futian", id, "issue").andExpect(status().isOk()).andExpect(jsonPath("$.status").value("ISSUED"));
		assertThat(jdbc
			.sql("select action || ':' || outcome || ':' || actor from audit_event where target = :t"
					+ " and actor <> 'system' order by id")
			.param("t", "warning:" + id)
			.query(String.class)
			.list()).containsExactly("warning.approve:refused:duty.futian", "warning.edit:success:duty.futian",
					"warning.approve:refused:duty.futian", "warning.approve:refused:admin",
					"warning.approve:success:duty.futian2", "warning.issue:success:duty.futian");
	}

	@Test
	void severalGaugesInOneStreetProposeOneDraftWithAllTheirEvidence() {
		String street = "440304002";
		String first = "alarm:" + UUID.randomUUID();
		String second = "alarm:" + UUID.randomUUID();
		WarningId draft = drafts.proposeFrom(new WarningDrafts.Proposal("11B03", Colour.YELLOW, List.of(street), null,
				null, "雨量站 G1 3小时雨量 51 mm。", "注意防御", inHours(3), first));
		var corroboration = new WarningDrafts.Proposal("11B03", Colour.ORANGE, List.of(street), null, null,
				"雨量站 G2 3小时雨量 58 mm。", "注意防御", inHours(5), second);
		assertThat(drafts.proposeFrom(corroboration)).isEqualTo(draft);
		// a replayed alarm finds the draft and adds nothing twice
		assertThat(drafts.proposeFrom(corroboration)).isEqualTo(draft);
		// another event type in the same street is another draft
		assertThat(drafts.proposeFrom(new WarningDrafts.Proposal("11B01", Colour.YELLOW, List.of(street), null, null,
				"台风", "注意防御", inHours(3), "alarm:" + UUID.randomUUID())))
			.isNotEqualTo(draft);
		assertThat(jdbc
			.sql("select count(*) from warning where origin = 'PROPOSED' and event_type = '11B03'"
					+ " and :street = any(region_codes) and status = 'DRAFT'")
			.param("street", street)
			.query(Long.class)
			.single()).isEqualTo(1);
		var row = jdbc.sql("select colour, description, sources, expires_at from warning where id = :id")
			.param("id", draft.value())
			.query()
			.singleRow();
		// the more severe colour and the later expiry win (an earlier alarm of the
		// demo may have proposed the draft first)
		assertThat(row.get("colour")).isIn("ORANGE", "RED");
		assertThat((String) row.get("description")).containsOnlyOnce("G1").containsOnlyOnce("G2");
		assertThat(((java.sql.Timestamp) row.get("expires_at")).toInstant()).isAfterOrEqualTo(inHours(5));
		assertThat(jdbc.sql("select :first = any(sources) and :second = any(sources) from warning where id = :id")
			.param("id", draft.value())
			.param("first", first)
			.param("second", second)
			.query(Boolean.class)
			.single()).isTrue();
		assertThat(jdbc
			.sql("select count(*) from audit_event where target = :t and action = 'warning.corroborate'"
					+ " and details like :source")
			.param("t", "warning:" + draft.value())
			.param("source", second + "%")
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	// --- helpers
	// -------------------------------------------------------------------------------------------------

	private long warnings() {
		return jdbc.sql("select count(*) from warning").query(Long.class).single();
	}

	private String publicJson() throws Exception {
		return mvc.perform(get("/api/public/warnings"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private org.springframework.test.web.servlet.ResultActions importing(String xml) throws Exception {
		return api.as("duty.city", post("/api/warnings/import").contentType(MediaType.APPLICATION_XML)
			.content(xml.getBytes(StandardCharsets.UTF_8)));
	}

	private String cap(UUID id) throws Exception {
		return api.as("duty.futian", get("/api/warnings/" + id + "/cap"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	static Schema schema() throws Exception {
		SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
		try (InputStream xsd = new ClassPathResource("warning/CAP-v1.2.xsd").getInputStream()) {
			return factory.newSchema(new StreamSource(xsd));
		}
	}

	/**
	 * Validates against the OASIS CAP 1.2 schema (javax.xml.validation) and returns the
	 * parsed document.
	 */
	static Document validCap(String xml) throws Exception {
		schema().newValidator()
			.validate(new StreamSource(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))));
		var factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
	}

	private static String text(Document cap, String name) {
		NodeList nodes = cap.getElementsByTagNameNS(CAP_NS, name);
		return nodes.getLength() == 0 ? null : nodes.item(0).getTextContent();
	}

	private static List<String> texts(Document cap, String name) {
		NodeList nodes = cap.getElementsByTagNameNS(CAP_NS, name);
		List<String> values = new java.util.ArrayList<>();
		for (int i = 0; i < nodes.getLength(); i++) {
			values.add(nodes.item(i).getTextContent());
		}
		return values;
	}

	private static String plain(Document doc, String name) {
		return doc.getElementsByTagName(name).item(0).getTextContent();
	}

	private static String resource(String name) throws Exception {
		try (InputStream in = new ClassPathResource("cap/" + name).getInputStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
