package org.forewarn;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import org.forewarn.plan.PlanTestApi;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * Every operation of the published API ({@code /v3/api-docs}, read at test time), tried
 * by each district-scoped demo role of Futian against Nanshan (440305):
 * <ul>
 * <li>an operation on one object ({@code GET /api/incidents/{id}}, {@code POST
 * /api/disposal-orders/{id}/accept}, {@code PUT /api/plans/{id}/versions/{number}},
 * {@code DELETE /api/duty/shifts/{id}} — any method, any number of path variables) is
 * sent for a Nanshan object, with a body built from the operation's schema whose places
 * (region codes, coordinates, enterprises, resources) are Nanshan's: every answer must be
 * 403 or 404 — or, for objects public by design ({@link #PUBLIC}), a view without
 * personal data. A 2xx is a jurisdiction hole; a 400/409/422 means the probe was refused
 * for its input before the jurisdiction was looked at, which proves nothing, so it fails
 * too;</li>
 * <li>a list ({@code GET} without path variables) must not show the key of any Nanshan
 * object found for the probes above;</li>
 * <li>an operation that creates ({@code POST}/{@code PUT} without path variables) is sent
 * with Nanshan's places in its body and query and must be refused (4xx); one whose body
 * names no place at all must be forbidden to every Futian role (403), or be exempt with
 * the reason (it acts in the caller's own jurisdiction).</li>
 * </ul>
 * An operation neither probed nor listed in {@link #EXEMPT} with its reason fails the
 * test with what to add, so a new endpoint cannot arrive without its jurisdiction being
 * tested.
 */
@PlatformIntegrationTest
class JurisdictionTests {

	static final String NANSHAN = "440305";

	static final double NANSHAN_LATITUDE = 22.53;

	static final double NANSHAN_LONGITUDE = 113.93;

	/**
	 * Futian's district-scoped demo roles: district duty, inspector, member-unit handler,
	 * grid, street, enterprise.
	 */
	static final List<String> FUTIAN_ROLES = List.of("duty.futian", "inspector.futian", "handler.gas.futian",
			"grid.futian", "street.fubao", "enterprise.demo");

	/**
	 * Operations not probed, with the reason. Keyed by {@code METHOD path} with every
	 * path variable written {@code {}}; a key without a method exempts every method of
	 * the path.
	 */
	static final Map<String, String> EXEMPT = exemptions();

	static Map<String, String> exemptions() {
		Map<String, String> exempt = new LinkedHashMap<>();
		// the caller's own account and session: there is no other district in them
		exempt.put("POST /api/auth/login", "anonymous by design: who the caller is, is decided here");
		exempt.put("POST /api/auth/logout", "ends the caller's own session");
		exempt.put("POST /api/auth/password", "changes the caller's own password");
		exempt.put("GET /api/auth/me", "the caller's own account");
		exempt.put("GET /api/me/notifications", "the caller's own inbox (person_id = caller)");
		exempt.put("GET /api/me/notifications/stream", "the caller's own inbox as a stream");
		exempt.put("GET /api/me/contact-points", "the caller's own contact points");
		exempt.put("PUT /api/me/contact-points", "the caller's own contact points");
		// the city's public reference data and public channels
		exempt.put("/api/regions", "region data (names, codes, boundaries) is the city's public reference data");
		exempt.put("/api/regions/{}", "region data (names, codes, boundaries) is the city's public reference data");
		exempt.put("/api/regions/locate", "region data: which area a point lies in, public reference data");
		exempt.put("/api/regions/features", "region data as GeoJSON, public reference data");
		exempt.put("/api/regions/stats", "region data: counts of areas per level, public reference data");
		exempt.put("GET /api/public/console-config", "the console's start-up settings, the same for everybody");
		exempt.put("GET /api/public/warnings", "issued warnings are published to everybody (GB/T 35965 public feed)");
		exempt.put("POST /api/public/hazard-tips", "anyone may tip off a hazard anywhere in the city");
		exempt.put("GET /api/incidents/types", "the national incident-type catalogue, reference data");
		exempt.put("GET /api/warnings/event-types", "the warning event-type catalogue, reference data");
		exempt.put("GET /api/resources/types", "the resource-type catalogue, reference data");
		exempt.put("GET /api/enterprises/industries", "the industry catalogue (GB/T 4754), reference data");
		exempt.put("GET /api/enterprises/key-categories", "the key-supervision categories, reference data");
		exempt.put("GET /api/enterprises/import/template.csv", "an empty CSV template");
		exempt.put("GET /api/inspection-checklists", "the checklist catalogue, the same for every district");
		exempt.put("GET /api/enforcement/case-flow", "the case flow's steps and deadlines, reference data");
		exempt.put("GET /api/hazard-deadlines", "the city's deadline policy, reference data");
		exempt.put("GET /api/hazard-categories", "the city's hazard categories, reference data");
		exempt.put("GET /api/alarm-rules", "the city's alarm rules, reference data");
		exempt.put("GET /api/notification-channels", "the city's notification channels (no district in them)");
		// resource pool: ADR 0009
		exempt.put("GET /api/resources", "ADR 0009: the resource pool is visible city-wide for mutual aid");
		exempt.put("GET /api/resources/map", "ADR 0009: the resource pool is visible city-wide for mutual aid");
		exempt.put("GET /api/resources/nearest", "ADR 0009: the nearest resources are looked for across districts");
		exempt.put("POST /api/dispatches", "ADR 0009 mutual aid: any district may request another district's resource; "
				+ "the owner approves (DispatchJurisdictionIntegrationTests)");
		// creations whose place is inside the uploaded document, tested where the
		// document is understood
		exempt.put("POST /api/warnings/import", "the CAP document names its areas inside the XML; "
				+ "CapImportJurisdictionIntegrationTests imports another district's CAP and expects the refusal");
		exempt.put("POST /api/plans/import", "parses plan text into a skeleton and stores nothing (the plan is made by "
				+ "POST /api/plans, probed with Nanshan's region); it maps unit names to department codes, which the "
				+ "city-wide directory GET /api/organisation/departments shows anyway");
		exempt.put("POST /api/enterprises/import", "the CSV/XLSX names each row's place inside the file; each row "
				+ "is checked like a single registration, jurisdiction included, and a row outside it is reported, "
				+ "not stored (EnterpriseIntegrationTests.aDistrictImportStoresNoRowOutsideTheImportersJurisdiction)");
		exempt.put("POST /api/inspections/photos", "an upload not yet attached to anything; the inspection that uses "
				+ "it names its enterprise and is checked (POST /api/inspections, probed)");
		return exempt;
	}

	/**
	 * Objects public by design: they may be answered to anyone, but the answer must carry
	 * no personal data (full mobile numbers, identity card numbers). Keyed by the path up
	 * to its first variable.
	 */
	static final Map<String, String> PUBLIC = Map.of("GET /api/resources/{}",
			"ADR 0009: the resource pool is visible city-wide for mutual aid; contacts masked",
			"GET /api/public/enterprises/{}", "一企一码: the public queries an enterprise by its public code",
			"GET /api/public/hazard-tips/{}", "the tracking code is the tipster's own capability to follow the tip",
			"GET /api/public/warnings/{}/cap", "issued warnings are published to everybody");

	static final Pattern MOBILE = Pattern.compile("(?<!\\d)1[3-9]\\d{9}(?!\\d)");

	static final Pattern ID_CARD = Pattern
		.compile("(?<![\\dA-Z])[1-6]\\d{5}(19|20)\\d{2}(0[1-9]|1[0-2])(0[1-9]|[12]\\d|3[01])\\d{3}[\\dXx](?![\\dA-Z])");

	static final Pattern VARIABLE = Pattern.compile("\\{[^}]+}");

	/** Smallest valid PNG header: enough for the upload's type check. */
	static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R' };

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	final JsonMapper json = JsonMapper.builder().build();

	JsonNode document;

	/**
	 * Where a Nanshan object of each collection is found, keyed by the path up to and
	 * including its first variable ({@code /api/incidents/{}} serves
	 * {@code /api/incidents/{id}/board} too). Objects the demo data has none of are made
	 * by Nanshan's own accounts through the API first ({@link #seedNanshan}).
	 */
	static Map<String, String> foreignObjects() {
		Map<String, String> sql = new LinkedHashMap<>();
		sql.put("/api/accident-investigations/{}",
				"select number from accident_investigation where district_code = :d");
		sql.put("/api/alarms/{}", "select id::text from alarm where :d = any(region_path)");
		sql.put("/api/commands/{}",
				"select id::text from notification_subject where kind = 'COMMAND' and owner_region like :d || '%'");
		sql.put("/api/disposal-orders/{}", "select id::text from disposal_order where district_code = :d");
		sql.put("/api/disposal-orders/by-code/{}", "select code from disposal_order where district_code = :d");
		sql.put("/api/dispatches/{}", """
				select d.id::text from dispatch d join resource r on r.id = d.resource_id
				 where d.requester_region like :d || '%' and :d = any(r.region_path)""");
		sql.put("/api/enforcement/cases/{}", "select case_code from enforcement_case where district_code = :d");
		sql.put("/api/enforcement/evidence/{}",
				"""
						select e.id::text from case_evidence e join enforcement_case c on c.id = e.case_id where c.district_code = :d""");
		sql.put("/api/enterprises/imports/{}", """
				select id::text from enterprise_import where imported_by like '%nanshan%'""");
		sql.put("/api/enterprises/{}", "select uscc from enterprise where district_code = :d");
		sql.put("/api/enterprises/portal/orders/{}", """
				select f.reference from enterprise_fact f join enterprise e on e.uscc = f.uscc
				 where f.kind = 'HAZARD' and e.district_code = :d""");
		sql.put("/api/hazard-photos/{}",
				"""
						select p.id::text from hazard_photo p join disposal_order o on o.id = p.order_id where o.district_code = :d""");
		sql.put("/api/inspection-photos/{}",
				"""
						select p.id::text from inspection_photo p join inspection i on i.id = p.inspection_id where i.district_code = :d""");
		sql.put("/api/inspection-plans/{}", "select id::text from inspection_plan where region_code like :d || '%'");
		sql.put("/api/inspections/{}", "select number from inspection where district_code = :d");
		sql.put("/api/incidents/{}",
				"select id::text from incident where district_code = :d and cardinality(area_codes) = 0");
		sql.put("/api/organisation/committees/{}", "select code from committee where region_code = :d");
		sql.put("/api/organisation/objects/{}", "select code from managed_object where :d = any(region_path)");
		sql.put("/api/organisation/people/{}", "select id::text from person where :d = any(region_path)");
		sql.put("/api/plans/{}", "select id::text from plan where region_code like :d || '%'");
		sql.put("/api/public/enterprises/{}", "select public_code from enterprise where district_code = :d");
		sql.put("/api/public/hazard-tips/{}", """
				select r.tracking_code from hazard_report r join disposal_order o on o.id = r.order_id
				 where o.district_code = :d and r.tracking_code is not null""");
		sql.put("/api/public/warnings/{}",
				"select id::text from warning where owner_region like :d || '%' order by status = 'ISSUED' desc");
		sql.put("/api/resources/{}",
				"select id::text from resource where kind = 'EXPERT' and :d = any(region_path) and phone is not null");
		sql.put("/api/stations/{}", "select code from station where district_code = :d");
		sql.put("/api/warnings/{}", "select id::text from warning where owner_region like :d || '%'");
		sql.put("/api/notifications/{}", "select id::text from notification where district_code = :d");
		sql.put("/api/duty/shifts/{}",
				"""
						select s.id::text from duty_shift s join command_centre c on c.code = s.centre_code where c.region_code = :d""");
		// city-wide settings: no district owns them, so no Futian role may change them
		// (administrators only)
		sql.put("/api/users/{}", "select username from app_user where username like '%nanshan%' and :d = :d");
		sql.put("/api/api-keys/{}", "select id::text from api_key where :d = :d");
		sql.put("/api/hazard-categories/{}", "select code from hazard_category where :d = :d");
		sql.put("/api/hazard-routing-rules/{}", "select id::text from hazard_routing_rule where :d = :d");
		sql.put("/api/alarm-rules/{}", "select code from alarm_rule where :d = :d");
		sql.put("/api/notification-channels/{}", "select 'IN_APP' where :d = :d");
		return sql;
	}

	/**
	 * A Nanshan value for a path variable after the first, by its name; {@code :outer} is
	 * the first variable's value.
	 */
	static final Map<String, String> INNER_VARIABLES = Map.of("taskId",
			"select id::text from incident_task where incident_id::text = :outer union all select gen_random_uuid()::text");

	/**
	 * Values of action variables that the document does not enumerate, by the path up to
	 * the action.
	 */
	static final Map<String, List<String>> ACTIONS = Map.of("/api/enforcement/cases/{}/{}",
			List.of("investigate", "submit", "approve", "return", "decide", "execute", "recheck", "close"),
			"/api/disposal-orders/{}/{}",
			List.of("accept", "return", "verify", "rectify", "submit", "approve", "reject", "reassign", "supervise"),
			"/api/dispatches/{}/{}", List.of("approve", "reject", "cancel", "dispatch", "arrive", "return"),
			"/api/incidents/{}/tasks/{}/{}", List.of("acknowledge", "start", "done", "block", "cancel"));

	/**
	 * Bodies the schema cannot describe well enough to pass validation (patterns), by
	 * operation.
	 */
	static final Map<String, String> BODIES = Map.of("PUT /api/hazard-categories/{}", """
			{"nameZh":"火灾隐患","nameEn":"Fire","defaultDepartment":"XF","sortOrder":1,"active":true}""");

	/**
	 * Lists that may show another district's object by its id only (no content), with the
	 * reason; the fields are left out before the list is searched for Nanshan's keys.
	 */
	static final Map<String, Pattern> IDS_ONLY = Map.of("GET /api/plans",
			// a city plan the district sees names the district plans that refer to it;
			// the plans themselves stay
			// refused (GET /api/plans/{id} is probed above)
			Pattern.compile("\"(references|referencedBy)\":\\[[^\\]]*\\]"));

	/** Places in request bodies, filled with Nanshan's: by property name. */
	Map<String, Object> nanshanPlaces() {
		Map<String, Object> places = new LinkedHashMap<>();
		for (String name : List.of("regionCode", "districtCode", "ownerRegion", "areaCode", "region")) {
			places.put(name, NANSHAN);
		}
		for (String name : List.of("regionCodes", "districtCodes", "areaCodes", "regions")) {
			places.put(name, List.of(NANSHAN));
		}
		places.put("latitude", NANSHAN_LATITUDE);
		places.put("longitude", NANSHAN_LONGITUDE);
		places.put("lat", NANSHAN_LATITUDE);
		places.put("lng", NANSHAN_LONGITUDE);
		foreign("select uscc from enterprise where district_code = :d order by uscc")
			.ifPresent(v -> places.put("uscc", v));
		foreign("select id::text from resource where :d = any(region_path) order by id")
			.ifPresent(v -> places.put("resourceId", v));
		foreign("select id::text from incident where district_code = :d order by id")
			.ifPresent(v -> places.put("incidentId", v));
		foreign("select id::text from plan where region_code like :d || '%' order by id")
			.ifPresent(v -> places.put("planId", v));
		foreign("select code from station where district_code = :d order by code").ifPresent(v -> {
			places.put("stationCode", v);
			places.put("station", v);
		});
		foreign("select code from department where region_code = :d order by code").ifPresent(v -> {
			places.put("departmentCode", v);
			places.put("departmentCodes", List.of(v));
		});
		foreign("select code from command_centre where region_code = :d order by code")
			.ifPresent(v -> places.put("centreCode", v));
		foreign("select id::text from person where :d = any(region_path) order by id")
			.ifPresent(v -> places.put("personId", v));
		return places;
	}

	Optional<String> foreign(String query) {
		return jdbc.sql(query + " limit 1").param("d", NANSHAN).query(String.class).optional();
	}

	@Test
	void noFutianRoleReachesANanshanObjectThroughAnyOperation() throws Exception {
		PlanTestApi api = new PlanTestApi(mvc);
		seedNanshan(api);
		document = json.readTree(api.body(api.get("admin", "/v3/api-docs")));
		Map<String, String> resolvers = foreignObjects();
		Map<String, Object> places = nanshanPlaces();
		Set<String> nanshanKeys = new LinkedHashSet<>();

		List<String> problems = new ArrayList<>();
		Map<String, String> summary = new TreeMap<>();
		Map<Integer, Integer> statuses = new TreeMap<>();
		int probes = 0;
		List<Operation> lists = new ArrayList<>();
		List<Operation> creations = new ArrayList<>();
		for (Map.Entry<String, JsonNode> path : document.get("paths").properties()) {
			for (Map.Entry<String, JsonNode> entry : path.getValue().properties()) {
				Operation op = new Operation(entry.getKey().toUpperCase(), path.getKey(), entry.getValue());
				String reason = op.exemption();
				if (reason != null) {
					summary.put(op.toString(), "exempt: " + reason);
					continue;
				}
				if (op.variables().isEmpty()) {
					(op.method.equals("GET") ? lists : creations).add(op);
					continue;
				}
				String collection = op.collection();
				String query = resolvers.get(collection);
				if (query == null) {
					problems.add(op + ": no way to find another district's object; add the path " + collection
							+ " to foreignObjects() or, if it is not district-scoped, \"" + op.key()
							+ "\" to EXEMPT with the reason");
					continue;
				}
				Optional<String> outer = foreign(query);
				if (outer.isEmpty()) {
					problems.add(op + ": no Nanshan object found (" + query.strip() + "); seed one in seedNanshan()");
					continue;
				}
				if (!query.contains(":d = :d")) {
					nanshanKeys.add(outer.get());
				}
				StringBuilder line = new StringBuilder();
				List<String> uris;
				try {
					uris = uris(op, outer.get());
				}
				catch (IllegalStateException ex) {
					problems.add(ex.getMessage());
					continue;
				}
				for (String uri : uris) {
					for (String role : FUTIAN_ROLES) {
						MvcResult result = send(api, role, op, uri, places);
						int status = result.getResponse().getStatus();
						probes++;
						statuses.merge(status, 1, Integer::sum);
						line.append(role).append('=').append(status).append(' ');
						if (status == 403 || status == 404) {
							continue;
						}
						if (status == 200 && PUBLIC.containsKey(op.method + " " + op.key())) {
							String body = result.getResponse().getContentAsString();
							if (MOBILE.matcher(body).find() || ID_CARD.matcher(body).find()) {
								problems
									.add(op.method + " " + uri + " as " + role + ": a public view with personal data");
							}
							continue;
						}
						problems.add(op.method + " " + uri + " as " + role + ": " + status + " (expected 403 or 404)"
								+ (status >= 400 && status < 500
										? ", refused for its input before its jurisdiction was " + "checked: "
												+ abbreviate(result.getResponse().getContentAsString())
										: ""));
					}
				}
				String publicReason = PUBLIC.get(op.method + " " + op.key());
				summary.put(op.toString(),
						line.toString().strip() + (publicReason != null ? "  [public: " + publicReason + "]" : ""));
			}
		}
		nanshanKeys.removeIf(key -> key.length() < 6);

		// lists: none shows a Nanshan object to a Futian role
		for (Operation op : lists) {
			StringBuilder line = new StringBuilder();
			for (String role : FUTIAN_ROLES) {
				MvcResult result = send(api, role, op, op.path + op.requiredQuery(places), places);
				int status = result.getResponse().getStatus();
				probes++;
				statuses.merge(status, 1, Integer::sum);
				line.append(role).append('=').append(status).append(' ');
				if (status == 403 || status == 404) {
					continue;
				}
				if (status != 200) {
					problems.add("GET " + op.path + " as " + role + ": " + status + " (expected 200, 403 or 404): "
							+ abbreviate(result.getResponse().getContentAsString()));
					continue;
				}
				String body = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
				if (IDS_ONLY.containsKey(op.toString())) {
					body = IDS_ONLY.get(op.toString()).matcher(body).replaceAll("");
				}
				nanshanKeys.stream()
					.filter(body::contains)
					.findFirst()
					.ifPresent(key -> problems.add("GET " + op.path + " as " + role + ": shows Nanshan's " + key));
			}
			summary.put(op.toString(), line.toString().strip());
		}

		// creations: a body that names Nanshan's places is refused
		for (Operation op : creations) {
			StringBuilder line = new StringBuilder();
			boolean place = namesAPlace(op, places.keySet());
			for (String role : FUTIAN_ROLES) {
				MvcResult result = send(api, role, op, op.path + op.placeQuery(places), places);
				if (!place && result.getResponse().getStatus() != 403) {
					problems.add(op + " as " + role + ": " + result.getResponse().getStatus()
							+ "; its body names no place, "
							+ "so it cannot be sent for another district; if it acts in the caller's own jurisdiction, add \""
							+ op.method + " " + op.key() + "\" to EXEMPT with the reason");
					continue;
				}
				int status = result.getResponse().getStatus();
				probes++;
				statuses.merge(status, 1, Integer::sum);
				line.append(role).append('=').append(status).append(' ');
				if (status < 400 || status >= 500) {
					problems.add(op + " naming Nanshan as " + role + ": " + status + " (expected a refusal): "
							+ abbreviate(result.getResponse().getContentAsString()));
				}
			}
			summary.put(op.toString(), line.toString().strip());
		}

		System.out.println("Jurisdiction probes: " + summary.size() + " operations × " + FUTIAN_ROLES.size()
				+ " Futian roles on Nanshan = " + probes + " requests; statuses " + statuses);
		summary.forEach((op, result) -> System.out.println("  " + op + "  " + result));
		problems.forEach(problem -> System.out.println("  PROBLEM " + problem));
		assertThat(summary).as("operations probed or exempt").hasSizeGreaterThan(150);
		assertThat(problems).as("jurisdiction holes and operations without a jurisdiction test").isEmpty();
	}

	/** One operation of the document. */
	record Operation(String method, String path, JsonNode spec) {

		@Override
		public String toString() {
			return method + " " + path;
		}

		/** The path with every variable written {@code {}}. */
		String key() {
			return VARIABLE.matcher(path).replaceAll("{}");
		}

		/** The path up to and including its first variable. */
		String collection() {
			String key = key();
			return key.substring(0, key.indexOf("{}") + 2);
		}

		List<String> variables() {
			List<String> names = new ArrayList<>();
			Matcher matcher = VARIABLE.matcher(path);
			while (matcher.find()) {
				names.add(matcher.group().substring(1, matcher.group().length() - 1));
			}
			return names;
		}

		String exemption() {
			String reason = EXEMPT.get(method + " " + key());
			return reason != null ? reason : EXEMPT.get(key());
		}

		JsonNode parameter(String name) {
			for (JsonNode p : spec.path("parameters")) {
				if (name.equals(p.path("name").asString())) {
					return p;
				}
			}
			return null;
		}

		Map<String, JsonNode> bodyTypes() {
			Map<String, JsonNode> types = new LinkedHashMap<>();
			spec.path("requestBody").path("content").properties().forEach(e -> types.put(e.getKey(), e.getValue()));
			return types;
		}

		/** Query parameters that name a place, set to Nanshan's. */
		String placeQuery(Map<String, Object> places) {
			StringBuilder query = new StringBuilder();
			for (JsonNode p : spec.path("parameters")) {
				String name = p.path("name").asString();
				if ("query".equals(p.path("in").asString()) && places.containsKey(name)) {
					Object value = places.get(name);
					query.append(query.isEmpty() ? '?' : '&')
						.append(name)
						.append('=')
						.append(value instanceof List<?> list ? list.get(0) : value);
				}
			}
			return query.toString();
		}

		/** Required query parameters, from the schema; places are Nanshan's. */
		String requiredQuery(Map<String, Object> places) {
			StringBuilder query = new StringBuilder();
			for (JsonNode p : spec.path("parameters")) {
				if (!"query".equals(p.path("in").asString()) || !p.path("required").asBoolean(false)) {
					continue;
				}
				String name = p.path("name").asString();
				String format = p.path("schema").path("format").asString("");
				// a period's end after its start
				java.time.Instant at = java.time.Instant.now()
					.truncatedTo(java.time.temporal.ChronoUnit.SECONDS)
					.plus(java.time.Duration.ofDays(name.equals("to") || name.equals("until") ? 1 : 0));
				Object value = places.containsKey(name) ? places.get(name)
						: format.equals("date-time") ? at : format.equals("date") ? java.time.LocalDate.now() : "1";
				if (value instanceof List<?> list) {
					value = list.get(0);
				}
				query.append(query.isEmpty() ? '?' : '&').append(name).append('=').append(value);
			}
			return query.toString();
		}
	}

	/**
	 * The URIs to probe: the first variable is the Nanshan object; later ones are its
	 * parts and, for actions, each action.
	 */
	List<String> uris(Operation op, String outer) {
		List<String> uris = new ArrayList<>(
				List.of(op.path.replaceFirst(VARIABLE.pattern(), Matcher.quoteReplacement(outer))));
		List<String> variables = op.variables();
		for (int i = 1; i < variables.size(); i++) {
			String name = variables.get(i);
			List<String> values = innerValues(op, name, outer, i);
			List<String> next = new ArrayList<>();
			for (String uri : uris) {
				for (String value : values) {
					next.add(uri.replaceFirst(VARIABLE.pattern(), Matcher.quoteReplacement(value)));
				}
			}
			uris = next;
		}
		return uris;
	}

	List<String> innerValues(Operation op, String name, String outer, int index) {
		JsonNode parameter = op.parameter(name);
		JsonNode schema = parameter == null ? null : resolve(parameter.path("schema"));
		if (schema != null && schema.has("enum")) {
			List<String> values = new ArrayList<>();
			schema.path("enum").forEach(v -> values.add(v.asString()));
			return values;
		}
		if (schema != null && schema.path("pattern").asString("").matches("\\^?[a-z-]+(\\|[a-z-]+)+\\$?")) {
			return List.of(schema.path("pattern").asString().replace("^", "").replace("$", "").split("\\|"));
		}
		String upToHere = prefix(op.key(), index);
		if (ACTIONS.containsKey(upToHere)) {
			return ACTIONS.get(upToHere);
		}
		if (name.equals("action")) {
			throw new IllegalStateException(op + ": the document does not list the actions; name them in ACTIONS under "
					+ upToHere + ", or a probe would only hit an unknown action's 404");
		}
		if (INNER_VARIABLES.containsKey(name)) {
			return List.of(jdbc.sql(INNER_VARIABLES.get(name) + " limit 1")
				.param("outer", outer)
				.query(String.class)
				.single());
		}
		return List.of(Integer.toString(index));
	}

	/** The key up to and including its variable number {@code index} (from 0). */
	static String prefix(String key, int index) {
		int at = -1;
		for (int i = 0; i <= index; i++) {
			at = key.indexOf("{}", at + 1);
		}
		return key.substring(0, at + 2);
	}

	MvcResult send(PlanTestApi api, String role, Operation op, String uri, Map<String, Object> places)
			throws Exception {
		Map<String, JsonNode> types = op.bodyTypes();
		AbstractMockHttpServletRequestBuilder<?> request;
		JsonNode multipart = types.entrySet()
			.stream()
			.filter(t -> t.getKey().startsWith("multipart/"))
			.map(Map.Entry::getValue)
			.findFirst()
			.orElse(null);
		if (multipart != null) {
			MockMultipartHttpServletRequestBuilder upload = MockMvcRequestBuilders
				.multipart(HttpMethod.valueOf(op.method), uri);
			resolve(multipart.path("schema")).path("properties").properties().forEach(p -> {
				JsonNode schema = resolve(p.getValue());
				boolean file = "binary".equals(schema.path("format").asString(""))
						|| "binary".equals(resolve(schema.path("items")).path("format").asString(""));
				if (file) {
					upload.file(new MockMultipartFile(p.getKey(), "photo.png", "image/png", PNG));
				}
				else if (schema.path("type").asString("").equals("object")) {
					upload.file(new MockMultipartFile(p.getKey(), "", "application/json",
							json.writeValueAsBytes(sample(schema, p.getKey(), places, 0))));
				}
				else {
					upload.param(p.getKey(), text(sample(schema, p.getKey(), places, 0)));
				}
			});
			request = upload;
		}
		else if (types.containsKey("application/json")) {
			String body = BODIES.getOrDefault(op.method + " " + op.key(),
					json.writeValueAsString(sample(types.get("application/json").path("schema"), "", places, 0)));
			request = MockMvcRequestBuilders.request(HttpMethod.valueOf(op.method), uri)
				.contentType("application/json")
				.content(body);
		}
		else if (!types.isEmpty()) {
			String type = types.keySet().iterator().next();
			request = MockMvcRequestBuilders.request(HttpMethod.valueOf(op.method), uri)
				.contentType(type)
				.content(type.contains("xml") ? "<alert/>" : "a,b\n1,2\n");
		}
		else {
			request = MockMvcRequestBuilders.request(HttpMethod.valueOf(op.method), uri);
			if (!op.method.equals("GET") && !op.method.equals("DELETE")) {
				request.contentType("application/json").content("{}");
			}
		}
		return api.as(role, request.header("Accept", "*/*")).andReturn();
	}

	/**
	 * Does the body (JSON or multipart) have a property, at any depth, that names a
	 * place?
	 */
	boolean namesAPlace(Operation op, Set<String> places) {
		Set<String> names = new LinkedHashSet<>();
		op.bodyTypes().values().forEach(type -> propertyNames(type.path("schema"), names, 0));
		op.spec.path("parameters").forEach(p -> names.add(p.path("name").asString()));
		names.retainAll(places);
		return !names.isEmpty();
	}

	void propertyNames(JsonNode schema, Set<String> names, int depth) {
		schema = resolve(schema);
		if (depth > 4) {
			return;
		}
		propertyNames(schema.path("items"), names, depth + 1);
		for (Map.Entry<String, JsonNode> property : schema.path("properties").properties()) {
			names.add(property.getKey());
			propertyNames(property.getValue(), names, depth + 1);
		}
	}

	static String text(JsonNode node) {
		return node.isValueNode() ? node.asString() : node.toString();
	}

	JsonNode resolve(JsonNode schema) {
		String ref = schema.path("$ref").asString("");
		if (ref.startsWith("#/components/schemas/")) {
			return document.path("components").path("schemas").path(ref.substring("#/components/schemas/".length()));
		}
		if (schema.has("allOf") && schema.path("allOf").size() == 1) {
			return resolve(schema.path("allOf").get(0));
		}
		return schema;
	}

	/**
	 * A valid-looking value for a schema: Nanshan's places where a property names one,
	 * otherwise within its limits.
	 */
	JsonNode sample(JsonNode schema, String name, Map<String, Object> places, int depth) {
		JsonNodeFactory nodes = JsonNodeFactory.instance;
		if (places.containsKey(name)) {
			return json.valueToTree(places.get(name));
		}
		schema = resolve(schema);
		if (schema.has("enum")) {
			return nodes.stringNode(schema.path("enum").get(0).asString());
		}
		String format = schema.path("format").asString("");
		return switch (schema.path("type").asString("object")) {
			case "integer" -> nodes.numberNode(Math.max(1, schema.path("minimum").asInt(1)));
			case "number" -> nodes.numberNode(Math.max(1.0, schema.path("minimum").asDouble(1.0)));
			case "boolean" -> nodes.booleanNode(false);
			case "array" -> {
				ArrayNode array = nodes.arrayNode();
				// optional lists stay empty: a made-up element is more often invalid than
				// the list is needed
				if (depth < 4 && schema.path("minItems").asInt(0) > 0) {
					array.add(sample(schema.path("items"), "", places, depth + 1));
				}
				yield array;
			}
			case "string" -> nodes.stringNode(switch (format) {
				case "uuid" -> "00000000-0000-4000-8000-000000000000";
				case "date-time" -> "2099-01-01T00:00:00Z";
				case "date" -> "2099-01-01";
				default -> text(schema.path("minLength").asInt(0), schema.path("maxLength").asInt(0));
			});
			default -> {
				ObjectNode object = nodes.objectNode();
				if (depth < 4) {
					schema.path("properties")
						.properties()
						.forEach(p -> object.set(p.getKey(), sample(p.getValue(), p.getKey(), places, depth + 1)));
				}
				yield object;
			}
		};
	}

	/** Text of at least eight characters, within the schema's limits. */
	static String text(int minLength, int maxLength) {
		int length = Math.max(8, minLength);
		if (maxLength > 0) {
			length = Math.min(length, maxLength);
		}
		return "南山辖区测试说明".repeat(length / 8 + 1).substring(0, length);
	}

	static String abbreviate(String body) {
		return body.length() > 200 ? body.substring(0, 200) + "…" : body;
	}

	/**
	 * Nanshan's own accounts make what the demo data may lack: an incident, a dispatch, a
	 * warning draft.
	 */
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
				.param("d", NANSHAN)
				.query(String.class)
				.single();
			api.post("duty.nanshan", "/api/commands", """
					{"title":"加强巡查","body":"请各单位加强巡查。","departmentCodes":["%s"]}""".formatted(department)).andReturn();
		}
	}

	/**
	 * An issued Nanshan warning, so that the public CAP is probed on a real one: Nanshan
	 * drafts, the city approves.
	 */
	void seedNanshanWarning(PlanTestApi api) throws Exception {
		if (jdbc.sql("select count(*) from warning where owner_region like '440305%' and status = 'ISSUED'")
			.query(Long.class)
			.single() > 0) {
			return;
		}
		String id = api.read(api.post("duty.nanshan", "/api/warnings", """
				{"eventType":"11B03","colour":"BLUE","description":"预计未来12小时南山区将出现大雨。",
				 "instruction":"注意防御。","regionCodes":["440305"],"expiresAt":"%s"}"""
			.formatted(java.time.Instant.now().plus(java.time.Duration.ofDays(2)))), "$.id");
		api.post("duty.city", "/api/warnings/" + id + "/approve", "{}").andReturn();
		api.post("duty.nanshan", "/api/warnings/" + id + "/issue", "{}").andReturn();
	}

	/**
	 * Nanshan's inspector files what enforcement's demo data keeps in Futian: a plan, an
	 * inspection with a photo, a case with evidence, an accident investigation.
	 */
	void seedNanshanEnforcement(PlanTestApi api) throws Exception {
		String inspector = "inspector.nanshan";
		List<String> enterprises = jdbc.sql("""
				select uscc from enterprise where district_code = :d and latitude is not null
				   and :d || '-YJ' = any(regulator_codes) order by uscc limit 3""")
			.param("d", NANSHAN)
			.query(String.class)
			.list();
		if (foreign(foreignObjects().get("/api/inspection-plans/{}")).isEmpty()) {
			api.post(inspector, "/api/inspection-plans", """
					{"name":"南山区红橙企业检查（辖区测试）","regionCode":"440305","riskLevels":["RED","ORANGE"]}""").andReturn();
		}
		if (foreign(foreignObjects().get("/api/inspection-photos/{}")).isEmpty()) {
			String photo = api.read(api.as(inspector, MockMvcRequestBuilders.multipart("/api/inspections/photos")
				.file(new MockMultipartFile("photo", "exit.png", "image/png", PNG))), "$.id");
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
			api.as(inspector,
					MockMvcRequestBuilders.multipart("/api/enforcement/cases/" + code + "/evidence")
						.file(new MockMultipartFile("file", "现场.png", "image/png", PNG))
						.param("kind", "PHOTO")
						.param("note", "现场照片"))
				.andReturn();
		}
		if (foreign(foreignObjects().get("/api/accident-investigations/{}")).isEmpty()) {
			api.post(inspector, "/api/accident-investigations", """
					{"uscc":"%s","title":"叉车碰撞（辖区测试）","occurredAt":"2026-11-01T02:00:00Z","deaths":0,"injuries":1,
					 "description":"仓库叉车碰撞致一人受伤"}""".formatted(enterprises.get(2))).andReturn();
		}
	}

	/**
	 * What has no API to make it for Nanshan in a test: a hazard photo, an enterprise
	 * import, an alarm — written as stored rows.
	 */
	void seedNanshanRows() {
		if (foreign(foreignObjects().get("/api/hazard-photos/{}")).isEmpty()) {
			jdbc.sql(
					"""
							insert into hazard_photo (id, order_id, content_type, size_bytes, sha256, data, uploaded_by, uploaded_at)
							select gen_random_uuid(), id, 'image/png', 16, repeat('0', 64), :data, 'grid.nanshan', now()
							  from disposal_order where district_code = :d order by id limit 1""")
				.param("data", PNG)
				.param("d", NANSHAN)
				.update();
		}
		if (foreign(foreignObjects().get("/api/enterprises/imports/{}")).isEmpty()) {
			jdbc.sql(
					"""
							insert into enterprise_import (id, file_name, rows_total, rows_imported, problems, imported_by, imported_at)
							values (gen_random_uuid(), '南山区企业.csv', 1, 1, '[]'::jsonb, 'duty.nanshan', now())""")
				.update();
		}
		if (foreign(foreignObjects().get("/api/alarms/{}")).isEmpty()) {
			jdbc.sql(
					"""
							insert into alarm (id, station_code, type, severity, rule_code, region_path, started_at, last_at, created_at)
							select gen_random_uuid(), code, 'THRESHOLD', 'MINOR', 'JURISDICTION-TEST', region_path, now(), now(), now()
							  from station where district_code = :d order by code limit 1""")
				.param("d", NANSHAN)
				.update();
		}
	}

}
