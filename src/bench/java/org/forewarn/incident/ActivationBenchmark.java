package org.forewarn.incident;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.postgresql.PGConnection;

import org.forewarn.ForewarnApplication;
import org.forewarn.organisation.DepartmentSummary;
import org.forewarn.organisation.Departments;
import org.forewarn.platform.DemoMode;
import org.forewarn.region.RegionSummary;
import org.forewarn.region.Regions;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Citywide Level I activation, end to end over HTTP: a plan whose duty list names every
 * city and district member unit and whose Level I measures give each district's units a
 * task — one of them sent to all 三防 responsible persons of the city — is activated for a
 * citywide incident. The clock runs from the activation request to its answer, which
 * comes after the tasks and every notice are committed and handed to the channels.
 * Baseline in the same run and database: a raw COPY of the same number of task rows and
 * notice rows into tables with the same columns and indexes. Prints every run and the
 * medians. Run: {@code ./mvnw -Pbench -Dconsole.skip -DskipTests test-compile
 * exec:java -Dexec.mainClass=org.forewarn.incident.ActivationBenchmark} (option
 * -Druns=3). Starts the whole platform on a fresh embedded database with the demo data
 * (about a minute).
 */
public class ActivationBenchmark {

	static final HttpClient HTTP = HttpClient.newHttpClient();

	public static void main(String[] args) throws Exception {
		int runs = Integer.getInteger("runs", 3);
		Path dir = Files.createTempDirectory("forewarn-activation-bench");
		ConfigurableApplicationContext context = new SpringApplicationBuilder(ForewarnApplication.class).run(
				"--server.port=0", "--forewarn.embedded-db.data-dir=" + dir.resolve("postgres"),
				"--forewarn.embedded-db.clean=true", "--forewarn.demo.enabled=true", "--forewarn.mqtt.port=0",
				"--FOREWARN_LOG_FILE=" + dir.resolve("forewarn.log"), "--logging.level.root=WARN");
		try {
			int port = ((WebServerApplicationContext) context).getWebServer().getPort();
			String base = "http://127.0.0.1:" + port;
			JdbcClient jdbc = context.getBean(JdbcClient.class);
			DataSource dataSource = context.getBean(DataSource.class);
			Regions regions = context.getBean(Regions.class);
			Departments departments = context.getBean(Departments.class);
			System.out.printf("platform up on port %d; machine load %s%n", port,
					Files.readString(Path.of("/proc/loadavg")).strip());

			String city = regions.city().code();
			List<String> districts = regions.children(city).stream().map(RegionSummary::code).toList();
			List<DepartmentSummary> units = new ArrayList<>(departments.ofRegion(city));
			districts.forEach(d -> units.addAll(departments.ofRegion(d)));
			Set<String> abbreviations = units.stream()
				.filter(u -> !u.regionCode().equals(city))
				.map(u -> u.code().substring(u.code().indexOf('-') + 1))
				.collect(Collectors.toCollection(LinkedHashSet::new));
			String plan = planJson(units, abbreviations);

			String duty = login(base, "duty.city");
			String admin = login(base, "admin");
			String created = call(base, duty, "POST", "/api/plans", plan);
			String planId = field(created, "id");
			call(base, duty, "POST", "/api/plans/" + planId + "/versions/1/submit", "{}");
			String version = field(call(base, admin, "POST", "/api/plans/" + planId + "/versions/1/approve", "{}"),
					"id");
			String area = districts.stream().map(d -> "\"" + d + "\"").collect(Collectors.joining(","));

			List<Double> activations = new ArrayList<>();
			List<Double> copies = new ArrayList<>();
			for (int run = 0; run <= runs; run++) {
				String incident = field(call(base, duty, "POST", "/api/incidents", """
						{"title":"全市特大暴雨（基准测试 %d）","typeCode":"010101","level":"I","latitude":22.54,"longitude":114.05,
						 "areaCodes":[%s]}""".formatted(run, area)), "id");
				long started = System.nanoTime();
				String answer = call(base, duty, "POST", "/api/incidents/" + incident + "/activations", """
						{"planVersionId":"%s","scenarioCode":"CITYWIDE","level":"I"}""".formatted(version));
				double ms = (System.nanoTime() - started) / 1e6;
				long tasks = jdbc.sql("select count(*) from incident_task where incident_id = :id")
					.param("id", UUID.fromString(incident))
					.query(Long.class)
					.single();
				long notices = jdbc.sql("""
						select count(*) from notification n join incident_task t on t.command_id = n.subject_id
						where t.incident_id = :id""").param("id", UUID.fromString(incident)).query(Long.class).single();
				double copy = copy(dataSource, jdbc, (int) tasks, (int) notices);
				System.out.printf(
						"%s %d: %d tasks, %d notices (answer says %s); activation → persisted + handed over %.0f ms;"
								+ " raw COPY of the same rows %.0f ms; ratio %.2f%n",
						run == 0 ? "warm-up" : "run", run, tasks, notices, field(answer, "notifications", true), ms,
						copy, ms / copy);
				if (run > 0) {
					activations.add(ms);
					copies.add(copy);
				}
			}
			double a = median(activations);
			double c = median(copies);
			System.out.printf("median of %d runs: citywide Level I activation %.0f ms; raw COPY %.0f ms; ratio %.2f%n",
					runs, a, c, a / c);
		}
		finally {
			context.close();
		}
		System.exit(0);
	}

