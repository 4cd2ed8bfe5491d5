package org.forewarn.region;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The {@link Regions} other modules use, answered from memory. On construction it reads
 * the stored territory; only when none is stored (first start) or it belongs to another
 * city or derivation version does it derive the territory and store it, in one
 * transaction under an advisory lock so concurrent instances derive it once.
 */
@Service
@DependsOnDatabaseInitialization
class RegionCatalogue implements Regions {

	private static final Logger log = LoggerFactory.getLogger(RegionCatalogue.class);

	/** How the territory came into memory on this start. */
	enum Source {

		DATABASE, DERIVED

	}

	private final Territories store;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final String cityCode;

	private volatile Territory territory;

	private volatile Source source;

	RegionCatalogue(Territories store, TransactionTemplate transactions, Clock clock,
			@Value("${forewarn.region.city-code:440300}") String cityCode) {
		this.store = store;
		this.transactions = transactions;
		this.clock = clock;
		this.cityCode = cityCode.strip();
		load();
	}

	/** Loads (or on first start derives and stores) the territory; idempotent. */
	Source load() {
		long started = System.nanoTime();
		Source[] how = new Source[1];
		List<Area> areas = transactions.execute(status -> {
			store.lock();
			var stored = store.stored();
			if (stored.isPresent() && stored.get().cityCode().equals(cityCode)
					&& stored.get().version() == TerritoryDerivation.VERSION) {
				how[0] = Source.DATABASE;
				return store.areas();
			}
			stored
				.ifPresent(s -> log.warn("Stored territory is city {} version {}; deriving city {} version {} instead",
						s.cityCode(), s.version(), cityCode, TerritoryDerivation.VERSION));
			List<Area> derived = TerritoryDerivation.derive(cityCode);
			store.replace(cityCode, TerritoryDerivation.VERSION, derived, clock.instant());
			how[0] = Source.DERIVED;
			return derived;
		});
		this.territory = new Territory(areas);
		this.source = how[0];
		log.info("Region territory of {} {}: {} areas ({} grids with boundaries indexed) in {} ms",
				territory.city().name(), how[0] == Source.DATABASE ? "read from the database" : "derived and stored",
				territory.size(), territory.index().size(), (System.nanoTime() - started) / 1_000_000);
		return how[0];
	}

	Territory territory() {
		return territory;
	}

	Source source() {
		return source;
	}

	@Override
	public Optional<RegionSummary> find(String code) {
		return territory.area(code).map(Area::summary);
	}

	@Override
	public boolean isWithin(String code, String ancestorCode) {
		return code != null && ancestorCode != null && territory.isWithin(code, ancestorCode);
	}

	@Override
	public List<RegionSummary> ancestry(String code) {
		return territory.ancestry(code).stream().map(Area::summary).toList();
	}

	@Override
	public Optional<Placement> locate(double latitude, double longitude) {
		return placement(territory, latitude, longitude);
	}

	static Optional<Placement> placement(Territory territory, double latitude, double longitude) {
		Area grid = territory.index().locate(longitude, latitude);
		if (grid == null) {
			return Optional.empty();
		}
		RegionSummary district = null;
		RegionSummary street = null;
		RegionSummary community = null;
		for (Area area : territory.ancestry(grid.code())) {
			switch (area.level()) {
				case DISTRICT -> district = area.summary();
				case STREET -> street = area.summary();
				case COMMUNITY -> community = area.summary();
				default -> {
				}
			}
		}
		return Optional.of(new Placement(district, street, community, grid.summary()));
	}

	@Override
	public List<RegionSummary> children(String code) {
		return territory.children(code).stream().map(Area::summary).toList();
	}

	@Override
	public List<RegionSummary> descendants(String code, RegionLevel level) {
		return territory.descendants(code, level).stream().map(Area::summary).toList();
	}

	@Override
	public List<RegionSummary> intersecting(Geometry geometry, RegionLevel level) {
		if (geometry == null || geometry.isEmpty()) {
			return List.of();
		}
		var prepared = PreparedGeometryFactory.prepare(geometry);
		var envelope = geometry.getEnvelopeInternal();
		return territory.descendants(territory.city().code(), level)
			.stream()
			.filter(Area::hasBoundary)
			.filter(area -> area.boundary().getEnvelopeInternal().intersects(envelope))
			.filter(area -> prepared.intersects(area.boundary()))
			.map(Area::summary)
			.toList();
	}

	@Override
	public RegionSummary city() {
		return territory.city().summary();
	}

}
