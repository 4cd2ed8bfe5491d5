package org.forewarn.monitoring;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import com.hivemq.client.mqtt.MqttClient;
import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.mqtt5.Mqtt5AsyncClient;
import com.jayway.jsonpath.JsonPath;

import org.forewarn.platform.DemoMode;

/**
 * Replays a moving rainstorm over Shenzhen through MQTT against a running platform, so
 * that rainstorm, high-water and drainage alarms appear within a minute. A storm cell
 * (Gaussian, peak {@code peak} mm per 5 minutes, radius {@code radius} degrees) crosses
 * the city from the south-west (Shekou) to the north-east (Longgang) over {@code hours}
 * hours of simulated time, ending now; each 5-minute step is published as one reading per
 * station: rain gauges get the rain where they stand, reservoirs and rivers rise with the
 * rain that fell around them (from just below their flood-limit or warning level),
 * drainage wells fill with the last hour's rain.
 * <p>
 * Run against the platform started with {@code ./mvnw spring-boot:run} (demo data on):
 * {@code ./mvnw -Pbench -Dconsole.skip -DskipTests test-compile exec:java
 * -Dexec.mainClass=org.forewarn.monitoring.RainstormSimulator} (options:
 * -Dapi=http://localhost:8080 -Dmqtt=localhost:1883 -Duser=admin -Dpassword=… -Dhours=3
 * -Dstep.ms=1000 -Dpeak=12 -Dradius=0.06 -Dfollow=true). After the replay it keeps
 * sending dry readings every 5 minutes in real time until stopped
 * ({@code -Dfollow=false}: stop at once).
 */
public class RainstormSimulator {

	record Site(String code, String type, double lat, double lon, Double floodLimit, Double warning) {
	}

