package org.forewarn;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.jayway.jsonpath.JsonPath;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.forewarn.platform.DemoMode;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The incident and plan console in a real browser against the whole platform
 * ({@code console/e2e/incident.e2e.mjs}): a Level II rainstorm flood in Longgang is
 * activated on the city flood plan, the housing bureau acknowledges, the command board,
 * the activation preview, the plan diff and a drill board are photographed. Screenshots
 * go to {@code target/screenshots/incident/}. Skipped without Chromium, except in CI.
 *
 * <p>
 * Uses the same properties as {@code ConsoleBrowserTests}, so the browser tests share one
 * running platform.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "forewarn.embedded-db.data-dir=target/test-db/browser", "forewarn.embedded-db.clean=true",
				"forewarn.demo.enabled=true", "FOREWARN_LOG_FILE=target/test-logs/browser.log" })
class IncidentBrowserTests {

	static final Path SCREENSHOTS = Path.of("target/screenshots/incident");

	static final Pattern INCIDENT_ID = Pattern.compile("INCIDENT_ID=([0-9a-f-]{36})");

	@LocalServerPort
	int port;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

	@BeforeAll
	static void browserAvailable() {
		BrowserScripts.assumeBrowser();
	}

	@Test
	void aLonggangFloodIsActivatedFromTheBoardAndTheHousingBureauAcknowledges() throws Exception {
		String output = BrowserScripts.run("incident.e2e.mjs", SCREENSHOTS, Duration.ofMinutes(5), "--base",
				"http://127.0.0.1:" + port, "--password", DemoMode.DEMO_PASSWORD);
		Matcher matcher = INCIDENT_ID.matcher(output);
		assertThat(matcher.find()).as("the script names the incident it reported").isTrue();
		String token = login("duty.city");
		String path = "/api/incidents/" + matcher.group(1) + "/board";
		// an acknowledgement reaches the task through an event after the notice's commit:
		// wait for it
		String board = Awaitility.await()
			.atMost(Duration.ofSeconds(30))
			.pollInterval(Duration.ofMillis(250))
			.until(() -> get(token, path), b -> {
				List<String> statuses = JsonPath.read(b, "$.units[?(@.unitCode == '440300-ZJ')].tasks[*].status");
				return !statuses.isEmpty() && statuses.stream().allMatch("ACKNOWLEDGED"::equals);
			});
		assertThat((String) JsonPath.read(board, "$.incident.summary.status")).isEqualTo("RESPONDING");
		assertThat((Integer) JsonPath.read(board, "$.activations[0].versionNumber")).isEqualTo(2);
		List<String> housing = JsonPath.read(board, "$.units[?(@.unitCode == '440300-ZJ')].tasks[*].status");
		assertThat(housing).isNotEmpty().allSatisfy(s -> assertThat(s).isEqualTo("ACKNOWLEDGED"));
		for (String shot : List.of("board-zh-CN.png", "activation-zh-CN.png", "incidents-zh-CN.png",
				"incident-form-empty-zh-CN.png", "plan-diff-zh-CN.png", "plan-duties-zh-CN.png", "drill-zh-CN.png")) {
			assertThat(SCREENSHOTS.resolve(shot)).exists().isNotEmptyFile();
		}
	}

	String login(String username) throws IOException, InterruptedException {
		String body = "{\"username\":\"" + username + "\",\"password\":\"" + DemoMode.DEMO_PASSWORD + "\"}";
		return JsonPath
			.read(http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/auth/login"))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build(), HttpResponse.BodyHandlers.ofString()).body(), "$.token");
	}

	String get(String token, String path) throws IOException, InterruptedException {
		return http
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
				.header("Authorization", "Bearer " + token)
				.GET()
				.build(), HttpResponse.BodyHandlers.ofString())
			.body();
	}

}
