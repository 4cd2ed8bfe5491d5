package org.forewarn.monitoring;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.forewarn.organisation.Departments;
import org.forewarn.organisation.ManagedObjectCatalogue;
import org.forewarn.platform.DemoMode;
import org.forewarn.platform.StartupNote;
import org.forewarn.region.RegionSummary;
import org.forewarn.region.Regions;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Registers the demo monitoring network (demo mode, Shenzhen only): about 1,500 stations, see {@link StationNetwork}.
 * Idempotent: stations have natural codes inserted with {@code on conflict do nothing}, and a marker row makes a
 * restart skip generating them. Runs after the organisation's demo data (order 50), whose reservoirs and rivers the
 * water-level stations watch.
 */
@Component
@Order(70)
class MonitoringData implements ApplicationRunner, StartupNote {

	private static final Logger log = LoggerFactory.getLogger(MonitoringData.class);

	static final int DEMO_VERSION = 1;
	static final long SEED = 20260601L;

	private final Regions regions;
	private final Departments departments;
	private final ManagedObjectCatalogue waters;
	private final Stations stations;
	private final DemoMode demo;
	private final JdbcTemplate jdbc;
	private final TransactionTemplate transactions;
	private final Clock clock;
	private String note = "";

	MonitoringData(Regions regions, Departments departments, ManagedObjectCatalogue waters, Stations stations,
			DemoMode demo, JdbcTemplate jdbc, TransactionTemplate transactions, Clock clock) {
		this.regions = regions;
		this.departments = departments;
		this.waters = waters;
		this.stations = stations;
		this.demo = demo;
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!demo.enabled() || !"440300".equals(regions.city().code())) {
			note = " Monitoring: %d stations".formatted(stations.count());
			return;
		}
		if (loaded()) {
			note = " Monitoring: %d stations (demo network already present)".formatted(stations.count());
			return;
		}
		long started = System.nanoTime();
		List<Station> network = new StationNetwork(regions.city().code(), SEED, regions::locate,
				code -> regions.ancestry(code).stream().map(RegionSummary::code).toList(),
				code -> departments.find(code).isPresent())
			.generate(waters.all());
		Integer inserted = transactions.execute(status -> {
			jdbc.execute("select pg_advisory_xact_lock(7340)");
			if (loaded()) {
				return 0;
			}
			int n = stations.register(network, clock.instant());
			jdbc.update("insert into monitoring_demo_load (version, loaded_at, stations) values (?, ?, ?)"
					+ " on conflict do nothing", DEMO_VERSION, Timestamp.from(clock.instant()), n);
			return n;
		});
		stations.reload();
		long ms = (System.nanoTime() - started) / 1_000_000;
		log.info("Monitoring demo network: {} of {} stations registered in {} ms", inserted, network.size(), ms);
		note = " Monitoring: %d stations (demo network registered in %d ms)".formatted(stations.count(), ms);
	}

	private boolean loaded() {
		return Boolean.TRUE.equals(jdbc.queryForObject(
				"select exists(select 1 from monitoring_demo_load where version = ?)", Boolean.class, DEMO_VERSION));
	}

	@Override
	public String text() {
		return note;
	}
}
