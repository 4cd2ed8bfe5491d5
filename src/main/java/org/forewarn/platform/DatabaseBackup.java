package org.forewarn.platform;

import java.io.IOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.postgresql.Driver;

/**
 * Backup and restore of the embedded database with nothing but the JDK: the embedded
 * PostgreSQL ships only {@code initdb}, {@code pg_ctl} and {@code postgres} (no
 * {@code pg_dump}, no {@code pg_basebackup}), so the backup is PostgreSQL's low-level
 * base backup driven over JDBC (ADR 0012):
 *
 * <ol>
 * <li>a temporary physical replication slot keeps every WAL segment from now on, so none
 * needed by the copy is recycled while it runs;</li>
 * <li>{@code pg_backup_start} (with a fast checkpoint), then the data directory is copied
 * file by file while the platform keeps working (a page torn by a concurrent write is
 * repaired by replaying the WAL: the server writes full pages during a backup);</li>
 * <li>{@code pg_backup_stop} returns the {@code backup_label} that tells the restored
 * server where to start replaying, and the WAL segments from the start to the stop are
 * copied.</li>
 * </ol>
 *
 * The backup folder is itself a data directory: restoring is copying it to a fresh place,
 * and the first start replays the WAL up to the end of the backup, giving the database as
 * it was when the backup finished. Run from the command line
 * ({@code java -jar forewarn.jar backup|restore …}, see README).
 */
public final class DatabaseBackup {

	static final String DEFAULT_DATA_DIRECTORY = "data/postgres";
	static final String DEFAULT_BACKUPS = "data/backups";

	private static final String DATA_DIR_OPTION = "--forewarn.embedded-db.data-dir=";

	/**
	 * Contents PostgreSQL recreates at start or that belong to the running server only
	 * (PostgreSQL docs 26.3.3).
	 */
	private static final Set<String> EMPTIED = Set.of("pg_wal", "pg_replslot", "pg_dynshmem", "pg_notify", "pg_serial",
			"pg_snapshots", "pg_stat_tmp", "pg_subtrans");

	private static final Set<String> SKIPPED = Set.of("postmaster.pid", "postmaster.opts", "epg-lock", "backup_label",
			"tablespace_map", "backup_label.old", "tablespace_map.old", "current_logfiles");

	private static final Pattern START_WAL = Pattern.compile("START WAL LOCATION: \\S+ \\(file ([0-9A-F]{24})\\)");

	private static final Pattern SEGMENT = Pattern.compile("[0-9A-F]{24}");

	/** What a backup did. */
	record Made(Path folder, boolean online, String startSegment, String stopSegment, long bytes) {
	}

	private DatabaseBackup() {
	}

	/** Whether the command line asks for a database command instead of the platform. */
	public static boolean isCommand(String[] args) {
		return args.length > 0 && (args[0].equals("backup") || args[0].equals("restore"));
	}

