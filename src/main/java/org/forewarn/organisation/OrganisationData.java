package org.forewarn.organisation;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.forewarn.platform.BulkCopy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.forewarn.platform.DemoMode;
import org.forewarn.platform.StartupNote;
import org.forewarn.region.RegionLevel;
import org.forewarn.region.RegionSummary;
import org.forewarn.region.Regions;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the organisation at start-up: the organisation chart (departments, committees, command centres) always,
 * since other modules route work to its departments; the demo people, reservoirs and rivers in demo mode only.
 * Both are idempotent: rows have natural keys and are inserted with {@code on conflict do nothing}, and a marker
 * row makes a restart skip generating the demo data at all. People go in with COPY (about 50,000 rows).
 * Runs before identity's demo accounts (order 60), which refer to these people.
 */
@Component
@Order(50)
class OrganisationData implements ApplicationRunner, StartupNote {

	private static final Logger log = LoggerFactory.getLogger(OrganisationData.class);

	static final int DEMO_VERSION = 1;

	private final Regions regions;
	private final DemoMode demo;
	private final JdbcTemplate jdbc;
	private final DataSource dataSource;
	private final TransactionTemplate transactions;
	private final Clock clock;
	private String note = "";

	OrganisationData(Regions regions, DemoMode demo, JdbcTemplate jdbc, DataSource dataSource,
			TransactionTemplate transactions, Clock clock) {
		this.regions = regions;
		this.demo = demo;
		this.jdbc = jdbc;
		this.dataSource = dataSource;
		this.transactions = transactions;
		this.clock = clock;
	}

	static final String SHENZHEN = "440300";

	@Override
	public void run(ApplicationArguments args) {
		OrganisationChart chart = chart();
		transactions.executeWithoutResult(status -> insertChart(chart));
		note = " Organisation: %d departments, %d committees, %d command centres".formatted(chart.departments.size(),
				chart.committees.size(), chart.commandCentres.size());
		if (!demo.enabled()) {
			return;
		}
		if (!SHENZHEN.equals(regions.city().code())) {
			// the demo people and waters are Shenzhen's (real reservoir names, Shenzhen coordinates)
			log.warn("Demo mode: no demo people or reservoirs for city {}; they exist for Shenzhen (440300) only",
					regions.city().code());
			note += "; no demo people for this city (Shenzhen only)";
			return;
		}
		boolean loaded = Boolean.TRUE.equals(jdbc.queryForObject(
				"select exists(select 1 from organisation_demo_load where version = ?)", Boolean.class, DEMO_VERSION));
		if (loaded) {
			log.info("Organisation demo data already present");
			note += "; demo data already present";
			return;
		}
		loadDemo(chart);
	}

	OrganisationChart chart() {
		return new OrganisationChart(regions.city(), regions.children(regions.city().code()));
	}

	/** Generates and inserts the demo data set; inserting it twice adds nothing. Returns the persons inserted. */
	int loadDemo(OrganisationChart chart) {
		long started = System.nanoTime();
		RegionSummary city = regions.city();
		DemoPopulation.Areas areas = new DemoPopulation.Areas(city, regions.children(city.code()),
				regions.descendants(city.code(), RegionLevel.STREET),
				regions.descendants(city.code(), RegionLevel.COMMUNITY),
				regions.descendants(city.code(), RegionLevel.GRID),
				regions.descendants("440304", RegionLevel.GRID).stream().findFirst().map(RegionSummary::code)
					.orElse("440304"));
		List<ManagedObject> objects = new Waterbodies(DemoPopulation.SEED, regions::locate).generate();
		List<Person> people = new DemoPopulation(DemoPopulation.SEED).generate(areas, chart, objects);
		long generated = System.nanoTime();
		int inserted = transactions.execute(status -> {
			jdbc.execute("select pg_advisory_xact_lock(7302)");
			// another instance may have loaded it while this one was generating
			if (Boolean.TRUE.equals(jdbc.queryForObject(
					"select exists(select 1 from organisation_demo_load where version = ?)", Boolean.class,
					DEMO_VERSION))) {
				return 0;
			}
			insertObjects(objects);
			int n = copyPeople(people);
			jdbc.update("insert into organisation_demo_load (version, loaded_at, persons) values (?, ?, ?)"
					+ " on conflict do nothing", DEMO_VERSION, Timestamp.from(clock.instant()), n);
			return n;
		});
		Duration total = Duration.ofNanos(System.nanoTime() - started);
		Duration generating = Duration.ofNanos(generated - started);
		log.info("Organisation demo data: {} of {} persons and {} reservoirs/rivers inserted in {} ms"
				+ " (generating {} ms, writing {} ms)", inserted, people.size(), objects.size(), total.toMillis(),
				generating.toMillis(), total.minus(generating).toMillis());
		note += "; demo data: %d persons, %d reservoirs and rivers loaded in %d ms".formatted(inserted,
				objects.size(), total.toMillis());
		return inserted;
	}