	/**
	 * A plan with every unit in the duty list and, at Level I, one task per district
	 * unit; YJ's goes to all persons.
	 */
	static String planJson(List<DepartmentSummary> units, Set<String> abbreviations) {
		String duties = units.stream()
			.map(u -> "{\"unitCode\":\"%s\",\"unitName\":\"%s\",\"duties\":[\"按预案履行Ⅰ级响应职责\"]}".formatted(u.code(),
					u.name()))
			.collect(Collectors.joining(","));
		String measures = abbreviations.stream()
			.map(abbr -> """
					{"scenarioCode":"CITYWIDE","level":"I","unitCode":"*-%s","task":"全市Ⅰ级响应：%s落实防御措施","deadlineMinutes":60,
					 "resources":[]%s}"""
				.formatted(abbr, abbr,
						abbr.equals("YJ") ? ",\"audience\":{\"roles\":[\"RESPONSIBLE_PERSON\"],\"duties\":[]}" : ""))
			.collect(Collectors.joining(","));
		return """
				{"code":"BENCH-%s","name":"全市Ⅰ级响应基准预案","level":"CITY","regionCode":"440300","category":"FLOOD",
				 "reason":"benchmark","content":{"duties":[%s],
				 "scenarios":[{"code":"CITYWIDE","name":"全市特大暴雨","conditions":[{"kind":"TYPE","values":["0101"],"label":"水旱灾害"}]}],
				 "measures":[%s]}}"""
			.formatted(UUID.randomUUID().toString().substring(0, 8), duties, measures);
	}

	/**
	 * COPY of the same number of task and notice rows into fresh tables with the real
	 * tables' columns and indexes.
	 */
	static double copy(DataSource dataSource, JdbcClient jdbc, int tasks, int notices) throws Exception {
		jdbc.sql("drop table if exists bench_task").update();
		jdbc.sql("drop table if exists bench_notice").update();
		jdbc.sql("create table bench_task (like incident_task including all)").update();
		jdbc.sql("create table bench_notice (like notification including all)").update();
		String now = Instant.now().toString();
		UUID incident = UUID.randomUUID();
		UUID activation = UUID.randomUUID();
		StringBuilder taskCsv = new StringBuilder(tasks * 300);
		for (int i = 0; i < tasks; i++) {
			taskCsv.append(UUID.randomUUID())
				.append(',')
				.append(incident)
				.append(',')
				.append(activation)
				.append(",duty:")
				.append(i)
				.append(",440307-SW,深圳市龙岗区水务局,按职责清单履职,\"水情监测；巡查\",I,{},0,")
				.append(now)
				.append(",ASSIGNED,")
				.append(UUID.randomUUID())
				.append(",false,")
				.append(now)
				.append(',')
				.append(now)
				.append('\n');
		}
		UUID subject = UUID.randomUUID();
		StringBuilder noticeCsv = new StringBuilder(notices * 200);
		for (int i = 0; i < notices; i++) {
			noticeCsv.append(UUID.randomUUID())
				.append(',')
				.append(subject)
				.append(",NOTICE,")
				.append(UUID.randomUUID())
				.append(",1,440304,440304010,RESPONSIBLE_PERSON,AREA_PATROL,\"440304010001001\",,\"{SMS}\",")
				.append(now)
				.append(',')
				.append(now)
				.append('\n');
		}
		long started = System.nanoTime();
		try (Connection connection = dataSource.getConnection()) {
			connection.setAutoCommit(false);
			PGConnection pg = connection.unwrap(PGConnection.class);
			pg.getCopyAPI()
				.copyIn("""
						copy bench_task (id, incident_id, activation_id, task_key, unit_code, unit_name, title, detail, level,
						  resources, audience, deadline_at, status, command_id, drill, created_at, updated_at)
						from stdin with (format csv)""",
						new StringReader(taskCsv.toString()));
			pg.getCopyAPI()
				.copyIn("""
						copy bench_notice (id, subject_id, kind, person_id, revision, district_code, street_code, role, duty,
						    responsible_for, body, channels, created_at, acknowledge_by)
						from stdin with (format csv)""",
						new StringReader(noticeCsv.toString()));
			connection.commit();
		}
		double ms = (System.nanoTime() - started) / 1e6;
		jdbc.sql("drop table bench_task").update();
		jdbc.sql("drop table bench_notice").update();
		return ms;
	}

	static String login(String base, String user) throws Exception {
		return field(call(base, null, "POST", "/api/auth/login",
				"{\"username\":\"" + user + "\",\"password\":\"" + DemoMode.DEMO_PASSWORD + "\"}"), "token");
	}

	static String call(String base, String token, String method, String path, String json) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
			.header("Content-Type", "application/json")
			.method(method, HttpRequest.BodyPublishers.ofString(json));
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() / 100 != 2) {
			throw new IllegalStateException(
					method + " " + path + " → " + response.statusCode() + ": " + response.body());
		}
		return response.body();
	}

	static String field(String json, String name) {
		return field(json, name, false);
	}

	static String field(String json, String name, boolean number) {
		Matcher m = Pattern.compile("\"" + name + "\"\\s*:\\s*" + (number ? "([0-9]+)" : "\"([^\"]+)\"")).matcher(json);
		if (!m.find()) {
			throw new IllegalStateException("no " + name + " in " + json);
		}
		return m.group(1);
	}

	static double median(List<Double> values) {
		List<Double> sorted = new ArrayList<>(values);
		Collections.sort(sorted);
		int n = sorted.size();
		return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
	}

}