	/**
	 * {@code backup [folder] [--forewarn.embedded-db.data-dir=…]} or
	 * {@code restore <folder> [--forewarn.embedded-db.data-dir=…]}.
	 * @return the process exit code
	 */
	public static int run(String[] args) {
		// the same setting the platform reads: option, else environment, else the default
		String configured = System.getenv("FOREWARN_EMBEDDED_DB_DATA_DIR");
		Path dataDirectory = Path.of(configured == null || configured.isBlank() ? DEFAULT_DATA_DIRECTORY : configured);
		List<String> positional = new ArrayList<>();
		for (String arg : args) {
			if (arg.startsWith(DATA_DIR_OPTION)) {
				dataDirectory = Path.of(arg.substring(DATA_DIR_OPTION.length()));
			}
			else if (!arg.startsWith("--")) {
				positional.add(arg);
			}
		}
		dataDirectory = dataDirectory.toAbsolutePath().normalize();
		try {
			if (positional.get(0).equals("backup")) {
				Path folder = positional.size() > 1 ? Path.of(positional.get(1)) : Path.of(DEFAULT_BACKUPS,
						LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
				Made made = backup(dataDirectory, folder.toAbsolutePath().normalize());
				System.out.printf("Backed up %s (%s, WAL %s to %s, %,d MB) to %s%n", dataDirectory,
						made.online() ? "online, while the platform ran" : "offline copy, no server was running",
						made.startSegment(), made.stopSegment(), made.bytes() / (1024 * 1024), made.folder());
				return 0;
			}
			if (positional.size() < 2) {
				System.err.println("usage: restore <backup folder> [--forewarn.embedded-db.data-dir=data/postgres]");
				return 2;
			}
			restore(Path.of(positional.get(1)).toAbsolutePath().normalize(), dataDirectory);
			System.out.printf("Restored %s into %s; start the platform as usual (it replays the backup's WAL first).%n",
					positional.get(1), dataDirectory);
			return 0;
		}
		catch (IllegalStateException | IOException | SQLException ex) {
			System.err.println(positional.get(0) + " failed: " + ex.getMessage());
			return 1;
		}
	}

	/**
	 * Backs up the embedded database of {@code dataDirectory} into {@code folder} (which
	 * must not exist or be empty): online through the running server, or a plain copy
	 * when no server runs on it.
	 */
	static Made backup(Path dataDirectory, Path folder) throws IOException, SQLException {
		if (!Files.exists(dataDirectory.resolve("PG_VERSION"))) {
			throw new IllegalStateException("no embedded database in " + dataDirectory);
		}
		prepareEmpty(folder);
		Optional<ProcessHandle> server = LeftoverPostmaster.of(dataDirectory);
		if (server.isEmpty()) {
			if (Files.exists(dataDirectory.resolve("postmaster.pid"))) {
				throw new IllegalStateException("postmaster.pid in " + dataDirectory
						+ " names no running server: the last run was killed; start the platform once (it recovers), then back up");
			}
			long bytes = copyTree(dataDirectory, folder, true);
			return new Made(folder, false, "", "", bytes);
		}
		int port = LeftoverPostmaster.PidFile.in(dataDirectory).orElseThrow().port();
		Properties user = new Properties();
		user.setProperty("user", "postgres");
		// the driver itself rather than DriverManager: the jar's launcher class loader
		// need not be the system one
		try (Connection connection = new Driver().connect("jdbc:postgresql://127.0.0.1:" + port + "/postgres", user)) {
			try (Statement statement = connection.createStatement()) {
				// temporary: dropped when this session ends, even if the backup fails
				// half-way
				statement.execute("select pg_create_physical_replication_slot('forewarn_backup_"
						+ ProcessHandle.current().pid() + "', true, true)");
				statement.execute("select pg_backup_start('forewarn backup to " + folder.getFileName() + "', true)");
			}
			long bytes;
			String label;
			String map;
			String stopSegment;
			try {
				bytes = copyTree(dataDirectory, folder, false);
			}
			finally {
				try (Statement statement = connection.createStatement();
						ResultSet stop = statement.executeQuery(
								"select labelfile, spcmapfile, pg_walfile_name(lsn) from pg_backup_stop(false)")) {
					stop.next();
					label = stop.getString(1);
					map = stop.getString(2);
					stopSegment = stop.getString(3);
				}
			}
			try (PreparedStatement statement = connection.prepareStatement("select pg_switch_wal()")) {
				// completes the segment holding the end of the backup, so the copy below
				// has all of it
				statement.execute();
			}
			Matcher start = START_WAL.matcher(label);
			if (!start.find()) {
				throw new IllegalStateException("unexpected backup label: " + label);
			}
			String startSegment = start.group(1);
			bytes += copyWal(dataDirectory.resolve("pg_wal"), folder.resolve("pg_wal"), startSegment, stopSegment);
			Files.writeString(folder.resolve("backup_label"), label);
			if (map != null && !map.isEmpty()) {
				Files.writeString(folder.resolve("tablespace_map"), map);
			}
			return new Made(folder, true, startSegment, stopSegment, bytes);
		}
	}

	/**
	 * Restores a backup folder into {@code dataDirectory}, which must be new or empty (a
	 * fresh {@code ./data}): the platform's next start on it replays the backup's WAL and
	 * has the database as it was when the backup ended.
	 */
	static void restore(Path folder, Path dataDirectory) throws IOException {
		if (!Files.exists(folder.resolve("PG_VERSION"))) {
			throw new IllegalStateException(folder + " is not a backup made by 'backup' (no PG_VERSION)");
		}
		if (LeftoverPostmaster.of(dataDirectory).isPresent()) {
			throw new IllegalStateException(
					"a database server is running on " + dataDirectory + "; stop the platform first");
		}
		prepareEmpty(dataDirectory);
		copyTree(folder, dataDirectory, true); // with the backup's WAL: the start replays
												// it
		if (Files.exists(folder.resolve("backup_label"))) {
			Files.copy(folder.resolve("backup_label"), dataDirectory.resolve("backup_label"),
					StandardCopyOption.REPLACE_EXISTING);
		}
		if (Files.exists(folder.resolve("tablespace_map"))) {
			Files.copy(folder.resolve("tablespace_map"), dataDirectory.resolve("tablespace_map"),
					StandardCopyOption.REPLACE_EXISTING);
		}
	}

	/**
	 * Creates the folder owner-only (PostgreSQL refuses a data directory others can
	 * read), refusing a non-empty one.
	 */
	private static void prepareEmpty(Path folder) throws IOException {
		if (Files.isDirectory(folder)) {
			try (Stream<Path> entries = Files.list(folder)) {
				if (entries.findAny().isPresent()) {
					throw new IllegalStateException(folder + " is not empty; choose a new folder or move it away");
				}
			}
		}
		else if (Files.exists(folder)) {
			throw new FileAlreadyExistsException(folder.toString());
		}
		Files.createDirectories(folder);
		Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
	}

	/**
	 * Copies a data directory: the server's own runtime files are skipped, the folders it
	 * fills at start are created empty; with {@code withWal} (an offline copy) the WAL is
	 * copied as well. A file the server deletes while it is being copied is not needed by
	 * the backup (the WAL replay recreates or drops it). A restore copies a backup's WAL.
	 */
	private static long copyTree(Path from, Path to, boolean withWal) throws IOException {
		long[] bytes = { 0 };
		Files.walkFileTree(from, new SimpleFileVisitor<>() {
			@Override
			public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) throws IOException {
				Path relative = from.relativize(dir);
				Files.createDirectories(to.resolve(relative.toString()));
				if (relative.getNameCount() == 1 && EMPTIED.contains(relative.toString())
						&& !(withWal && relative.toString().equals("pg_wal"))) {
					if (relative.toString().equals("pg_wal")) {
						Files.createDirectories(to.resolve("pg_wal").resolve("archive_status"));
					}
					return FileVisitResult.SKIP_SUBTREE;
				}
				return FileVisitResult.CONTINUE;
			}

			@Override
			public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
				Path relative = from.relativize(file);
				String name = file.getFileName().toString();
				if ((relative.getNameCount() == 1 && SKIPPED.contains(name)) || name.startsWith("pgsql_tmp")) {
					return FileVisitResult.CONTINUE;
				}
				try {
					Files.copy(file, to.resolve(relative.toString()), StandardCopyOption.REPLACE_EXISTING);
					bytes[0] += attributes.size();
				}
				catch (NoSuchFileException deletedMeanwhile) {
					// dropped by the server while copying: the WAL replay drops it again
				}
				return FileVisitResult.CONTINUE;
			}

			@Override
			public FileVisitResult visitFileFailed(Path file, IOException ex) throws IOException {
				if (ex instanceof NoSuchFileException) {
					return FileVisitResult.CONTINUE;
				}
				throw ex;
			}

			@Override
			public FileVisitResult postVisitDirectory(Path dir, IOException ex) throws IOException {
				if (ex != null && !(ex instanceof NoSuchFileException) && !(ex instanceof DirectoryNotEmptyException)) {
					throw ex;
				}
				return FileVisitResult.CONTINUE;
			}
		});
		return bytes[0];
	}

	/**
	 * The WAL segments from the backup's start to its stop (names sort in WAL order on
	 * one timeline), and history files.
	 */
	private static long copyWal(Path wal, Path target, String startSegment, String stopSegment) throws IOException {
		long bytes = 0;
		Files.createDirectories(target.resolve("archive_status"));
		try (Stream<Path> files = Files.list(wal)) {
			for (Path file : files.toList()) {
				String name = file.getFileName().toString();
				boolean segment = SEGMENT.matcher(name).matches() && name.compareTo(startSegment) >= 0
						&& name.compareTo(stopSegment) <= 0;
				if (segment || name.endsWith(".history")) {
					try {
						Files.copy(file, target.resolve(name), StandardCopyOption.REPLACE_EXISTING);
						bytes += Files.size(file);
					}
					catch (NoSuchFileException recycled) {
						throw new IOException("WAL segment " + name + " was recycled during the backup", recycled);
					}
				}
			}
		}
		if (!Files.exists(target.resolve(stopSegment))) {
			throw new IllegalStateException("WAL segment " + stopSegment + " is missing from the backup");
		}
		return bytes;
	}

}
