package org.forewarn.monitoring;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.forewarn.platform.CurrentUser;
import org.forewarn.platform.OutsideJurisdiction;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Stations within the caller's jurisdiction, their latest values and their readings. */
@RestController
@RequestMapping("/api/stations")
class StationController {

	/**
	 * Readings ranges longer than this are answered from the hourly aggregates when no
	 * resolution is asked.
	 */
	static final Duration RAW_UP_TO = Duration.ofDays(7);
	static final int MAX_POINTS = 20_000;

	record SensorView(String metric, String unit, Double value, Instant ts) {
	}

	record StationView(String code, StationType type, String name, double latitude, double longitude,
			String districtCode, String streetCode, String communityCode, String gridCode, String departmentCode,
			String objectCode, Double floodLimitLevel, Double designFloodLevel, Double warningLevel,
			Double guaranteeLevel, List<SensorView> sensors, Instant lastReceivedAt) {
	}

	record StationPage(List<StationView> content, long totalElements, int page, int size) {
	}

	record StationReadings(String station, String resolution, Instant from, Instant to, List<Readings.Point> points) {
	}

	private final Stations stations;

	private final LatestValues latest;

	private final Readings store;

	private final Scope scope;

	private final Clock clock;

	StationController(Stations stations, LatestValues latest, Readings store, Scope scope, Clock clock) {
		this.stations = stations;
		this.latest = latest;
		this.store = store;
		this.scope = scope;
		this.clock = clock;
	}

	@GetMapping
	@PreAuthorize(MonitoringAccess.VIEWERS)
	StationPage list(@RequestParam(required = false) StationType type, @RequestParam(required = false) String region,
			@RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
			@RequestParam(defaultValue = "100") @Min(1) @Max(2_000) int size,
			@AuthenticationPrincipal CurrentUser user) {
		if (region != null) {
			scope.require(user, region);
		}
		List<Station> visible = stations.all()
			.stream()
			.filter(s -> type == null || s.type() == type)
			.filter(s -> scope.sees(user, s.regionPath()))
			.filter(s -> region == null || s.regionPath().contains(region))
			.sorted(Comparator.comparing(Station::code))
			.toList();
		List<StationView> content = visible.stream().skip((long) page * size).limit(size).map(this::view).toList();
		return new StationPage(content, visible.size(), page, size);
	}

	@GetMapping("/{code}")
	@PreAuthorize(MonitoringAccess.VIEWERS)
	StationView detail(@PathVariable String code, @AuthenticationPrincipal CurrentUser user) {
		return view(visible(code, user));
	}

	@GetMapping("/{code}/readings")
	@PreAuthorize(MonitoringAccess.VIEWERS)
	StationReadings readings(@PathVariable String code,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant to,
			@RequestParam(required = false) String resolution, @AuthenticationPrincipal CurrentUser user) {
		Station station = visible(code, user);
		Instant end = to != null ? to : clock.instant();
		Instant start = from != null ? from : end.minus(Duration.ofHours(24));
		if (!start.isBefore(end)) {
			throw new IllegalArgumentException("'from' must be before 'to'.");
		}
		String chosen = resolution != null ? resolution
				: Duration.between(start, end).compareTo(RAW_UP_TO) > 0 ? "hourly" : "raw";
		List<Readings.Point> points = switch (chosen) {
			case "raw" -> store.raw(station.code(), start, end, MAX_POINTS);
			case "hourly" -> store.hourly(station.code(), start, end, MAX_POINTS);
			default -> throw new IllegalArgumentException("resolution must be raw or hourly, not '" + chosen + "'.");
		};
		return new StationReadings(station.code(), chosen, start, end, points);
	}

	private Station visible(String code, CurrentUser user) {
		Station station = stations.find(code).orElseThrow(() -> new NotFound("No station " + code + "."));
		if (!scope.sees(user, station.regionPath())) {
			throw new OutsideJurisdiction(code);
		}
		return station;
	}

	private StationView view(Station s) {
		Map<String, LatestValues.Latest> values = latest.of(s.code());
		List<SensorView> sensors = new TreeMap<>(s.sensors()).values().stream().map(m -> {
			LatestValues.Latest l = values.get(m.name());
			return new SensorView(m.name(), m.unit(), l == null ? null : l.value(), l == null ? null : l.ts());
		}).toList();
		return new StationView(s.code(), s.type(), s.name(), s.latitude(), s.longitude(), s.districtCode(),
				s.streetCode(), s.communityCode(), s.gridCode(), s.departmentCode(), s.objectCode(),
				s.floodLimitLevel(), s.designFloodLevel(), s.warningLevel(), s.guaranteeLevel(), sensors,
				latest.lastReceived().get(s.code()));
	}

}
