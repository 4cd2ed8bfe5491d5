package org.forewarn.enterprise;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import javax.sql.DataSource;

import org.postgresql.PGConnection;

import org.forewarn.ForewarnApplication;
import org.forewarn.platform.CurrentUser;
import org.forewarn.platform.Jurisdiction;
import org.forewarn.platform.Role;
import org.forewarn.region.Regions;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Bulk import with validation: a CSV of {@code -Drows} (default 20,000) enterprises in
 * the import format is parsed, every row checked (USCC check digit, GB/T 4754 industry,
 * site placed in its grid, jurisdiction, contacts), the regulators resolved and the
 * initial risk computed, and the valid rows stored — rows/s. Baseline in the same run and
 * database: a raw COPY of the same file into a table of its eleven text columns. Prints
 * every run and the medians. Run:
 * {@code ./mvnw -Pbench -Dconsole.skip -DskipTests test-compile exec:java
 * -Dexec.mainClass=org.forewarn.enterprise.ImportBenchmark} (options -Druns=3
 * -Drows=20000).
 */
public class ImportBenchmark {

	public static void main(String[] args) throws Exception {
		int runs = Integer.getInteger("runs", 3);
		int rows = Integer.getInteger("rows", 20_000);
		Path dir = Files.createTempDirectory("forewarn-import-bench");
		ConfigurableApplicationContext context = new SpringApplicationBuilder(ForewarnApplication.class).run(
				"--server.port=0", "--forewarn.embedded-db.data-dir=" + dir.resolve("postgres"),
				"--forewarn.embedded-db.clean=true", "--forewarn.demo.enabled=true", "--forewarn.mqtt.port=0",
				"--forewarn.demo.hazard-orders=0", "--FOREWARN_LOG_FILE=" + dir.resolve("forewarn.log"),
				"--logging.level.root=WARN");
		try {
			JdbcClient jdbc = context.getBean(JdbcClient.class);
			DataSource dataSource = context.getBean(DataSource.class);
			EnterpriseImport imports = context.getBean(EnterpriseImport.class);
			Regions regions = context.getBean(Regions.class);
			CurrentUser admin = new CurrentUser(UUID.randomUUID(), "bench", "基准", EnumSet.of(Role.ADMIN),
					new Jurisdiction(regions.city().code(), null));
			List<double[]> sites = sites(regions, 2000);
			System.out.printf("platform up; %d enterprises registered; machine load %s%n",
					jdbc.sql("select count(*) from enterprise").query(Long.class).single(),
					Files.readString(Path.of("/proc/loadavg")).strip());
			List<Double> importRates = new ArrayList<>();
			List<Double> copyRates = new ArrayList<>();
			for (int run = 0; run <= runs; run++) {
				String csv = file(rows, 1_000_000 + run * rows, sites);
				long t0 = System.nanoTime();
				var report = imports.importRows(admin, "bench.csv", CsvText.rows(csv));
				double importSeconds = (System.nanoTime() - t0) / 1e9;
				if (report.imported() != rows) {
					throw new IllegalStateException("imported " + report.imported() + " of " + rows + ": "
							+ report.problems().stream().limit(3).toList());
				}
				double copySeconds = rawCopy(dataSource, jdbc, csv);
				double importRate = rows / importSeconds;
				double copyRate = rows / copySeconds;
				System.out
					.printf("%s %d: import with validation %d rows in %.2f s = %.0f rows/s (check %d ms, store %d ms)"
							+ " | raw COPY of the same file %.3f s = %.0f rows/s | ratio import/COPY throughput %.3f (COPY is"
							+ " %.1f× faster)%n", run == 0 ? "warm-up" : "run", run, rows, importSeconds, importRate,
							report.checkMillis(), report.storeMillis(), copySeconds, copyRate, importRate / copyRate,
							copyRate / importRate);
				if (run > 0) {
					importRates.add(importRate);
					copyRates.add(copyRate);
				}
			}
			double i = median(importRates);
			double c = median(copyRates);
			System.out.printf("median of %d runs (%d rows): import with validation %.0f rows/s; raw COPY %.0f rows/s;"
					+ " ratio %.3f%n", runs, rows, i, c, i / c);
		}
		finally {
			context.close();
		}
		System.exit(0);
	}

	static String file(int rows, int offset, List<double[]> sites) {
		Random random = new Random(offset);
		String[] industries = { "C39", "C33", "F51", "L72", "I65", "C26", "E47", "H62", "G59", "C29" };
		StringBuilder csv = new StringBuilder(EnterpriseImport.HEADER).append('\n');
		for (int i = 0; i < rows; i++) {
			double[] site = sites.get(random.nextInt(sites.size()));
			csv.append(EnterpriseDemoData.uscc("440300", offset + i))
				.append(",基准导入企业")
				.append(offset + i)
				.append("有限公司,")
				.append(industries[random.nextInt(industries.length)])
				.append(",深圳市某路")
				.append(i)
				.append("号,")
				.append(site[0])
				.append(',')
				.append(site[1])
				.append(",SMALL,")
				.append(random.nextInt(5) == 0 ? "DUST_EXPLOSION;CONFINED_SPACE" : "")
				.append(",张三,安全员,13")
				.append(String.format("%09d", random.nextInt(1_000_000_000)))
				.append('\n');
		}
		return csv.toString();
	}

	static List<double[]> sites(Regions regions, int n) {
		Random random = new Random(3);
		List<double[]> sites = new ArrayList<>();
		while (sites.size() < n) {
			double lat = 22.50 + random.nextDouble() * 0.25;
			double lon = 113.85 + random.nextDouble() * 0.40;
			if (regions.locate(lat, lon).isPresent()) {
				sites.add(new double[] { lat, lon });
			}
		}
		return sites;
	}

	static double rawCopy(DataSource dataSource, JdbcClient jdbc, String csv) throws Exception {
		jdbc.sql("drop table if exists bench_raw_import").update();
		jdbc.sql(
				"""
						create table bench_raw_import (uscc text, name text, industry_code text, address text, lat text, lon text,
						    scale text, key_categories text, contact_name text, contact_role text, contact_phone text)""")
			.update();
		long t0 = System.nanoTime();
		try (Connection connection = dataSource.getConnection()) {
			connection.setAutoCommit(false);
			connection.unwrap(PGConnection.class)
				.getCopyAPI()
				.copyIn("copy bench_raw_import from stdin with (format csv, header true)", new StringReader(csv));
			connection.commit();
		}
		double seconds = (System.nanoTime() - t0) / 1e9;
		jdbc.sql("drop table bench_raw_import").update();
		return seconds;
	}

	static double median(List<Double> values) {
		List<Double> sorted = new ArrayList<>(values);
		Collections.sort(sorted);
		return sorted.get(sorted.size() / 2);
	}

	static final java.nio.charset.Charset UTF8 = StandardCharsets.UTF_8;

}
