package org.forewarn.hazard;

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

import com.jayway.jsonpath.JsonPath;

import org.forewarn.BrowserScripts;
import org.forewarn.platform.DemoMode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The hazard loop's console in a real browser against the whole platform
 * ({@code console/e2e/hazard.e2e.mjs}): a grid worker on a phone-sized screen opens an
 * order waiting for the on-site check in their grid, attaches a photo and confirms the
 * hazard; the dispatcher's desktop pages and the public tip-off page are photographed
 * along the way ({@code target/screenshots/hazard/}). Skipped without Chromium, except in
 * CI.
 *
 * <p>
 * Uses the same properties as {@code ConsoleBrowserTests}, so the two share one running
 * platform.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "forewarn.embedded-db.data-dir=target/test-db/browser", "forewarn.embedded-db.clean=true",
				"forewarn.demo.enabled=true", "FOREWARN_LOG_FILE=target/test-logs/browser.log" })
class HazardBrowserTests {

	static final Path SCREENSHOTS = Path.of("target/screenshots/hazard");

	@LocalServerPort
	int port;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

	private final JsonMapper json = JsonMapper.builder().build();

	@BeforeAll
	static void browserAvailable() {
		BrowserScripts.assumeBrowser();
	}

	@Test
	void gridWorkerVerifiesAnOrderOnAPhoneWithAPhotoAndTheOrderMovesToRectifying() throws Exception {
		String duty = login("duty.futian");
		String gridWorker = login("grid.futian");
		String gridCode = JsonPath.read(get(gridWorker, "/api/auth/me"), "$.regionCode");
		double[] point = pointInGrid(gridWorker, gridCode);

		// reported by the district duty office; gas hazards are routed to the district's
		// gas regulator
		String receipt = post(duty, "/api/hazards",
				Map.of("channel", "DUTY_OFFICE", "description", "小区地下车库燃气管道接口处有明显燃气味，疑似泄漏", "latitude", point[0],
						"longitude", point[1], "address", "福田区 沙埔头社区 3 栋地下车库", "category", "GAS", "grade", "GENERAL"));
		String orderId = JsonPath.read(receipt, "$.orderId");
		String code = JsonPath.read(receipt, "$.orderCode");
		assertThat((String) JsonPath.read(receipt, "$.status")).isEqualTo("DISPATCHED");
		post(login("handler.gas.futian"), "/api/disposal-orders/" + orderId + "/accept", Map.of());
		String before = get(duty, "/api/disposal-orders/" + orderId);
		assertThat((String) JsonPath.read(before, "$.status")).isEqualTo("VERIFYING");
		assertThat((String) JsonPath.read(before, "$.gridCode")).isEqualTo(gridCode);

		assertThat(runHazardScript(orderId, code)).isZero();

		String after = get(duty, "/api/disposal-orders/" + orderId);
		assertThat((String) JsonPath.read(after, "$.status")).isEqualTo("RECTIFYING");
		List<String> photos = JsonPath.read(after, "$.photos[*].id");
		assertThat(photos).hasSize(1);
		List<Map<String, Object>> verification = JsonPath.read(after, "$.timeline[?(@.action == 'verify')]");
		assertThat(verification).singleElement().satisfies(step -> {
			assertThat(step.get("actor")).isEqualTo("grid.futian");
			assertThat(step.get("toStatus")).isEqualTo("RECTIFYING");
			assertThat(step.get("photoIds")).isEqualTo(photos);
		});
		assertThat(photoType(duty, photos.getFirst())).isEqualTo("image/png");
		for (String shot : List.of("mobile-orders.png", "mobile-verified.png", "hazard-inbox.png", "hazard-order.png",
				"hazard-map.png", "hazard-stats.png", "hazard-heinrich.png", "public-tip.png", "public-track.png")) {
			assertThat(SCREENSHOTS.resolve(shot)).exists().isNotEmptyFile();
		}
	}

	/**
	 * A point whose grid is the grid worker's own: the grid's centre, or the first point
	 * of a scan that lies in it.
	 */
	double[] pointInGrid(String token, String gridCode) throws IOException, InterruptedException {
		List<Number> center = JsonPath.read(get(token, "/api/regions/" + gridCode), "$.center");
		double lon = center.get(0).doubleValue();
		double lat = center.get(1).doubleValue();
		for (int ring = 0; ring < 6; ring++) {
			for (int dx = -ring; dx <= ring; dx++) {
				for (int dy = -ring; dy <= ring; dy++) {
					double tryLat = lat + dy * 0.0004;
					double tryLon = lon + dx * 0.0004;
					Map<String, Object> grid = JsonPath
						.read(get(token, "/api/regions/locate?lat=" + tryLat + "&lon=" + tryLon), "$.grid");
					if (grid != null && gridCode.equals(grid.get("code"))) {
						return new double[] { tryLat, tryLon };
					}
				}
			}
		}
		throw new AssertionError("no point found inside grid " + gridCode);
	}

	int runHazardScript(String orderId, String code) throws IOException, InterruptedException {
		BrowserScripts.run("hazard.e2e.mjs", SCREENSHOTS, Duration.ofMinutes(5), "--base", base(), "--order", orderId,
				"--code", code, "--grid-user", "grid.futian", "--desk-user", "duty.futian", "--password",
				DemoMode.DEMO_PASSWORD);
		return 0;
	}

	String base() {
		return "http://127.0.0.1:" + port;
	}

	String login(String username) throws IOException, InterruptedException {
		return JsonPath.read(
				post(null, "/api/auth/login", Map.of("username", username, "password", DemoMode.DEMO_PASSWORD)),
				"$.token");
	}

	String get(String token, String path) throws IOException, InterruptedException {
		return send(token, HttpRequest.newBuilder(URI.create(base() + path)).GET());
	}

	String post(String token, String path, Map<String, ?> body) throws IOException, InterruptedException {
		return send(token,
				HttpRequest.newBuilder(URI.create(base() + path))
					.header("Content-Type", "application/json")
					.POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body))));
	}

	String photoType(String token, String photoId) throws IOException, InterruptedException {
		HttpResponse<byte[]> response = http
			.send(HttpRequest.newBuilder(URI.create(base() + "/api/hazard-photos/" + photoId))
				.header("Authorization", "Bearer " + token)
				.build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).startsWith((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G');
		return response.headers().firstValue("Content-Type").orElse("");
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
