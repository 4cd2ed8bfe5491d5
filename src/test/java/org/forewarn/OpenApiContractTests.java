package org.forewarn;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The console is typed from {@code console/openapi.json} (openapi-typescript generates
 * {@code src/api/schema.d.ts} from it, and the console build fails when console code
 * disagrees with those types). This test keeps that file equal to the document the
 * platform really serves at {@code /v3/api-docs}, so a change to a request or answer
 * shape on the server breaks the build until the committed contract, and with it the
 * console, follows.
 *
 * <p>
 * The document is compared in one canonical form (object keys sorted, two-space
 * indentation, a final newline), so the comparison does not depend on the order in which
 * Spring found the controllers, and a diff of the file reads well in review.
 * {@code servers} is left out: the console calls the API on its own origin, and the
 * generated URL names whatever host the document was read from.
 *
 * <p>
 * After an intended API change:
 * {@code ./mvnw -B -ntp -Dconsole.skip test -Dtest=OpenApiContractTests
 * -Dforewarn.openapi.update=true}, then build the console (console/README.md).
 */
@PlatformIntegrationTest
class OpenApiContractTests {

	static final Path CONTRACT = Path.of("console", "openapi.json");

	static final String UPDATE = "forewarn.openapi.update";

	static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	@Autowired
	MockMvc mvc;

	@Test
	void committedContractIsTheDocumentThePlatformServes() throws Exception {
		String served = canonical(JSON.readTree(
				mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8)));
		if (Boolean.getBoolean(UPDATE)) {
			Files.writeString(CONTRACT, served, StandardCharsets.UTF_8);
		}
		String committed = Files.exists(CONTRACT) ? Files.readString(CONTRACT, StandardCharsets.UTF_8) : "";
		assertThat(committed).withFailMessage(() -> "console/openapi.json is not the API the platform serves ("
				+ differences(committed, served)
				+ "). If the API change is intended, rerun with -Dforewarn.openapi.update=true:\n"
				+ "  ./mvnw -B -ntp -Dconsole.skip test -Dtest=OpenApiContractTests -Dforewarn.openapi.update=true\n"
				+ "then rebuild the console (cd console && npm run generate && npm run typecheck) and fix what it finds.")
			.isEqualTo(served);
	}

	@Test
	void canonicalFormSortsKeysAtEveryDepthAndKeepsArrayOrder() {
		JsonNode document = JSON.readTree("""
				{"servers":[{"url":"http://localhost:1234"}],"paths":{"/b":{"post":{}},"/a":{"get":{}}},
				 "components":{"schemas":{"Z":{"required":["z","a"]},"A":{}}},"openapi":"3.1.0"}""");

		assertThat(canonical(document)).isEqualTo("""
				{
				  "components" : {
				    "schemas" : {
				      "A" : { },
				      "Z" : {
				        "required" : [ "z", "a" ]
				      }
				    }
				  },
				  "openapi" : "3.1.0",
				  "paths" : {
				    "/a" : {
				      "get" : { }
				    },
				    "/b" : {
				      "post" : { }
				    }
				  }
				}
				""");
	}

	@Test
	void aFailureNamesTheOperationsAndSchemasThatChanged() {
		String before = canonical(JSON.readTree(
				"""
						{"paths":{"/api/a":{"get":{}},"/api/b":{"get":{}}},"components":{"schemas":{"Row":{"type":"object"}}}}"""));
		String after = canonical(JSON.readTree(
				"""
						{"paths":{"/api/a":{"post":{}},"/api/b":{"get":{}}},"components":{"schemas":{"Row":{"type":"string"}}}}"""));

		assertThat(differences(before, after)).isEqualTo("differs in path /api/a, schema Row");
		assertThat(differences(before.replace("\n", "\r\n"), before)).isEqualTo("same content, different layout");
		assertThat(differences("", after)).isEqualTo("the file is missing");
	}

	/** Sorted keys, no {@code servers}, pretty-printed with a final newline. */
	static String canonical(JsonNode document) {
		ObjectNode sorted = (ObjectNode) sorted(document);
		sorted.remove("servers");
		return JSON.writeValueAsString(sorted).replace("\r\n", "\n") + "\n";
	}

	static JsonNode sorted(JsonNode node) {
		if (node instanceof ObjectNode object) {
			ObjectNode copy = JsonNodeFactory.instance.objectNode();
			TreeMap<String, JsonNode> byKey = new TreeMap<>();
			object.properties().forEach((property) -> byKey.put(property.getKey(), property.getValue()));
			byKey.forEach((key, value) -> copy.set(key, sorted(value)));
			return copy;
		}
		if (node instanceof ArrayNode array) {
			ArrayNode copy = JsonNodeFactory.instance.arrayNode();
			array.forEach((element) -> copy.add(sorted(element)));
			return copy;
		}
		return node;
	}

	/**
	 * Which operations and schemas differ, so the failure says where to look without a
	 * diff tool.
	 */
	static String differences(String committed, String served) {
		if (committed.isEmpty()) {
			return "the file is missing";
		}
		JsonNode before;
		try {
			before = JSON.readTree(committed);
		}
		catch (RuntimeException ex) {
			return "the file is not JSON";
		}
		JsonNode after = JSON.readTree(served);
		List<String> changed = new ArrayList<>();
		changed.addAll(changedKeys("path ", before.path("paths"), after.path("paths")));
		changed.addAll(changedKeys("schema ", before.path("components").path("schemas"),
				after.path("components").path("schemas")));
		if (changed.isEmpty()) {
			return "same content, different layout";
		}
		int shown = Math.min(changed.size(), 12);
		return "differs in " + String.join(", ", changed.subList(0, shown))
				+ ((changed.size() > shown) ? " and " + (changed.size() - shown) + " more" : "");
	}

	static List<String> changedKeys(String kind, JsonNode before, JsonNode after) {
		TreeSet<String> keys = new TreeSet<>(before.propertyNames());
		keys.addAll(after.propertyNames());
		return keys.stream()
			.filter((key) -> !before.path(key).equals(after.path(key)))
			.map((key) -> kind + key)
			.toList();
	}

}
