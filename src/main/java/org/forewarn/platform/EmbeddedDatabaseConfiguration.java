package org.forewarn.platform;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.FileSystemUtils;

/**
 * The embedded default: when no {@code spring.datasource.url} is configured, a real
 * PostgreSQL 17 is started with its data under {@code forewarn.embedded-db.data-dir}
 * (default {@code ./data/postgres}), so it survives restarts. An external PostgreSQL is
 * used as soon as the standard datasource properties are set.
 *
 * <p>
 * Durable by default (ADR 0012): zonky starts the server with {@code -F} (fsync off, fine
 * for throw-away test databases); here a later {@code -c fsync=on} wins, with
 * {@code synchronous_commit} and {@code full_page_writes} on, so a commit the platform
 * acknowledged survives a power cut. Only the test configuration sets
 * {@code forewarn.embedded-db.fsync=false}. A server left running on the directory by a
 * killed earlier run is stopped before the new one starts ({@link LeftoverPostmaster}).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
class EmbeddedDatabaseConfiguration {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

	/**
	 * How long a server left by a killed run may take to shut down (it rolls back, then
	 * writes a checkpoint).
	 */
	private static final Duration LEFTOVER_STOP_WAIT = Duration.ofSeconds(60);

	@Bean(destroyMethod = "close")
	EmbeddedPostgres embeddedPostgres(@Value("${forewarn.embedded-db.data-dir:data/postgres}") Path dataDir,
			@Value("${forewarn.embedded-db.port:0}") int port,
			@Value("${forewarn.embedded-db.clean:false}") boolean clean,
			@Value("${forewarn.embedded-db.fsync:true}") boolean fsync) throws IOException {
		Path absolute = dataDir.toAbsolutePath().normalize();
		LeftoverPostmaster.clear(absolute, LEFTOVER_STOP_WAIT);
		if (clean) {
			// "clean" means start from an empty database, here and now; zonky's own
			// clean-up flag would instead delete the folder when the platform stops, so
			// the data of a clean start would not survive its own restart
			FileSystemUtils.deleteRecursively(absolute);
		}
		Files.createDirectories(absolute);
		boolean existing = Files.exists(absolute.resolve("PG_VERSION"));
		long started = System.nanoTime();
		EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
			.setDataDirectory(absolute)
			.setCleanDataDirectory(false)
			// Spring stops it after the pool is closed; zonky's own JVM hook would stop
			// it under the pool's feet
			.setRegisterShutdownHook(false)
			.setPGStartupWait(Duration.ofSeconds(60))
			.setServerConfig("max_connections", "100")
			.setServerConfig("shared_buffers", "128MB")
			// zonky passes -F (fsync off) before these -c options; the later option wins
			.setServerConfig("fsync", fsync ? "on" : "off")
			.setServerConfig("synchronous_commit", "on")
			.setServerConfig("full_page_writes", "on")
			.setServerConfig("timezone", "UTC");
		if (port > 0) {
			builder.setPort(port);
		}
		EmbeddedPostgres postgres = builder.start();
		log.info("Embedded PostgreSQL {} on port {} with data in {} ({} ms){}",
				existing && !clean ? "reopened" : "initialised", postgres.getPort(), absolute,
				(System.nanoTime() - started) / 1_000_000,
				fsync ? "" : "; fsync OFF (tests only: a power cut can lose committed data)");
		return postgres;
	}

	@Bean
	DataSource dataSource(EmbeddedPostgres postgres,
			@Value("${spring.datasource.hikari.maximum-pool-size:20}") int poolSize) {
		HikariConfig config = new HikariConfig();
		config.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
		config.setUsername("postgres");
		config.setMaximumPoolSize(poolSize);
		config.setPoolName("forewarn-embedded");
		return new HikariDataSource(config);
	}

}
