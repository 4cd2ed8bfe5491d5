package org.forewarn.monitoring;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;

import org.forewarn.organisation.Departments;
import org.forewarn.organisation.ManagedObjectCatalogue;
import org.forewarn.platform.DemoLoad;
import org.forewarn.platform.StartupNote;
import org.forewarn.region.RegionSummary;
import org.forewarn.region.Regions;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Registers the demo monitoring network (demo mode, Shenzhen only): about 1,500 stations,
 * see {@link StationNetwork}. Loaded once per {@link #DEMO_VERSION} through
 * {@link DemoLoad} (marker table {@code monitoring_demo_load}); stations have natural
 * codes inserted with {@code on conflict do nothing}. Runs after the organisation's demo
 * data (order 51), whose reservoirs and rivers the water-level stations watch.
 */
@Component
@Order(70)
class MonitoringDemoData implements ApplicationRunner, StartupNote {

	static final int DEMO_VERSION = 1;
	static final long SEED = 20260601L;

	/** The advisory lock of this loader. */
	static final long LOCK = 7340;

	private final Regions regions;

	private final Departments departments;

	private final ManagedObjectCatalogue waters;

	private final Stations stations;

	private final DemoLoad demo;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private String note = "";

	MonitoringDemoData(Regions regions, Departments departments, ManagedObjectCatalogue waters, Stations stations,
			DemoLoad demo, JdbcTemplate jdbc, Clock clock) {
		this.regions = regions;
		this.departments = departments;
		this.waters = waters;
		this.stations = stations;
		this.demo = demo;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!demo.enabled() || !"440300".equals(regions.city().code())) {
			note = " Monitoring: %d stations".formatted(stations.count());
			return;
		}
		DemoLoad.Outcome outcome = demo.once("Monitoring demo network", LOCK, this::loaded,
				() -> new StationNetwork(regions.city().code(), SEED, regions::locate,
						code -> regions.ancestry(code).stream().map(RegionSummary::code).toList(),
						code -> departments.find(code).isPresent())
					.generate(waters.all()),
				(List<Station> network) -> {
					int n = stations.register(network, clock.instant());
					jdbc.update("insert into monitoring_demo_load (version, loaded_at, stations) values (?, ?, ?)"
							+ " on conflict do nothing", DEMO_VERSION, Timestamp.from(clock.instant()), n);
					return n;
				});
		if (outcome.alreadyLoaded()) {
			note = " Monitoring: %d stations (demo network already present)".formatted(stations.count());
			return;
		}
		stations.reload();
		note = " Monitoring: %d stations (demo network registered in %d ms)".formatted(stations.count(),
				outcome.total().toMillis());
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
