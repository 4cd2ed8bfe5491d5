package org.forewarn;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded default keeps its data across restarts, and a second start adds nothing.
 */
class RestartIntegrationTests {

	static final String[] PROPERTIES = { "--forewarn.embedded-db.data-dir=target/test-db/restart", "--server.port=0",
			"--FOREWARN_LOG_FILE=target/test-logs/restart.log" };

	@Test
	void aSecondStartOnTheSameDataKeepsEverythingAndDuplicatesNothing() {
		Map<String, Long> first;
		long cluster;
		try (ConfigurableApplicationContext context = start("--forewarn.embedded-db.clean=true")) {
			first = settledRowCounts(context.getBean(JdbcClient.class));
			cluster = clusterIdentifier(context.getBean(JdbcClient.class));
		}
		assertThat(first).containsKeys("app_user", "audit_event");
		assertThat(first.get("app_user")).isGreaterThanOrEqualTo(7);

		Map<String, Long> second;
		try (ConfigurableApplicationContext context = start("--forewarn.embedded-db.clean=false")) {
			// the same database cluster, reopened: a clean start used to have its folder
			// deleted when it stopped, so this test compared two fresh demo loads
			assertThat(clusterIdentifier(context.getBean(JdbcClient.class))).isEqualTo(cluster);
			second = settledRowCounts(context.getBean(JdbcClient.class));
		}
		assertThat(second).isEqualTo(first);
	}

	private static ConfigurableApplicationContext start(String clean) {
		String[] args = new String[PROPERTIES.length + 1];
		System.arraycopy(PROPERTIES, 0, args, 0, PROPERTIES.length);
		args[PROPERTIES.length] = clean;
		return new SpringApplicationBuilder(ForewarnApplication.class).run(args);
	}

	/** Set by initdb: a database initialised again gets another. */
	static long clusterIdentifier(JdbcClient jdbc) {
		return jdbc.sql("select system_identifier from pg_control_system()").query(Long.class).single();
	}

	/**
	 * The counts once every stored event has been handled: the demo data of one module
	 * publishes events (an inspection finding opens a hazard order, which becomes a fact
	 * on the enterprise's profile) whose listeners may still be running when the platform
	 * reports ready; a publication cut short by the stop is republished at the next
	 * start, which is right, but would make the two counts differ.
	 */
	static Map<String, Long> settledRowCounts(JdbcClient jdbc) {
		Awaitility.await()
			.atMost(Duration.ofSeconds(60))
			.pollInterval(Duration.ofMillis(200))
			.until(() -> jdbc.sql("select count(*) from event_publication where completion_date is null")
				.query(Long.class)
				.single() == 0);
		return rowCounts(jdbc);
	}

	/**
	 * Every table of the schema, counted, except the ones that legitimately grow at each
	 * start.
	 */
	static Map<String, Long> rowCounts(JdbcClient jdbc) {
		List<String> tables = jdbc.sql("""
				select table_name from information_schema.tables
				 where table_schema = 'public' and table_type = 'BASE TABLE'
				   and table_name not in ('flyway_schema_history', 'event_publication', 'event_publication_archive')
				 order by table_name""").query(String.class).list();
		Map<String, Long> counts = new LinkedHashMap<>();
		for (String table : tables) {
			counts.put(table, jdbc.sql("select count(*) from \"" + table + "\"").query(Long.class).single());
		}
		return counts;
	}

}
