package org.forewarn;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.jayway.jsonpath.JsonPath;
import org.forewarn.platform.DemoMode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The monitoring, warning and notification console in a real browser against the whole
 * platform ({@code console/e2e/ops.e2e.mjs}): Futian's duty officer drafts a warning for
 * two Futian streets, the city's duty officer approves (four eyes) and issues it, 福保街道's
 * duty officer receives it live on a phone-sized screen and acknowledges it; the delivery
 * counts the platform reports must then show that acknowledgement. Screenshots go to
 * {@code target/screenshots/ops/}. Skipped without Chromium, except in CI.
 *
 * <p>
 * Uses the same properties as {@code ConsoleBrowserTests}, so the browser tests share one
 * running platform.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "forewarn.embedded-db.data-dir=target/test-db/browser", "forewarn.embedded-db.clean=true",
				"forewarn.demo.enabled=true", "FOREWARN_LOG_FILE=target/test-logs/browser.log" })
class OpsBrowserTests {

	static final Path SCREENSHOTS = Path.of("target/screenshots/ops");

	static final Pattern WARNING_ID = Pattern.compile("WARNING_ID=([0-9a-f-]{36})");

	@LocalServerPort
	int port;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

	@BeforeAll
	static void browserAvailable() {
		BrowserScripts.assumeBrowser();
	}

	@Test
	void aWarningDraftedInFutianApprovedByTheCityReachesTheStreetDutyOfficerWhoAcknowledgesItOnAPhone()
			throws Exception {
		String output = runOpsScript();
		Matcher matcher = WARNING_ID.matcher(output);
		assertThat(matcher.find()).as("the script names the warning it drafted").isTrue();
		String warningId = matcher.group(1);

		String city = login("duty.city");
		String warning = get(city, "/api/warnings/" + warningId);
		assertThat((String) JsonPath.read(warning, "$.status")).isEqualTo("ISSUED");
		assertThat((String) JsonPath.read(warning, "$.draftedBy")).isEqualTo("duty.futian");
		assertThat((String) JsonPath.read(warning, "$.approvedBy")).isEqualTo("duty.city");
		assertThat((List<String>) JsonPath.read(warning, "$.regionCodes")).containsExactlyInAnyOrder("440304010",
				"440304004");

		String delivery = get(city, "/api/warnings/" + warningId + "/delivery");
		int recipients = JsonPath.read(delivery, "$.recipients");
		int preview = JsonPath.read(get(city, "/api/warnings/" + warningId + "/recipients/preview"), "$.total");
		assertThat(recipients).isPositive().isEqualTo(preview);
		assertThat((Integer) JsonPath.read(delivery, "$.acknowledged")).isGreaterThanOrEqualTo(1);
		List<Integer> futianAcknowledged = JsonPath.read(delivery, "$.byDistrict[?(@.code == '440304')].acknowledged");
		assertThat(futianAcknowledged).singleElement().satisfies(n -> assertThat(n).isGreaterThanOrEqualTo(1));

		List<Map<String, Object>> mine = JsonPath.read(get(login("street.fubao"), "/api/me/notifications"),
				"$[?(@.subjectId == '" + warningId + "')]");
		assertThat(mine).singleElement().satisfies(notice -> {
			assertThat(notice.get("status")).isEqualTo("ACKNOWLEDGED");
			assertThat(notice.get("acknowledgedAt")).isNotNull();
		});
		for (String shot : List.of("warning-editor.png", "warning-draft.png", "warning-issued.png",
				"phone-notifications.png", "phone-acknowledged.png", "warning-acknowledged.png", "monitoring-map.png",
				"monitoring-alarms.png", "monitoring-levels.png")) {
			assertThat(SCREENSHOTS.resolve(shot)).exists().isNotEmptyFile();
		}
	}

	String runOpsScript() throws IOException, InterruptedException {
		return BrowserScripts.run("ops.e2e.mjs", SCREENSHOTS, Duration.ofMinutes(5), "--base", base(), "--drafter",
				"duty.futian", "--approver", "duty.city", "--recipient", "street.fubao", "--password",
				DemoMode.DEMO_PASSWORD);
	}

	String base() {
		return "http://127.0.0.1:" + port;
	}

	String login(String username) throws IOException, InterruptedException {
		String body = "{\"username\":\"" + username + "\",\"password\":\"" + DemoMode.DEMO_PASSWORD + "\"}";
		return JsonPath.read(send(null,
				HttpRequest.newBuilder(URI.create(base() + "/api/auth/login"))
					.header("Content-Type", "application/json")
					.POST(HttpRequest.BodyPublishers.ofString(body))),
				"$.token");
	}

	String get(String token, String path) throws IOException, InterruptedException {
		return send(token, HttpRequest.newBuilder(URI.create(base() + path)).GET());
	}

	private String send(String token, HttpRequest.Builder request) throws IOException, InterruptedException {
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(30)).build(),
				HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		if (response.statusCode() >= 300) {
			throw new AssertionError(response.request().method() + " " + response.uri() + " answered "
					+ response.statusCode() + ": " + response.body());
		}
		return response.body();
	}

}