	public static void main(String[] args) throws Exception {
		String api = System.getProperty("api", "http://localhost:8080");
		String[] mqtt = System.getProperty("mqtt", "localhost:1883").split(":");
		String user = System.getProperty("user", "admin");
		String password = System.getProperty("password", DemoMode.DEMO_PASSWORD);
		int hours = Integer.getInteger("hours", 3);
		long stepMillis = Long.getLong("step.ms", 1_000);
		double peak = Double.parseDouble(System.getProperty("peak", "12"));
		double radius = Double.parseDouble(System.getProperty("radius", "0.06"));

		List<Site> sites = stations(api, user, password);
		System.out.printf("%d stations from %s; storm of %d h ending now, one 5-minute step every %d ms%n",
				sites.size(), api, hours, stepMillis);
		Mqtt5AsyncClient client = MqttClient.builder()
			.useMqttVersion5()
			.identifier("rainstorm-simulator-" + System.nanoTime())
			.serverHost(mqtt[0])
			.serverPort(Integer.parseInt(mqtt[1]))
			.buildAsync();
		client.connect().get(10, TimeUnit.SECONDS);
		Semaphore window = new Semaphore(500);

		int steps = hours * 12;
		Instant end = Instant.now().truncatedTo(ChronoUnit.MINUTES);
		end = end.minus(Duration.ofMinutes(end.atZone(java.time.ZoneOffset.UTC).getMinute() % 5));
		Instant start = end.minus(Duration.ofMinutes(5L * steps));
		// the track: Shekou (22.48 N, 113.90 E) → Longgang (22.74 N, 114.32 E)
		double lat0 = 22.48, lon0 = 113.90, lat1 = 22.74, lon1 = 114.32;
		Map<String, Double> accumulated = new HashMap<>();
		Map<String, List<Double>> lastHour = new HashMap<>();
		for (int step = 1; step <= steps; step++) {
			long started = System.currentTimeMillis();
			Instant ts = start.plus(Duration.ofMinutes(5L * step));
			double f = (double) step / steps;
			double cellLat = lat0 + (lat1 - lat0) * f;
			double cellLon = lon0 + (lon1 - lon0) * f;
			double heaviest = 0;
			for (Site site : sites) {
				double d2 = Math.pow(site.lat() - cellLat, 2)
						+ Math.pow((site.lon() - cellLon) * Math.cos(Math.toRadians(22.6)), 2);
				double rain = Math.round(peak * Math.exp(-d2 / (2 * radius * radius)) * 10) / 10.0;
				double total = accumulated.merge(site.code(), rain, Double::sum);
				List<Double> hour = lastHour.computeIfAbsent(site.code(), k -> new ArrayList<>());
				hour.add(rain);
				if (hour.size() > 12) {
					hour.remove(0);
				}
				String metric;
				double value;
				switch (site.type()) {
					case "RAIN_GAUGE" -> {
						metric = "rainfall_5m";
						value = rain;
						heaviest = Math.max(heaviest, total);
					}
					case "WATER_LEVEL" -> {
						metric = "water_level";
						value = site.floodLimit() != null ? site.floodLimit() - 1.0 + 0.02 * total
								: site.warning() - 0.8 + 0.015 * total;
					}
					case "DRAINAGE_LEVEL" -> {
						metric = "water_depth_m";
						value = Math.min(3.0, 0.2 + 0.04 * hour.stream().mapToDouble(Double::doubleValue).sum());
					}
					default -> {
						continue;
					}
				}
				String payload = "{\"ts\":\"%s\",\"values\":{\"%s\":%.2f}}".formatted(ts, metric, value);
				window.acquire();
				client.publishWith()
					.topic("telemetry/" + site.code())
					.qos(MqttQos.AT_LEAST_ONCE)
					.payload(payload.getBytes(StandardCharsets.UTF_8))
					.send()
					.whenComplete((r, e) -> window.release());
			}
			System.out.printf("step %2d/%d %s: cell at %.3f N %.3f E, heaviest gauge total %.0f mm%n", step, steps, ts,
					cellLat, cellLon, heaviest);
			long rest = stepMillis - (System.currentTimeMillis() - started);
			if (rest > 0) {
				Thread.sleep(rest);
			}
		}
		window.acquire(500);
		window.release(500);
		System.out.println("Storm replayed. Active alarms: " + api + "/api/alarms?status=ACTIVE (or the console).");
		if (!Boolean.parseBoolean(System.getProperty("follow", "true"))) {
			client.disconnect().get(10, TimeUnit.SECONDS);
			return;
		}
		// after the storm: dry weather in real time, every 5 minutes, so the stations
		// stay alive (stop with Ctrl-C;
		// 30 minutes later their no-data alarms appear, as they should)
		System.out.println("Now sending dry 5-minute readings in real time; Ctrl-C to stop.");
		Map<String, Double> levels = new HashMap<>();
		while (true) {
			Thread.sleep(Duration.ofMinutes(5).toMillis());
			Instant ts = Instant.now().truncatedTo(ChronoUnit.SECONDS);
			for (Site site : sites) {
				String metric;
				double value;
				switch (site.type()) {
					case "RAIN_GAUGE" -> {
						metric = "rainfall_5m";
						value = 0;
					}
					case "WATER_LEVEL" -> {
						metric = "water_level";
						double total = accumulated.getOrDefault(site.code(), 0.0);
						double top = site.floodLimit() != null ? site.floodLimit() - 1.0 + 0.02 * total
								: site.warning() - 0.8 + 0.015 * total;
						value = levels.merge(site.code(), top - 0.05, (a, b) -> a - 0.05); // receding
																							// 0.6
																							// m/h
					}
					case "DRAINAGE_LEVEL" -> {
						metric = "water_depth_m";
						value = 0.2;
					}
					default -> {
						continue;
					}
				}
				window.acquire();
				client.publishWith()
					.topic("telemetry/" + site.code())
					.qos(MqttQos.AT_LEAST_ONCE)
					.payload("{\"ts\":\"%s\",\"values\":{\"%s\":%.2f}}".formatted(ts, metric, value)
						.getBytes(StandardCharsets.UTF_8))
					.send()
					.whenComplete((r, e) -> window.release());
			}
		}
	}

	static List<Site> stations(String api, String user, String password) throws Exception {
		HttpClient http = HttpClient.newHttpClient();
		String login = http
			.send(HttpRequest.newBuilder(URI.create(api + "/api/auth/login"))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers
					.ofString("{\"username\":\"" + user + "\",\"password\":\"" + password + "\"}"))
				.build(), HttpResponse.BodyHandlers.ofString())
			.body();
		String token = JsonPath.read(login, "$.token");
		List<Site> sites = new ArrayList<>();
		for (int page = 0;; page++) {
			String body = http
				.send(HttpRequest.newBuilder(URI.create(api + "/api/stations?size=2000&page=" + page))
					.header("Authorization", "Bearer " + token)
					.build(), HttpResponse.BodyHandlers.ofString())
				.body();
			List<Map<String, Object>> content = JsonPath.read(body, "$.content");
			for (Map<String, Object> s : content) {
				sites.add(new Site((String) s.get("code"), (String) s.get("type"),
						((Number) s.get("latitude")).doubleValue(), ((Number) s.get("longitude")).doubleValue(),
						number(s.get("floodLimitLevel")), number(s.get("warningLevel"))));
			}
			if (content.size() < 2000) {
				return sites;
			}
		}
	}

	private static Double number(Object value) {
		return value == null ? null : ((Number) value).doubleValue();
	}

}
