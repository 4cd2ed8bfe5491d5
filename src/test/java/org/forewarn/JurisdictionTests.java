package org.forewarn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;

import org.forewarn.plan.PlanTestApi;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Every read of one object by its key ({@code GET /api/x/{id}}, {@code GET /api/x/{code}/profile} — any path with one
 * path variable), read from {@code /v3/api-docs} at test time, asked for an object of Nanshan (440305) by each
 * district-scoped demo role of Futian: the answer is 403 or 404, or — where the design makes the object public — a
 * view without personal data. An endpoint for which no Nanshan object can be found fails the test unless it is in
 * {@link #EXEMPT} with the reason, so a new endpoint cannot arrive without its jurisdiction being tested.
 */
@PlatformIntegrationTest
class JurisdictionTests {

	static final String NANSHAN = "440305";

	/** Futian's district-scoped demo roles: district duty, inspector, member-unit handler, grid, street, enterprise. */
	static final List<String> FUTIAN_ROLES = List.of("duty.futian", "inspector.futian", "handler.gas.futian",
			"grid.futian", "street.fubao", "enterprise.demo");

	/** Endpoints not scoped by district at all, with the reason. Keyed by the path with its variable as {@code {}}. */
	static final Map<String, String> EXEMPT = Map.of(
			"/api/regions/{}", "region data (names, codes, boundaries) is the city's public reference data");

	/**
	 * Objects public by design: they may be answered to anyone, but the answer must carry no personal data (full
	 * mobile numbers, identity card numbers).
	 */
	static final Map<String, String> PUBLIC = Map.of(
			"/api/resources/{}", "ADR 0009: the resource pool is visible city-wide for mutual aid; contacts masked",
			"/api/public/enterprises/{}", "一企一码: the public queries an enterprise by its public code",
			"/api/public/hazard-tips/{}", "the tracking code is the tipster's own capability to follow the tip",
			"/api/public/warnings/{}/cap", "issued warnings are published to everybody");

	static final Pattern MOBILE = Pattern.compile("(?<!\\d)1[3-9]\\d{9}(?!\\d)");
	static final Pattern ID_CARD = Pattern
		.compile("(?<![\\dA-Z])[1-6]\\d{5}(19|20)\\d{2}(0[1-9]|1[0-2])(0[1-9]|[12]\\d|3[01])\\d{3}[\\dXx](?![\\dA-Z])");
	static final Pattern VARIABLE = Pattern.compile("\\{[^}]+}");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	/**
	 * Where a Nanshan object of each collection is found, keyed by the path up to and including its variable
	 * ({@code /api/incidents/{}} serves {@code /api/incidents/{id}/board} too). Objects the demo data has none of are
	 * made by Nanshan's own accounts through the API first ({@link #seedNanshan}).
	 */
	Map<String, String> foreignObjects() {
		Map<String, String> sql = new LinkedHashMap<>();
		sql.put("/api/accident-investigations/{}", "select number from accident_investigation where district_code = :d");
		sql.put("/api/alarms/{}", "select id::text from alarm where :d = any(region_path)");
		sql.put("/api/commands/{}", "select id::text from notification_subject where kind = 'COMMAND' and owner_region like :d || '%'");
		sql.put("/api/disposal-orders/{}", "select id::text from disposal_order where district_code = :d");
		sql.put("/api/disposal-orders/by-code/{}", "select code from disposal_order where district_code = :d");
		sql.put("/api/dispatches/{}", """
				select d.id::text from dispatch d join resource r on r.id = d.resource_id
				 where d.requester_region like :d || '%' and :d = any(r.region_path)""");
		sql.put("/api/enforcement/cases/{}", "select case_code from enforcement_case where district_code = :d");
		sql.put("/api/enforcement/evidence/{}", """
				select e.id::text from case_evidence e join enforcement_case c on c.id = e.case_id where c.district_code = :d""");
		sql.put("/api/enterprises/imports/{}", """
				select id::text from enterprise_import where imported_by like '%nanshan%'""");
		sql.put("/api/enterprises/{}", "select uscc from enterprise where district_code = :d");
		sql.put("/api/hazard-photos/{}", """
				select p.id::text from hazard_photo p join disposal_order o on o.id = p.order_id where o.district_code = :d""");
		sql.put("/api/inspection-photos/{}", """
				select p.id::text from inspection_photo p join inspection i on i.id = p.inspection_id where i.district_code = :d""");
		sql.put("/api/inspection-plans/{}", "select id::text from inspection_plan where region_code like :d || '%'");
		sql.put("/api/inspections/{}", "select number from inspection where district_code = :d");
		sql.put("/api/incidents/{}", "select id::text from incident where district_code = :d and cardinality(area_codes) = 0");
		sql.put("/api/organisation/committees/{}", "select code from committee where region_code = :d");
		sql.put("/api/organisation/objects/{}", "select code from managed_object where :d = any(region_path)");
		sql.put("/api/organisation/people/{}", "select id::text from person where :d = any(region_path)");
		sql.put("/api/plans/{}", "select id::text from plan where region_code like :d || '%'");
		sql.put("/api/public/enterprises/{}", "select public_code from enterprise where district_code = :d");
		sql.put("/api/public/hazard-tips/{}", """
				select r.tracking_code from hazard_report r join disposal_order o on o.id = r.order_id
				 where o.district_code = :d and r.tracking_code is not null""");
		sql.put("/api/public/warnings/{}", "select id::text from warning where owner_region like :d || '%' order by status = 'ISSUED' desc");
		sql.put("/api/resources/{}", "select id::text from resource where kind = 'EXPERT' and :d = any(region_path) and phone is not null");
		sql.put("/api/stations/{}", "select code from station where district_code = :d");
		sql.put("/api/warnings/{}", "select id::text from warning where owner_region like :d || '%'");
		return sql;
	}

	Optional<String> foreign(String query) {
		return jdbc.sql(query + " limit 1").param("d", NANSHAN).query(String.class).optional();
	}

	@Test
	void noFutianRoleReadsANanshanObjectThroughAnyEndpointWithOneKey() throws Exception {
		PlanTestApi api = new PlanTestApi(mvc);
		seedNanshan(api);
		String docs = api.body(api.get("admin", "/v3/api-docs"));
		Map<String, Object> paths = JsonPath.read(docs, "$.paths");
		Map<String, String> resolvers = foreignObjects();

		List<String> problems = new ArrayList<>();
		Map<String, String> summary = new TreeMap<>();
		List<String> uncovered = new ArrayList<>();
		int probes = 0;
		Map<Integer, Integer> statuses = new TreeMap<>();
		for (String path : paths.keySet()) {
			Map<?, ?> operations = (Map<?, ?>) paths.get(path);
			if (!operations.containsKey("get")) {
				continue;
			}
			Matcher variables = VARIABLE.matcher(path);
			int count = 0;
			while (variables.find()) {
				count++;
			}
			if (count != 1) {
				if (count > 1) {
					uncovered.add(path + " (" + count + " path variables)");
				}
				continue;
			}
			String key = VARIABLE.matcher(path).replaceAll("{}");
			if (EXEMPT.containsKey(key)) {
				summary.put(path, "exempt: " + EXEMPT.get(key));
				continue;
			}
			String collection = key.substring(0, key.indexOf("{}") + 2);
			String query = resolvers.get(collection);
			if (query == null) {
				problems.add(path + ": no way to find another district's object; add it to foreignObjects() or, if it "
						+ "is not district-scoped, to EXEMPT with the reason");
				continue;
			}
			Optional<String> value = foreign(query);
			if (value.isEmpty()) {
				problems.add(path + ": no Nanshan object found (" + query.strip() + ")");
				continue;
			}
			String uri = VARIABLE.matcher(path).replaceFirst(Matcher.quoteReplacement(value.get()));
			StringBuilder line = new StringBuilder();
			for (String role : FUTIAN_ROLES) {
				MvcResult result = api.as(role, get(uri).header("Accept", "*/*")).andReturn();
				int status = result.getResponse().getStatus();
				probes++;
				statuses.merge(status, 1, Integer::sum);
				line.append(role).append('=').append(status).append(' ');
				if (status == 403 || status == 404) {
					continue;
				}
				if (status == 200 && PUBLIC.containsKey(key)) {
					String body = result.getResponse().getContentAsString();
					if (MOBILE.matcher(body).find() || ID_CARD.matcher(body).find()) {
						problems.add(uri + " as " + role + ": a public view with personal data");
					}
					continue;
				}
				problems.add(uri + " as " + role + ": " + status + " (expected 403 or 404)");
			}
			summary.put(path, line.toString().strip() + (PUBLIC.containsKey(key) ? "  [public: " + PUBLIC.get(key) + "]" : ""));
		}

		System.out.println("Jurisdiction probes: " + summary.size() + " endpoints with one key × " + FUTIAN_ROLES.size()
				+ " Futian roles on Nanshan objects = " + probes + " requests; statuses " + statuses);
		summary.forEach((path, result) -> System.out.println("  GET " + path + "  " + result));
		uncovered.forEach(path -> System.out.println("  not probed: GET " + path));
		assertThat(summary).as("endpoints probed").hasSizeGreaterThan(20);
		assertThat(problems).as("jurisdiction holes and endpoints without a jurisdiction test").isEmpty();
	}

	/** Nanshan's own accounts make what the demo data may lack: an incident, a dispatch, a warning draft. */
	void seedNanshan(PlanTestApi api) throws Exception {
		if (foreign(foreignObjects().get("/api/incidents/{}")).isEmpty()) {
			api.post("duty.nanshan", "/api/incidents", """
					{"title":"南山区内涝（辖区测试）","typeCode":"010101","level":"IV","latitude":22.53,"longitude":113.93}""")
				.andReturn();
		}
		if (foreign(foreignObjects().get("/api/dispatches/{}")).isEmpty()) {
			String team = jdbc.sql("""
					select id::text from resource where kind = 'TEAM' and status = 'AVAILABLE' and :d = any(region_path)
					 order by id limit 1""").param("d", NANSHAN).query(String.class).single();
			api.post("duty.nanshan", "/api/dispatches", """
					{"resourceId":"%s","latitude":22.53,"longitude":113.93,"purpose":"南山积水点抽排"}""".formatted(team))
				.andReturn();
		}
		if (foreign(foreignObjects().get("/api/warnings/{}")).isEmpty()) {
			api.post("duty.nanshan", "/api/warnings", """
					{"eventType":"11B03","colour":"YELLOW","description":"预计未来6小时南山区将出现暴雨。",
					 "instruction":"注意防御。","regionCodes":["440305"],"expiresAt":"2099-01-01T00:00:00Z"}""").andReturn();
		}
		seedNanshanWarning(api);
		seedNanshanEnforcement(api);
		seedNanshanRows();
		if (foreign(foreignObjects().get("/api/commands/{}")).isEmpty()) {
			String department = jdbc.sql("select code from department where region_code = :d order by code limit 1")
				.param("d", NANSHAN).query(String.class).single();
			api.post("duty.nanshan", "/api/commands", """
					{"title":"加强巡查","body":"请各单位加强巡查。","departmentCodes":["%s"]}""".formatted(department)).andReturn();
		}
	}

	/** An issued Nanshan warning, so that the public CAP is probed on a real one: Nanshan drafts, the city approves. */
	void seedNanshanWarning(PlanTestApi api) throws Exception {
		if (jdbc.sql("select count(*) from warning where owner_region like '440305%' and status = 'ISSUED'")
			.query(Long.class).single() > 0) {
			return;
		}
		String id = api.read(api.post("duty.nanshan", "/api/warnings", """
				{"eventType":"11B03","colour":"BLUE","description":"预计未来12小时南山区将出现大雨。",
				 "instruction":"注意防御。","regionCodes":["440305"],"expiresAt":"%s"}"""
			.formatted(java.time.Instant.now().plus(java.time.Duration.ofDays(2)))), "$.id");
		api.post("duty.city", "/api/warnings/" + id + "/approve", "{}").andReturn();
		api.post("duty.nanshan", "/api/warnings/" + id + "/issue", "{}").andReturn();
	}

	/** Nanshan's inspector files what enforcement's demo data keeps in Futian: a plan, an inspection with a photo, a case with evidence, an accident investigation. */
	void seedNanshanEnforcement(PlanTestApi api) throws Exception {
		String inspector = "inspector.nanshan";
		List<String> enterprises = jdbc.sql("""
				select uscc from enterprise where district_code = :d and latitude is not null
				   and :d || '-YJ' = any(regulator_codes) order by uscc limit 3""").param("d", NANSHAN)
			.query(String.class).list();
		if (foreign(foreignObjects().get("/api/inspection-plans/{}")).isEmpty()) {
			api.post(inspector, "/api/inspection-plans", """
					{"name":"南山区红橙企业检查（辖区测试）","regionCode":"440305","riskLevels":["RED","ORANGE"]}""").andReturn();
		}
		if (foreign(foreignObjects().get("/api/inspection-photos/{}")).isEmpty()) {
			String photo = api.read(api.as(inspector, org.springframework.test.web.servlet.request.MockMvcRequestBuilders
				.multipart("/api/inspections/photos")
				.file(new org.springframework.mock.web.MockMultipartFile("photo", "exit.png", "image/png", PNG))), "$.id");
			api.post(inspector, "/api/inspections", """
					{"uscc":"%s","inspectors":["赵执法","钱执法"],"latitude":22.53,"longitude":113.93,
					 "checklist":[{"itemCode":"GEN-01","result":"FAIL","note":"安全出口堵塞"}],
					 "findings":[{"description":"安全出口堵塞","itemCode":"GEN-01","photoIds":["%s"]}]}"""
				.formatted(enterprises.get(0), photo)).andReturn();
		}
		if (foreign(foreignObjects().get("/api/enforcement/evidence/{}")).isEmpty()) {
			String code = api.read(api.post(inspector, "/api/enforcement/cases", """
					{"uscc":"%s","title":"未按规定开展安全培训（辖区测试）"}""".formatted(enterprises.get(1))), "$.header.caseCode");
			api.post(inspector, "/api/enforcement/cases/" + code + "/investigate", "{}").andReturn();
			api.as(inspector, org.springframework.test.web.servlet.request.MockMvcRequestBuilders
				.multipart("/api/enforcement/cases/" + code + "/evidence")
				.file(new org.springframework.mock.web.MockMultipartFile("file", "现场.png", "image/png", PNG))
				.param("kind", "PHOTO").param("note", "现场照片")).andReturn();
		}
		if (foreign(foreignObjects().get("/api/accident-investigations/{}")).isEmpty()) {
			api.post(inspector, "/api/accident-investigations", """
					{"uscc":"%s","title":"叉车碰撞（辖区测试）","occurredAt":"2026-11-01T02:00:00Z","deaths":0,"injuries":1,
					 "description":"仓库叉车碰撞致一人受伤"}""".formatted(enterprises.get(2))).andReturn();
		}
	}

	/** What has no API to make it for Nanshan in a test: a hazard photo, an enterprise import, an alarm — written as stored rows. */
	void seedNanshanRows() {
		if (foreign(foreignObjects().get("/api/hazard-photos/{}")).isEmpty()) {
			jdbc.sql("""
					insert into hazard_photo (id, order_id, content_type, size_bytes, sha256, data, uploaded_by, uploaded_at)
					select gen_random_uuid(), id, 'image/png', 16, repeat('0', 64), :data, 'grid.nanshan', now()
					  from disposal_order where district_code = :d order by id limit 1""")
				.param("data", PNG).param("d", NANSHAN).update();
		}
		if (foreign(foreignObjects().get("/api/enterprises/imports/{}")).isEmpty()) {
			jdbc.sql("""
					insert into enterprise_import (id, file_name, rows_total, rows_imported, problems, imported_by, imported_at)
					values (gen_random_uuid(), '南山区企业.csv', 1, 1, '[]'::jsonb, 'duty.nanshan', now())""").update();
		}
		if (foreign(foreignObjects().get("/api/alarms/{}")).isEmpty()) {
			jdbc.sql("""
					insert into alarm (id, station_code, type, severity, rule_code, region_path, started_at, last_at, created_at)
					select gen_random_uuid(), code, 'THRESHOLD', 'MINOR', 'JURISDICTION-TEST', region_path, now(), now(), now()
					  from station where district_code = :d order by code limit 1""").param("d", NANSHAN).update();
		}
	}

	/** Smallest valid PNG header: enough for the upload's type check. */
	static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R' };
}
