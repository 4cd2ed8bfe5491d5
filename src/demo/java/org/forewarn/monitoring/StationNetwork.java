package org.forewarn.monitoring;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.function.Predicate;

import org.forewarn.organisation.ManagedObjectSummary;
import org.forewarn.organisation.ManagedObjectType;
import org.forewarn.region.Placement;
import org.forewarn.region.RegionSummary;

/**
 * The demo city's monitoring network: rain gauges on a regular grid over the city (every
 * grid point on land), a water-level station at every reservoir and river with the
 * object's characteristic levels, and city-lifeline sensors (gas, water-supply pressure,
 * bridge strain, drainage level) at random points on land. Deterministic for a seed and a
 * region map.
 */
final class StationNetwork {

	/** Rain-gauge spacing in degrees (≈ 1.5 km). */
	static final double GAUGE_STEP = 0.015;
	static final double SOUTH = 22.40, NORTH = 23.01, WEST = 113.75, EAST = 115.15;

	/**
	 * Lifeline sensors are scattered over the main part of the city (not the Shenshan
	 * exclave).
	 */
	static final double MAIN_EAST = 114.62, MAIN_NORTH = 22.86, MAIN_SOUTH = 22.45, MAIN_WEST = 113.76;

	static final Map<StationType, Integer> LIFELINE = Map.of(StationType.GAS, 200, StationType.WATER_PRESSURE, 100,
			StationType.BRIDGE_STRAIN, 50, StationType.DRAINAGE_LEVEL, 150);

	/** Where a point lies ({@code Regions::locate}). */
	interface Locator {

		Optional<Placement> locate(double latitude, double longitude);

	}

	private final String cityCode;

	private final Locator locator;

	private final Function<String, List<String>> ancestry;

	private final Predicate<String> departmentExists;

	private final SplittableRandom random;

	private final Map<String, Integer> perStreet = new HashMap<>();

	/**
	 * @param ancestry region code → codes from the city down to it
	 * @param departmentExists whether a department code exists in the organisation
	 */
	StationNetwork(String cityCode, long seed, Locator locator, Function<String, List<String>> ancestry,
			Predicate<String> departmentExists) {
		this.cityCode = cityCode;
		this.locator = locator;
		this.ancestry = ancestry;
		this.departmentExists = departmentExists;
		this.random = new SplittableRandom(seed);
	}

	List<Station> generate(List<ManagedObjectSummary> waters) {
		List<Station> stations = new ArrayList<>();
		int gauge = 0;
		for (double lat = SOUTH; lat <= NORTH; lat += GAUGE_STEP) {
			for (double lon = WEST; lon <= EAST; lon += GAUGE_STEP) {
				double la = round(lat), lo = round(lon);
				Optional<Placement> placement = locator.locate(la, lo);
				if (placement.isPresent() && placement.get().street() != null) {
					gauge++;
					stations.add(station("RG-%04d".formatted(gauge), StationType.RAIN_GAUGE, la, lo, placement.get(),
							cityCode + "-QX", null, null, null, null, null));
				}
			}
		}
		for (ManagedObjectSummary water : waters) {
			Optional<Placement> placement = locator.locate(water.latitude(), water.longitude());
			if (placement.isEmpty() || placement.get().street() == null) {
				continue;
			}
			boolean reservoir = water.type() == ManagedObjectType.RESERVOIR;
			Station s = station("WL-" + water.code(), StationType.WATER_LEVEL, water.latitude(), water.longitude(),
					placement.get(), placement.get().district().code() + "-SW", water.code(),
					reservoir ? decimal(water.floodLimitLevel()) : null,
					reservoir ? decimal(water.designFloodLevel()) : null,
					reservoir ? null : decimal(water.warningLevel()),
					reservoir ? null : decimal(water.guaranteeLevel()));
			stations.add(withName(s, water.name() + "水位站"));
		}
		for (StationType type : List.of(StationType.GAS, StationType.WATER_PRESSURE, StationType.BRIDGE_STRAIN,
				StationType.DRAINAGE_LEVEL)) {
			String prefix = switch (type) {
				case GAS -> "GS";
				case WATER_PRESSURE -> "WP";
				case BRIDGE_STRAIN -> "BS";
				default -> "DL";
			};
			String department = switch (type) {
				case GAS -> "RQ";
				case BRIDGE_STRAIN -> "JT";
				default -> "SW";
			};
			for (int i = 1; i <= LIFELINE.get(type); i++) {
				Placed placed = randomPointOnLand();
				stations.add(station("%s-%04d".formatted(prefix, i), type, placed.latitude, placed.longitude,
						placed.placement, placed.placement.district().code() + "-" + department, null, null, null, null,
						null));
			}
		}
		return stations;
	}

	private record Placed(double latitude, double longitude, Placement placement) {
	}

	private Placed randomPointOnLand() {
		for (int attempt = 0; attempt < 10_000; attempt++) {
			double lat = round(MAIN_SOUTH + random.nextDouble() * (MAIN_NORTH - MAIN_SOUTH));
			double lon = round(MAIN_WEST + random.nextDouble() * (MAIN_EAST - MAIN_WEST));
			Optional<Placement> placement = locator.locate(lat, lon);
			if (placement.isPresent() && placement.get().street() != null) {
				return new Placed(lat, lon, placement.get());
			}
		}
		throw new IllegalStateException("no point on land found: is the region map loaded?");
	}

	private Station station(String code, StationType type, double lat, double lon, Placement placement,
			String department, String objectCode, Double floodLimit, Double design, Double warning, Double guarantee) {
		RegionSummary street = placement.street();
		String deepest = placement.grid() != null ? placement.grid().code()
				: placement.community() != null ? placement.community().code() : street.code();
		String owner = departmentExists.test(department) ? department
				: cityCode + department.substring(department.indexOf('-'));
		int n = perStreet.merge(street.code() + type, 1, Integer::sum);
		String name = street.name() + kind(type) + (n == 1 ? "" : String.valueOf(n));
		Metric metric = Metric.of(type);
		return new Station(code, type, name, lat, lon, placement.district().code(), street.code(),
				placement.community() == null ? null : placement.community().code(),
				placement.grid() == null ? null : placement.grid().code(), ancestry.apply(deepest), owner, objectCode,
				floodLimit, design, warning, guarantee, Map.of(metric.name(), metric));
	}

	private static Station withName(Station s, String name) {
		return new Station(s.code(), s.type(), name, s.latitude(), s.longitude(), s.districtCode(), s.streetCode(),
				s.communityCode(), s.gridCode(), s.regionPath(), s.departmentCode(), s.objectCode(),
				s.floodLimitLevel(), s.designFloodLevel(), s.warningLevel(), s.guaranteeLevel(), s.sensors());
	}

	static String kind(StationType type) {
		return switch (type) {
			case RAIN_GAUGE -> "雨量站";
			case WATER_LEVEL -> "水位站";
			case GAS -> "燃气监测点";
			case WATER_PRESSURE -> "供水压力监测点";
			case BRIDGE_STRAIN -> "桥梁应变监测点";
			case DRAINAGE_LEVEL -> "排水液位监测点";
		};
	}

	private static Double decimal(java.math.BigDecimal value) {
		return value == null ? null : value.doubleValue();
	}

	private static double round(double degrees) {
		return Math.round(degrees * 1_000_000) / 1_000_000.0;
	}

}
