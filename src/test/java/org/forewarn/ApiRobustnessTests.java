package org.forewarn;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import org.forewarn.platform.DemoMode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every operation of the published API ({@code /v3/api-docs}, read at test time, so a new
 * endpoint is probed without touching this class), sent bad input the way a careless
 * integrator or a hostile caller would: non-UUID and overlong path ids, NUL and other
 * control characters, type confusion, huge and negative numbers, NaN, overlong strings,
 * unknown enum values, missing and extra fields, broken JSON, wrong content types and
 * broken multipart bodies — as the administrator, and anonymously. Over real HTTP (a real
 * Tomcat parses the multipart bodies), against the whole platform with the demo data. It
 * shares the {@link PlatformIntegrationTest} context (a context of its own cost a minute
 * of start-up per run) and runs last in it ({@link Order}, see {@link ContextOrder}),
 * because some bad requests are legitimately accepted and change data that the other
 * classes read.
 *
 * <p>
 * Proves: no answer is a 5xx; no refusal names a Java class, a Jackson setting or SQL;
 * and a batch of requests that were all refused leaves the row count of every table
 * unchanged (except the tables that are meant to record refusals, see
 * {@link #GROWS_BY_ITSELF}).
 */
@PlatformIntegrationTest
@Order(Integer.MAX_VALUE)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiRobustnessTests {

	/**
	 * Variants sent per operation at most, so the run stays within a few minutes as the
	 * API grows.
	 */
	static final int MAX_VARIANTS_PER_OPERATION = 60;

	/**
	 * Tables whose row count may change while every request is refused: the audit trail
	 * (refusals are recorded) and the event publication registry behind it. Tables
	 * written by background sweeps are not listed: a change is only counted when sending
	 * the same refused requests again changes the same table again.
	 */
	static final Set<String> GROWS_BY_ITSELF = Set.of("audit_event", "event_publication", "event_publication_archive");

	/** What a refusal must never show a caller. */
	static final Pattern INTERNALS = Pattern.compile(
			"org\\.forewarn|java\\.|jakarta\\.|tools\\.jackson|com\\.fasterxml|springframework|DeserializationFeature|"
					+ "MapperFeature|Exception|\\bat \\[Source|PSQL|SQLState|\\bselect\\b.*\\bfrom\\b|\\binsert into\\b",
			Pattern.CASE_INSENSITIVE);

	static final String NUL = "a\u0000b";

	static final String CONTROL = "a\u0001\u001b[31mb";

	static final String OVERLONG = "x".repeat(100_000);

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	private final JsonMapper json = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(10))
		.build();

	private JsonNode document;

	private String adminToken;

	private String throwawayToken;

	private final Map<String, JsonNode> listings = new HashMap<>();

	// results of the one probing run, asserted by the tests below
	private final Map<Integer, Integer> statusCounts = new TreeMap<>();

	private final List<String> serverErrors = new ArrayList<>();

	private final List<String> leaks = new ArrayList<>();

	private final List<String> rowChanges = new ArrayList<>();

	private final List<String> sessionsEnded = new ArrayList<>();

	private int requests;

	private int operations;

	private int refusedBatches;

	@BeforeAll
	void probeEveryOperation() throws Exception {
		adminToken = login("admin");
		throwawayToken = login("admin"); // for the one operation that ends its own
											// session (logout)
		document = json.readTree(send(HttpRequest.newBuilder(uri("/v3/api-docs")).GET().build()).body);
		long started = System.nanoTime();
		Map<String, Long> counts = rowCounts();
		System.out.printf("Counting the rows of %d tables takes %d ms%n", counts.size(),
				(System.nanoTime() - started) / 1_000_000);
		for (Map.Entry<String, JsonNode> path : document.get("paths").properties()) {
			for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
				operations++;
				Operation op = new Operation(operation.getKey().toUpperCase(), path.getKey(), operation.getValue());
				long opStarted = System.nanoTime();
				List<Probe> probes = probes(op);
				boolean allRefused = sendAll(probes);
				if (!stillLoggedIn()) {
					// an operation that ends sessions (a token revocation) got through:
					// note it and log in again
					sessionsEnded.add(op.toString());
					adminToken = login("admin");
				}
				long took = (System.nanoTime() - opStarted) / 1_000_000;
				if (took > 3_000) {
					System.out.println("  slow: " + op + " " + took + " ms");
				}
				Map<String, Long> after = rowCounts();
				if (allRefused) {
					refusedBatches++;
					List<String> changed = changes(counts, after);
					if (!changed.isEmpty()) {
						// a background sweep may have written meanwhile: the same refused
						// requests again must
						// change the same tables again for it to be theirs
						counts = after;
						sendAll(probes);
						after = rowCounts();
						List<String> again = changes(counts, after);
						changed.stream().filter(again::contains).map(t -> op + ": " + t).forEach(rowChanges::add);
					}
				}
				counts = after;
			}
		}
		System.out.printf(
				"%nAPI robustness: %d operations, %d requests in %d s; status counts %s; %d batches all refused%n",
				operations, requests, (System.nanoTime() - started) / 1_000_000_000, statusCounts, refusedBatches);
		sessionsEnded.forEach(e -> System.out.println("  ended the administrator's session: " + e));
		serverErrors.forEach(e -> System.out.println("  5xx: " + e));
		leaks.forEach(e -> System.out.println("  leak: " + e));
		rowChanges.forEach(e -> System.out.println("  rows: " + e));
	}

	private boolean sendAll(List<Probe> probes) {
		boolean allRefused = true;
		for (Probe probe : probes) {
			allRefused &= send(probe).status >= 400;
		}
		return allRefused;
	}

	/** The tables whose row count differs, except those that grow by themselves. */
	private static List<String> changes(Map<String, Long> before, Map<String, Long> after) {
		return after.keySet()
			.stream()
			.filter(table -> !GROWS_BY_ITSELF.contains(table) && !after.get(table).equals(before.get(table)))
			.toList();
	}

	@Test
	void everyOperationIsProbed() {
		assertThat(operations).isGreaterThan(150);
		assertThat(requests).isGreaterThan(operations * 10);
		assertThat(statusCounts.keySet()).contains(400, 401, 404);
	}

	@Test
	void noBadRequestIsAnsweredWithA5xx() {
		assertThat(serverErrors).isEmpty();
	}

	@Test
	void refusalsSayWhatIsWrongWithoutJavaOrSqlInternals() {
		assertThat(leaks).isEmpty();
	}

	@Test
	void refusedRequestsLeaveEveryRowCountUnchanged() {
		assertThat(refusedBatches).isGreaterThan(operations / 2);
		assertThat(rowChanges).isEmpty();
	}

	// ----------------------------------------------------------------------------------------------
	// the probes

	record Operation(String method, String path, JsonNode spec) {

		@Override
		public String toString() {
			return method + " " + path;
		}

		boolean isPublic() {
			return path.startsWith("/api/public/") || path.equals("/api/auth/login") || !path.startsWith("/api/");
		}

		List<JsonNode> parameters(String in) {
			List<JsonNode> found = new ArrayList<>();
			spec.path("parameters").forEach(p -> {
				if (in.equals(p.path("in").asString())) {
					found.add(p);
				}
			});
			return found;
		}

		Map<String, JsonNode> bodyTypes() {
			Map<String, JsonNode> types = new LinkedHashMap<>();
			spec.path("requestBody").path("content").properties().forEach(e -> types.put(e.getKey(), e.getValue()));
			return types;
		}
	}

	/** One request to send: its description for the report, and who sends it. */
	record Probe(Operation operation, String description, String path, String query, String contentType, byte[] body,
			Map<String, String> headers, String token) {

		Probe anonymous() {
			return new Probe(operation, description + " (anonymous)", path, query, contentType, body, headers, null);
		}

		@Override
		public String toString() {
			return operation + " " + description;
		}
	}

	List<Probe> probes(Operation op) throws Exception {
		String token = op.path.endsWith("/logout") ? throwawayToken : adminToken;
		Map<String, String> pathValues = new LinkedHashMap<>();
		for (JsonNode p : op.parameters("path")) {
			pathValues.put(p.path("name").asString(), pathValue(op, p));
		}
		Map<String, String> goodQuery = new LinkedHashMap<>();
		Map<String, JsonNode> bodyTypes = op.bodyTypes();
		JsonNode jsonSchema = bodyTypes.containsKey("application/json")
				? resolve(bodyTypes.get("application/json").path("schema")) : null;
		String goodJson = jsonSchema != null && !"string".equals(jsonSchema.path("type").asString())
				? json.writeValueAsString(sample(jsonSchema, 0)) : null;
		String jsonType = goodJson != null ? "application/json" : null;
		byte[] goodBody = goodJson != null ? bytes(goodJson) : null;
		String goodPath = expand(op.path, pathValues);

		List<Probe> probes = new ArrayList<>();
		// path parameters
		for (String name : pathValues.keySet()) {
			for (String[] bad : badPathValues()) {
				Map<String, String> values = new LinkedHashMap<>(pathValues);
				values.put(name, bad[1]);
				probes.add(new Probe(op, "path " + name + " " + bad[0], expand(op.path, values), "", jsonType, goodBody,
						Map.of(), token));
			}
		}
		// query parameters: each one bad in turn, the others left out
		for (JsonNode p : op.parameters("query")) {
			String name = p.path("name").asString();
			JsonNode schema = resolve(p.path("schema"));
			for (String[] bad : badScalars(schema)) {
				probes.add(new Probe(op, "query " + name + " " + bad[0], goodPath,
						name + "=" + URLEncoder.encode(bad[1], StandardCharsets.UTF_8), jsonType, goodBody, Map.of(),
						token));
			}
		}
		// header parameters (the HTTP client refuses control characters in headers, as a
		// proxy would)
		for (JsonNode p : op.parameters("header")) {
			String name = p.path("name").asString();
			if (name.equalsIgnoreCase("Authorization") || name.equalsIgnoreCase("Accept")) {
				continue;
			}
			probes.add(new Probe(op, "header " + name + " overlong", goodPath, "", jsonType, goodBody,
					Map.of(name, "k".repeat(8_000)), token));
			probes.add(new Probe(op, "header " + name + " unicode", goodPath, "", jsonType, goodBody,
					Map.of(name, "\u00e9\u00ff latin-1"), token));
		}
		// JSON bodies
		if (goodJson != null) {
			probes.addAll(jsonProbes(op, goodPath, token, jsonSchema));
		}
		else if (!bodyTypes.isEmpty() && bodyTypes.keySet().stream().noneMatch(t -> t.startsWith("multipart/"))) {
			// a raw body (CSV, plan text, telemetry bytes): text with NUL and control
			// characters, and binary
			String type = bodyTypes.keySet().iterator().next();
			probes.add(new Probe(op, "raw body with NUL", goodPath, "", type, bytes("a,b\n" + NUL + ",c\n"), Map.of(),
					token));
			probes.add(new Probe(op, "raw body with control characters", goodPath, "", type, bytes(CONTROL), Map.of(),
					token));
			probes.add(new Probe(op, "raw body of invalid UTF-8", goodPath, "", type,
					new byte[] { (byte) 0xC3, 0x28, (byte) 0xFF }, Map.of(), token));
			probes.add(new Probe(op, "empty raw body", goodPath, "", type, new byte[0], Map.of(), token));
			probes.add(new Probe(op, "raw JSON with NUL escapes", goodPath, "", type,
					bytes("[{\"station\":\"a\\u0000b\",\"ts\":\"2026-12-01T08:00:00Z\",\"values\":{\"a\\u0000\":1}}]"),
					Map.of(), token));
		}
		for (Map.Entry<String, JsonNode> type : bodyTypes.entrySet()) {
			if (type.getKey().startsWith("multipart/")) {
				probes.addAll(multipartProbes(op, goodPath, token, resolve(type.getValue().path("schema"))));
			}
		}
		// content types the operation does not take; for operations without a documented
		// body (CAP import reads
		// the raw body itself), XML with NUL and in UTF-16
		if (!op.method.equals("GET") && !op.method.equals("DELETE")) {
			probes.add(new Probe(op, "text/plain body", goodPath, "", "text/plain", bytes("hello"), Map.of(), token));
			probes.add(new Probe(op, "XML body", goodPath, "", "application/xml",
					bytes("<?xml version=\"1.0\"?><alert xmlns=\"urn:oasis:names:tc:emergency:cap:1.2\"><identifier>"
							+ "a\u0001b</identifier></alert>"),
					Map.of(), token));
			probes.add(new Probe(op, "UTF-16 XML body", goodPath, "", "application/xml",
					"<?xml version=\"1.0\" encoding=\"UTF-16\"?><alert xmlns=\"urn:oasis:names:tc:emergency:cap:1.2\"><identifier>x</identifier></alert>"
						.getBytes(StandardCharsets.UTF_16),
					Map.of(), token));
			probes.add(new Probe(op, "no content type", goodPath, "", null, goodBody == null ? bytes("{}") : goodBody,
					Map.of(), token));
			probes.add(new Probe(op, "unknown content type", goodPath, "", "application/x-nonsense; charset=bogus",
					bytes("{}"), Map.of(), token));
		}
		if (probes.size() > MAX_VARIANTS_PER_OPERATION) {
			probes = spread(probes, MAX_VARIANTS_PER_OPERATION);
		}
		// and anonymously: public operations all of it, the others a taste (they must
		// answer 401, not worse)
		List<Probe> anonymous = new ArrayList<>();
		for (int i = 0; i < probes.size(); i++) {
			if (op.isPublic() || i % 8 == 0) {
				anonymous.add(probes.get(i).anonymous());
			}
		}
		probes.addAll(anonymous);
		return probes;
	}

	/** Every n-th, so each kind of probe keeps some of its variants. */
	private static List<Probe> spread(List<Probe> probes, int max) {
		List<Probe> kept = new ArrayList<>();
		double step = (double) probes.size() / max;
		for (int i = 0; i < max; i++) {
			kept.add(probes.get((int) (i * step)));
		}
		return kept;
	}

	static List<String[]> badPathValues() {
		return List.of(new String[] { "not a UUID", "not-a-uuid" }, new String[] { "NUL", NUL },
				new String[] { "control character", CONTROL }, new String[] { "overlong", "9".repeat(3_000) },
				new String[] { "negative", "-1" }, new String[] { "huge", "99999999999999999999999" },
				new String[] { "NaN", "NaN" }, new String[] { "percent", "%" }, new String[] { "dot-dot", ".." },
				new String[] { "unicode", "键\uD83D\uDCA5" });
	}

	List<String[]> badScalars(JsonNode schema) {
		List<String[]> bad = new ArrayList<>(
				List.of(new String[] { "NUL", NUL }, new String[] { "control character", CONTROL },
						new String[] { "overlong", OVERLONG.substring(0, 6_000) }));
		String type = schema.path("type").asString();
		if (type.equals("array")) {
			type = resolve(schema.path("items")).path("type").asString();
		}
		switch (type) {
			case "integer",
					"number" ->
				bad.addAll(List.of(new String[] { "not a number", "abc" },
						new String[] { "huge", "99999999999999999999999" }, new String[] { "negative", "-1" },
						new String[] { "NaN", "NaN" }, new String[] { "infinity", "Infinity" },
						new String[] { "1e308", "1e308" }));
			case "boolean" -> bad.add(new String[] { "not a boolean", "maybe" });
			default -> bad.add(new String[] { "unknown enum value", "NO_SUCH_VALUE" });
		}
		return bad;
	}

	List<Probe> jsonProbes(Operation op, String path, String token, JsonNode schema) throws Exception {
		List<Probe> probes = new ArrayList<>();
		String type = "application/json";
		for (String[] whole : new String[][] { { "empty body", "" }, { "null", "null" }, { "array", "[]" },
				{ "string", "\"x\"" }, { "number", "42" }, { "truncated", "{\"a\":" }, { "not JSON", "hello" },
				{ "bare NaN", "{\"x\":NaN}" }, { "empty object", "{}" }, { "NUL key", "{\"a\\u0000b\":1}" },
				{ "deep nesting", "[".repeat(5_000) + "]".repeat(5_000) } }) {
			probes.add(new Probe(op, "body " + whole[0], path, "", type, bytes(whole[1]), Map.of(), token));
		}
		if (!"object".equals(schema.path("type").asString()) || schema.path("properties").isEmpty()) {
			return probes;
		}
		ObjectNode good = (ObjectNode) sample(schema, 0);
		ObjectNode extra = good.deepCopy();
		extra.put("noSuchField", "x");
		probes.add(new Probe(op, "body with an extra field", path, "", type, bytes(json.writeValueAsString(extra)),
				Map.of(), token));
		for (Map.Entry<String, JsonNode> property : schema.path("properties").properties()) {
			String name = property.getKey();
			JsonNode fieldSchema = resolve(property.getValue());
			ObjectNode missing = good.deepCopy();
			missing.remove(name);
			probes.add(new Probe(op, "body without " + name, path, "", type, bytes(json.writeValueAsString(missing)),
					Map.of(), token));
			for (String[] bad : badJsonValues(fieldSchema)) {
				ObjectNode body = good.deepCopy();
				body.put(name, "@@RAW@@");
				String text = json.writeValueAsString(body).replace("\"@@RAW@@\"", bad[1]);
				probes.add(new Probe(op, "body " + name + " " + bad[0], path, "", type, bytes(text), Map.of(), token));
			}
		}
		return probes;
	}

	List<String[]> badJsonValues(JsonNode schema) {
		String type = schema.path("type").asString();
		List<String[]> bad = new ArrayList<>();
		bad.add(new String[] { "NUL", "\"a\\u0000b\"" });
		bad.add(new String[] { "control character", "\"a\\u0001\\u001bb\"" });
		bad.add(new String[] { "object", "{\"x\":1}" });
		switch (type) {
			case "integer", "number" ->
				bad.addAll(List.of(new String[] { "string", "\"abc\"" }, new String[] { "huge", "1e400" },
						new String[] { "long overflow", "99999999999999999999999" }, new String[] { "negative", "-1" },
						new String[] { "NaN string", "\"NaN\"" }, new String[] { "1e308", "1e308" }));
			case "boolean" -> bad.add(new String[] { "string", "\"maybe\"" });
			case "array" -> {
				bad.add(new String[] { "array of NUL", "[\"a\\u0000b\"]" });
				bad.add(new String[] { "array of null", "[null]" });
				bad.add(new String[] { "array of objects", "[{\"x\":\"a\\u0000b\"}]" });
			}
			default -> {
				bad.add(new String[] { "overlong", "\"" + OVERLONG + "\"" });
				bad.add(new String[] { "number", "12345678901234567890" });
				if (schema.has("enum")) {
					bad.add(new String[] { "unknown enum value", "\"NO_SUCH_VALUE\"" });
				}
				if (schema.has("format")) {
					bad.add(new String[] { "bad " + schema.path("format").asString(), "\"2024-13-45T99:00:00\"" });
				}
			}
		}
		return bad;
	}

	List<Probe> multipartProbes(Operation op, String path, String token, JsonNode schema) {
		List<Probe> probes = new ArrayList<>();
		List<String> fileParts = new ArrayList<>();
		List<String> jsonParts = new ArrayList<>();
		schema.path("properties").properties().forEach(p -> {
			JsonNode s = resolve(p.getValue());
			JsonNode item = s.path("type").asString().equals("array") ? resolve(s.path("items")) : s;
			if ("binary".equals(item.path("format").asString())) {
				fileParts.add(p.getKey());
			}
			else {
				jsonParts.add(p.getKey());
			}
		});
		String file = fileParts.isEmpty() ? "file" : fileParts.getFirst();
		String boundary = "robustness-boundary";
		String withBoundary = "multipart/form-data; boundary=" + boundary;
		byte[] png = new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 0 };
		probes.add(new Probe(op, "multipart without boundary", path, "", "multipart/form-data",
				multipart(boundary, part(file, "a.png", "image/png", png)), Map.of(), token));
		probes.add(new Probe(op, "multipart with another boundary", path, "", withBoundary,
				multipart("other", part(file, "a.png", "image/png", png)), Map.of(), token));
		probes.add(new Probe(op, "multipart truncated", path, "", withBoundary,
				java.util.Arrays.copyOf(multipart(boundary, part(file, "a.png", "image/png", png)), 60), Map.of(),
				token));
		probes.add(new Probe(op, "multipart empty", path, "", withBoundary, new byte[0], Map.of(), token));
		probes.add(new Probe(op, "multipart file name with NUL", path, "", withBoundary,
				multipart(boundary, part(file, "a\u0000b.png", "image/png", png)), Map.of(), token));
		probes.add(new Probe(op, "multipart file name with control characters", path, "", withBoundary,
				multipart(boundary, part(file, "a\u0001\u001b.png", "image/png", png)), Map.of(), token));
		probes.add(new Probe(op, "multipart part name with NUL", path, "", withBoundary,
				multipart(boundary, part(file + "\u0000", "a.png", "image/png", png)), Map.of(), token));
		probes.add(new Probe(op, "multipart file not an image", path, "", withBoundary,
				multipart(boundary, part(file, "a.csv", "text/csv", bytes("a,b\n" + NUL + ",c\n"))), Map.of(), token));
		probes.add(new Probe(op, "multipart form field with NUL", path, "", withBoundary,
				multipart(boundary, part("note", null, null, bytes(NUL)), part(file, "a.png", "image/png", png)),
				Map.of(), token));
		for (String name : jsonParts) {
			probes.add(new Probe(op, "multipart JSON part " + name + " with NUL", path, "", withBoundary,
					multipart(boundary, part(name, null, "application/json", bytes("{\"description\":\"a\\u0000b\"}"))),
					Map.of(), token));
			probes.add(new Probe(op, "multipart JSON part " + name + " broken", path, "", withBoundary,
					multipart(boundary, part(name, null, "application/json", bytes("{\"description\":"))), Map.of(),
					token));
			probes.add(new Probe(op, "multipart JSON part " + name + " as text", path, "", withBoundary,
					multipart(boundary, part(name, null, "text/plain", bytes("hello"))), Map.of(), token));
		}
		return probes;
	}

	static byte[] part(String name, String fileName, String type, byte[] content) {
		StringBuilder head = new StringBuilder("Content-Disposition: form-data; name=\"").append(name).append('"');
		if (fileName != null) {
			head.append("; filename=\"").append(fileName).append('"');
		}
		head.append("\r\n");
		if (type != null) {
			head.append("Content-Type: ").append(type).append("\r\n");
		}
		head.append("\r\n");
		byte[] h = bytes(head.toString());
		byte[] all = java.util.Arrays.copyOf(h, h.length + content.length);
		System.arraycopy(content, 0, all, h.length, content.length);
		return all;
	}

	static byte[] multipart(String boundary, byte[]... parts) {
		java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
		for (byte[] part : parts) {
			out.writeBytes(bytes("--" + boundary + "\r\n"));
			out.writeBytes(part);
			out.writeBytes(bytes("\r\n"));
		}
		out.writeBytes(bytes("--" + boundary + "--\r\n"));
		return out.toByteArray();
	}

	// ----------------------------------------------------------------------------------------------
	// schemas

	JsonNode resolve(JsonNode schema) {
		String ref = schema.path("$ref").asString("");
		if (ref.startsWith("#/components/schemas/")) {
			return document.path("components").path("schemas").path(ref.substring("#/components/schemas/".length()));
		}
		return schema;
	}

	/**
	 * A plausible value of a schema, so that one bad field at a time reaches the code
	 * that reads it.
	 */
	JsonNode sample(JsonNode schema, int depth) {
		JsonNodeFactory nodes = JsonNodeFactory.instance;
		schema = resolve(schema);
		if (schema.has("enum")) {
			return nodes.stringNode(schema.path("enum").get(0).asString());
		}
		String format = schema.path("format").asString("");
		return switch (schema.path("type").asString("object")) {
			case "integer" -> nodes.numberNode(1);
			case "number" -> nodes.numberNode(22.54);
			case "boolean" -> nodes.booleanNode(true);
			case "array" -> {
				ArrayNode array = nodes.arrayNode();
				if (depth < 3) {
					array.add(sample(schema.path("items"), depth + 1));
				}
				yield array;
			}
			case "string" -> nodes.stringNode(switch (format) {
				case "uuid" -> UUID.randomUUID().toString();
				case "date-time" -> "2026-12-01T08:00:00Z";
				case "date" -> "2026-12-01";
				default -> "robustness";
			});
			default -> {
				ObjectNode object = nodes.objectNode();
				if (depth < 3) {
					schema.path("properties")
						.properties()
						.forEach(p -> object.set(p.getKey(), sample(p.getValue(), depth + 1)));
				}
				yield object;
			}
		};
	}

	/**
	 * A real id for a path parameter where the collection lists one, so bad bodies reach
	 * past the lookup.
	 */
	String pathValue(Operation op, JsonNode parameter) throws Exception {
		String name = parameter.path("name").asString();
		JsonNode schema = resolve(parameter.path("schema"));
		Matcher first = Pattern.compile("^(.*?)/\\{" + Pattern.quote(name) + "}").matcher(op.path);
		if (first.find() && !first.group(1).contains("{") && !name.equals("username")) {
			JsonNode listing = listings.computeIfAbsent(first.group(1), this::list);
			JsonNode item = firstItem(listing);
			if (item != null) {
				for (String field : List.of(name, "id", "code", "number", "uscc", "trackingCode", "username")) {
					if (item.path(field).isValueNode() && !item.path(field).isNull()) {
						return item.path(field).asString();
					}
				}
			}
		}
		if (schema.has("enum")) {
			return schema.path("enum").get(0).asString();
		}
		return switch (schema.path("type").asString("string")) {
			case "integer", "number" -> "1";
			default -> "uuid".equals(schema.path("format").asString("")) ? UUID.randomUUID().toString() : "robustness";
		};
	}

	private JsonNode list(String path) {
		try {
			Answer answer = send(
					HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + adminToken).GET().build());
			return answer.status == 200 && (answer.body.startsWith("[") || answer.body.startsWith("{"))
					? json.readTree(answer.body) : null;
		}
		catch (Exception e) {
			return null;
		}
	}

	private static JsonNode firstItem(JsonNode listing) {
		if (listing == null) {
			return null;
		}
		if (listing.isArray()) {
			return listing.isEmpty() ? null : listing.get(0);
		}
		for (Map.Entry<String, JsonNode> property : listing.properties()) {
			if (property.getValue().isArray() && !property.getValue().isEmpty()
					&& property.getValue().get(0).isObject()) {
				return property.getValue().get(0);
			}
		}
		return null;
	}

	// ----------------------------------------------------------------------------------------------
	// HTTP

	record Answer(int status, String contentType, String body) {
	}

	Answer send(Probe probe) {
		String query = probe.query.isEmpty() ? "" : "?" + probe.query;
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(probe.path + query)).timeout(Duration.ofSeconds(30));
		HttpRequest.BodyPublisher body = probe.body == null ? HttpRequest.BodyPublishers.noBody()
				: HttpRequest.BodyPublishers.ofByteArray(probe.body);
		request.method(probe.operation.method, body);
		if (probe.contentType != null) {
			request.header("Content-Type", probe.contentType);
		}
		if (probe.token != null) {
			request.header("Authorization", "Bearer " + probe.token);
		}
		probe.headers.forEach(request::header);
		Answer answer;
		try {
			answer = send(request.build());
		}
		catch (IOException e) {
			// the server closed the connection: a refusal of a kind, but not an answer;
			// count it apart
			answer = new Answer(0, "", String.valueOf(e.getMessage()));
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
		requests++;
		statusCounts.merge(answer.status, 1, Integer::sum);
		if (answer.status >= 500) {
			serverErrors.add(probe + " → " + answer.status + " " + excerpt(answer.body));
		}
		else if (answer.status >= 400 && INTERNALS.matcher(answer.body).find()) {
			leaks.add(probe + " → " + answer.status + " " + excerpt(answer.body));
		}
		return answer;
	}

	Answer send(HttpRequest request) throws IOException, InterruptedException {
		HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
		String type = response.headers().firstValue("Content-Type").orElse("");
		try (InputStream in = response.body()) {
			if (type.startsWith("text/event-stream")) {
				return new Answer(response.statusCode(), type, ""); // an open stream: its
																	// status says enough
			}
			return new Answer(response.statusCode(), type, new String(in.readAllBytes(), StandardCharsets.UTF_8));
		}
	}

	boolean stillLoggedIn() throws Exception {
		return send(HttpRequest.newBuilder(uri("/api/auth/me"))
			.header("Authorization", "Bearer " + adminToken)
			.GET()
			.build()).status == 200;
	}

	String login(String username) throws Exception {
		Answer answer = send(HttpRequest.newBuilder(uri("/api/auth/login"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers
				.ofString("{\"username\":\"" + username + "\",\"password\":\"" + DemoMode.DEMO_PASSWORD + "\"}"))
			.build());
		assertThat(answer.status).as(answer.body).isEqualTo(200);
		return json.readTree(answer.body).path("token").asString();
	}

	Map<String, Long> rowCounts() {
		List<String> tables = jdbc.sql("""
				select quote_ident(c.relname) from pg_class c join pg_namespace n on n.oid = c.relnamespace
				where n.nspname = 'public' and c.relkind in ('r', 'p') and not c.relispartition order by 1""")
			.query(String.class)
			.list();
		String union = tables.stream()
			.map(t -> "select '" + t.replace("\"", "") + "' as t, count(*) as n from " + t)
			.collect(Collectors.joining(" union all "));
		Map<String, Long> counts = new TreeMap<>();
		jdbc.sql(union).query((rs, n) -> counts.put(rs.getString(1), rs.getLong(2))).list();
		return counts;
	}

	URI uri(String pathAndQuery) {
		return URI.create("http://127.0.0.1:" + port + pathAndQuery);
	}

	static String expand(String template, Map<String, String> values) {
		String path = template;
		for (Map.Entry<String, String> value : values.entrySet()) {
			path = path.replace("{" + value.getKey() + "}",
					URLEncoder.encode(value.getValue(), StandardCharsets.UTF_8).replace("+", "%20"));
		}
		return path;
	}

	static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	static String excerpt(String body) {
		String flat = body.replaceAll("\\s+", " ");
		return flat.length() > 300 ? flat.substring(0, 300) + "…" : flat;
	}

}