	private void insertChart(OrganisationChart chart) {
		jdbc.batchUpdate("""
				insert into department (code, abbreviation, name, level, region_code, kind, parent_code)
				values (?, ?, ?, ?, ?, ?, ?) on conflict do nothing""", chart.departments, 500, (ps, d) -> {
			ps.setString(1, d.code());
			ps.setString(2, d.abbreviation());
			ps.setString(3, d.name());
			ps.setString(4, d.level().name());
			ps.setString(5, d.regionCode());
			ps.setString(6, d.kind().name());
			ps.setString(7, d.parentCode());
		});
		jdbc.batchUpdate("""
				insert into committee (code, kind, name, level, region_code, office_department_code)
				values (?, ?, ?, ?, ?, ?) on conflict do nothing""", chart.committees, 500, (ps, c) -> {
			ps.setString(1, c.code());
			ps.setString(2, c.kind().name());
			ps.setString(3, c.name());
			ps.setString(4, c.level().name());
			ps.setString(5, c.regionCode());
			ps.setString(6, c.officeDepartmentCode());
		});
		List<String[]> members = chart.committees.stream()
			.flatMap(c -> c.members().stream().map(m -> new String[] { c.code(), m.departmentCode(), m.position() }))
			.toList();
		jdbc.batchUpdate("""
				insert into committee_member (committee_code, department_code, position) values (?, ?, ?)
				on conflict do nothing""", members, 1000, (ps, m) -> {
			ps.setString(1, m[0]);
			ps.setString(2, m[1]);
			ps.setString(3, m[2]);
		});
		jdbc.batchUpdate("""
				insert into command_centre (code, name, tier, sector, region_code, department_code)
				values (?, ?, ?, ?, ?, ?) on conflict do nothing""", chart.commandCentres, 100, (ps, c) -> {
			ps.setString(1, c.code());
			ps.setString(2, c.name());
			ps.setString(3, c.tier().name());
			ps.setString(4, c.sector());
			ps.setString(5, c.regionCode());
			ps.setString(6, c.departmentCode());
		});
	}

	private void insertObjects(List<ManagedObject> objects) {
		Map<String, String[]> paths = new HashMap<>();
		jdbc.batchUpdate("""
				insert into managed_object (code, type, name, scale, region_code, region_path, latitude, longitude,
				    flood_limit_level, design_flood_level, warning_level, guarantee_level)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing""", objects, 500, (ps, o) -> {
			String region = o.communityCode() != null ? o.communityCode() : o.streetCode();
			ps.setString(1, o.code());
			ps.setString(2, o.type().name());
			ps.setString(3, o.name());
			ps.setString(4, o.scale());
			ps.setString(5, region);
			ps.setArray(6, ps.getConnection().createArrayOf("text", path(paths, region)));
			ps.setDouble(7, o.latitude());
			ps.setDouble(8, o.longitude());
			ps.setBigDecimal(9, o.floodLimitLevel());
			ps.setBigDecimal(10, o.designFloodLevel());
			ps.setBigDecimal(11, o.warningLevel());
			ps.setBigDecimal(12, o.guaranteeLevel());
		});
	}

	/**
	 * COPY into a temporary table, then one insert that skips rows already present (by id or by phone and role):
	 * COPY's speed with the idempotence of {@code on conflict do nothing}.
	 */
	private int copyPeople(List<Person> people) {
		Map<String, String[]> paths = new HashMap<>();
		StringBuilder csv = new StringBuilder(people.size() * 160);
		String now = Instant.now(clock).toString();
		for (Person p : people) {
			csv.append(p.id()).append(',')
				.append(quote(p.name())).append(',')
				.append(p.role().name()).append(',')
				.append(p.responsibilityType() == null ? "" : p.responsibilityType().name()).append(',')
				.append(p.responsibleFor() == null ? "" : quote(p.responsibleFor())).append(',')
				.append(quote(p.regionCode())).append(',')
				.append(quote("{" + String.join(",", path(paths, p.regionCode())) + "}")).append(',')
				.append(p.departmentCode() == null ? "" : quote(p.departmentCode())).append(',')
				.append(p.phone().value()).append(',')
				.append(now).append('\n');
		}
		// Under the advisory lock an empty table cannot conflict: COPY straight in. Otherwise go through a
		// temporary table so that rows already present are skipped.
		boolean empty = !Boolean.TRUE.equals(jdbc.queryForObject("select exists(select 1 from person)", Boolean.class));
		String table = empty ? "person" : "person_load";
		if (!empty) {
			jdbc.execute("create temporary table person_load (like person including defaults) on commit drop");
		}
		long copied = BulkCopy.copy(dataSource, table + """
				 (id, name, role, responsibility_type, responsible_for, region_code, region_path,
				  department_code, phone, created_at)""", csv);
		return empty ? (int) copied : jdbc.update("insert into person select * from person_load on conflict do nothing");
	}

	private String[] path(Map<String, String[]> cache, String regionCode) {
		return cache.computeIfAbsent(regionCode, code -> {
			String[] path = regions.ancestry(code).stream().map(RegionSummary::code).toArray(String[]::new);
			if (path.length == 0) {
				throw new IllegalStateException("unknown region " + code);
			}
			return path;
		});
	}

	private static String quote(String value) {
		return '"' + value.replace("\"", "\"\"") + '"';
	}

	@Override
	public String text() {
		return note;
	}
}
