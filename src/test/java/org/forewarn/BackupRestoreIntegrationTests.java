package org.forewarn;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The README's backup and restore, as a newcomer runs them (only a JDK): {@code backup}
 * of a running platform into a folder, more work after it, then {@code restore} of the
 * folder into a fresh data directory, and the platform started on it has exactly what it
 * had when the backup was taken.
 */
class BackupRestoreIntegrationTests {

	@Test
	void aBackupOfARunningPlatformRestoredIntoAFreshFolderStartsWithTheRowsItHadThen() throws Exception {
		String name = "backup-" + UUID.randomUUID().toString().substring(0, 8);
		ChildPlatform source = new ChildPlatform(name);
		Path folder = Path.of("target/test-child", name, "backups", "first").toAbsolutePath();
		Map<String, Long> atBackup;
		try {
			source.start(Duration.ofMinutes(3));
			JdbcClient db = source.database();
			readings(db, "RG-BACKUP", 0, 5_000);
			atBackup = RestartIntegrationTests.rowCounts(db);
			assertThat(atBackup.get("reading")).isEqualTo(5_000);

			Process backup = command("backup", folder.toString(),
					"--forewarn.embedded-db.data-dir=" + source.dataDirectory);
			assertThat(backup.waitFor(2, TimeUnit.MINUTES)).isTrue();
			assertThat(backup.exitValue()).as(new String(backup.getInputStream().readAllBytes())).isZero();
			assertThat(folder.resolve("backup_label")).exists();

			// written after the backup: not in it
			readings(db, "RG-BACKUP", 5_000, 1_000);
			assertThat(RestartIntegrationTests.rowCounts(db).get("reading")).isEqualTo(6_000);
		}
		finally {
			source.close();
		}

		ChildPlatform restored = new ChildPlatform(name + "-restored");
		try {
			assertThat(restored.dataDirectory).doesNotExist();
			Process restore = command("restore", folder.toString(),
					"--forewarn.embedded-db.data-dir=" + restored.dataDirectory);
			assertThat(restore.waitFor(2, TimeUnit.MINUTES)).isTrue();
			assertThat(restore.exitValue()).as(new String(restore.getInputStream().readAllBytes())).isZero();

			restored.start(Duration.ofMinutes(2));
			Map<String, Long> after = RestartIntegrationTests.rowCounts(restored.database());
			assertThat(after).isEqualTo(atBackup);
			assertThat(restored.database()
				.sql("select count(*) from reading where station_code = 'RG-BACKUP' and value = 4999")
				.query(Long.class)
				.single()).isOne();

			// restoring over a database is refused: a restore goes into a fresh folder
			Process again = command("restore", folder.toString(),
					"--forewarn.embedded-db.data-dir=" + restored.dataDirectory);
			assertThat(again.waitFor(1, TimeUnit.MINUTES)).isTrue();
			assertThat(again.exitValue()).isNotZero();
			assertThat(new String(again.getInputStream().readAllBytes())).contains("running on", "stop the platform");
		}
		finally {
			restored.close();
		}
	}

	/**
	 * A station and {@code n} of its readings, written straight into the platform's
	 * database.
	 */
	private static void readings(JdbcClient db, String station, int from, int n) {
		db.sql("""
				insert into station (code, type, name, latitude, longitude, district_code, region_path, created_at)
				values (:code, 'RAIN_GAUGE', '备份测试雨量站', 22.54, 114.05, '440304', array['440300', '440304'], now())
				on conflict do nothing""").param("code", station).update();
		db.sql("""
				insert into reading (station_code, metric, ts, value)
				select :code, 'rainfall_5m', date_trunc('hour', now()) - interval '1 hour' + make_interval(secs => i), i
				  from generate_series(:from, :to) i""")
			.param("code", station)
			.param("from", from)
			.param("to", from + n - 1)
			.update();
	}

	/**
	 * {@code java -cp … org.forewarn.ForewarnApplication backup|restore …}, as the README
	 * runs it from the jar.
	 */
	private static Process command(String... args) throws Exception {
		List<String> command = new ArrayList<>(
				List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
						System.getProperty("java.class.path"), ForewarnApplication.class.getName()));
		command.addAll(List.of(args));
		Files.createDirectories(Path.of("target/test-logs"));
		return new ProcessBuilder(command).redirectErrorStream(true).start();
	}

}
