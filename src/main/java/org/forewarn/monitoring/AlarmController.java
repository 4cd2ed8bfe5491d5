package org.forewarn.monitoring;

import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import org.forewarn.platform.CurrentUser;
import org.forewarn.region.RegionSummary;
import org.forewarn.region.Regions;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Alarms within the caller's jurisdiction: the list (filter by status, area, type,
 * severity, station), one alarm with its history, the verbs (acknowledge, clear, assign,
 * comment, hazard) and the roll-up per area.
 */
@RestController
@RequestMapping("/api/alarms")
class AlarmController {

	record AlarmView(UUID id, String stationCode, String stationName, StationType stationType, String type,
			Severity severity, String signal, Alarm.Status status, String ruleCode, String metric, Double value,
			Double threshold, String districtCode, String streetCode, String communityCode, String gridCode,
			double latitude, double longitude, Instant startedAt, Instant lastAt, int repeats, Instant clearedAt,
			String clearedBy, String clearReason, Instant acknowledgedAt, String acknowledgedBy, UUID assigneeId,
			String assigneeName, Instant assignedAt, boolean hazardOpened) {
	}

	record AlarmDetail(AlarmView alarm, List<Alarms.Entry> history) {
	}

	record AlarmPage(List<AlarmView> content, long totalElements, int page, int size) {
	}

	record ClearRequest(@Size(max = 500, message = "A reason has at most 500 characters.") String reason) {
	}

	record AssignRequest(UUID personId) {
	}

	record CommentRequest(String text) {
	}

	record AreaCount(String code, String name, String level, long active, long unacknowledged,
			Map<Severity, Long> bySeverity) {
	}

	record Summary(AreaCount within, List<AreaCount> areas) {
	}

	private final Alarms alarms;

	private final AlarmDesk desk;

	private final Stations stations;

	private final Regions regions;

	private final Scope scope;

	AlarmController(Alarms alarms, AlarmDesk desk, Stations stations, Regions regions, Scope scope) {
		this.alarms = alarms;
		this.desk = desk;
		this.stations = stations;
		this.regions = regions;
		this.scope = scope;
	}

	/**
	 * {@code status}: ACTIVE (default), CLEARED, ANY, or one of the four states
	 * ACTIVE_UNACK, ACTIVE_ACK, CLEARED_UNACK, CLEARED_ACK. {@code region}: any area
	 * inside the caller's jurisdiction.
	 */
	@GetMapping
	@PreAuthorize(MonitoringAccess.VIEWERS)
	AlarmPage list(@RequestParam(defaultValue = "ACTIVE") String status, @RequestParam(required = false) String region,
			@RequestParam(required = false) String type, @RequestParam(required = false) Severity severity,
			@RequestParam(required = false) String station,
			@RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page,
			@RequestParam(defaultValue = "50") @Min(1) @Max(500) int size, @AuthenticationPrincipal CurrentUser user) {
		if (region != null) {
			scope.require(user, region);
		}
		Boolean activeOnly = switch (status) {
			case "ACTIVE" -> Boolean.TRUE;
			case "CLEARED" -> Boolean.FALSE;
			default -> null;
		};
		Alarm.Status exact = switch (status) {
			case "ACTIVE", "CLEARED", "ANY" -> null;
			default -> {
				try {
					yield Alarm.Status.valueOf(status);
				}
				catch (IllegalArgumentException ex) {
					throw new IllegalArgumentException("status must be ACTIVE, CLEARED, ANY, ACTIVE_UNACK, ACTIVE_ACK,"
							+ " CLEARED_UNACK or CLEARED_ACK, not '" + status + "'.");
				}
			}
		};
		Alarms.Page result = alarms.search(
				new Alarms.Filter(scope.filter(user), region, exact, activeOnly, type, severity, station), page, size);
		return new AlarmPage(result.content().stream().map(this::view).toList(), result.totalElements(), page, size);
	}

	@GetMapping("/{id}")
	@PreAuthorize(MonitoringAccess.VIEWERS)
	AlarmDetail detail(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser user) {
		Alarm alarm = desk.visible(new AlarmId(id), user);
		return new AlarmDetail(view(alarm), alarms.entries(alarm.id()));
	}

	@PostMapping("/{id}/acknowledge")
	@PreAuthorize(MonitoringAccess.HANDLERS)
	AlarmView acknowledge(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser user) {
		return view(desk.acknowledge(new AlarmId(id), user));
	}

	@PostMapping("/{id}/clear")
	@PreAuthorize(MonitoringAccess.HANDLERS)
	AlarmView clear(@PathVariable UUID id, @Valid @RequestBody(required = false) ClearRequest request,
			@AuthenticationPrincipal CurrentUser user) {
		return view(desk.clear(new AlarmId(id), request == null ? null : request.reason(), user));
	}

	@PostMapping("/{id}/assign")
	@PreAuthorize(MonitoringAccess.HANDLERS)
	AlarmView assign(@PathVariable UUID id, @RequestBody AssignRequest request,
			@AuthenticationPrincipal CurrentUser user) {
		if (request == null || request.personId() == null) {
			throw new IllegalArgumentException("personId is required: the person (organisation module) to assign.");
		}
		return view(desk.assign(new AlarmId(id), request.personId(), user));
	}

	@PostMapping("/{id}/comment")
	@PreAuthorize(MonitoringAccess.COMMENTERS)
	Alarms.Entry comment(@PathVariable UUID id, @RequestBody CommentRequest request,
			@AuthenticationPrincipal CurrentUser user) {
		return desk.comment(new AlarmId(id), request == null ? null : request.text(), user);
	}

	@PostMapping("/{id}/hazard")
	@PreAuthorize(MonitoringAccess.HANDLERS)
	AlarmView hazard(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser user) {
		return view(desk.openHazard(new AlarmId(id), user));
	}

	/**
	 * Active alarms per area one level below {@code within} (default: the caller's
	 * jurisdiction).
	 */
	@GetMapping("/summary")
	@PreAuthorize(MonitoringAccess.VIEWERS)
	Summary summary(@RequestParam(required = false) String within, @AuthenticationPrincipal CurrentUser user) {
		String area = within != null ? within : user.jurisdiction().regionCode();
		scope.require(user, area);
		RegionSummary self = regions.find(area).orElseThrow();
		int depth = regions.ancestry(area).size();
		Map<String, long[]> counts = new HashMap<>();
		for (Alarms.Count c : alarms.activeCounts(area, depth)) {
			long[] n = counts.computeIfAbsent(c.regionCode(), k -> new long[2 + Severity.values().length]);
			n[0] += c.n();
			n[1] += c.acknowledged() ? 0 : c.n();
			n[2 + c.severity().ordinal()] += c.n();
		}
		long[] total = new long[2 + Severity.values().length];
		for (Alarms.Count c : alarms.activeCounts(area, depth - 1)) {
			total[0] += c.n();
			total[1] += c.acknowledged() ? 0 : c.n();
			total[2 + c.severity().ordinal()] += c.n();
		}
		List<AreaCount> areas = regions.children(area)
			.stream()
			.map(child -> count(child, counts.getOrDefault(child.code(), new long[2 + Severity.values().length])))
			.toList();
		return new Summary(count(self, total), areas);
	}

	private static AreaCount count(RegionSummary area, long[] n) {
		Map<Severity, Long> bySeverity = new EnumMap<>(Severity.class);
		for (Severity s : Severity.values()) {
			bySeverity.put(s, n[2 + s.ordinal()]);
		}
		return new AreaCount(area.code(), area.name(), area.level().name(), n[0], n[1], bySeverity);
	}

	private AlarmView view(Alarm a) {
		Station s = stations.find(a.stationCode()).orElse(null);
		return new AlarmView(a.id().value(), a.stationCode(), s == null ? null : s.name(), s == null ? null : s.type(),
				a.type(), a.severity(), a.signal(), a.status(), a.ruleCode(), a.metric(), a.value(), a.threshold(),
				s == null ? null : s.districtCode(), s == null ? null : s.streetCode(),
				s == null ? null : s.communityCode(), s == null ? null : s.gridCode(), s == null ? 0 : s.latitude(),
				s == null ? 0 : s.longitude(), a.startedAt(), a.lastAt(), a.repeats(), a.clearedAt(), a.clearedBy(),
				a.clearReason(), a.acknowledgedAt(), a.acknowledgedBy(), a.assigneeId(), a.assigneeName(),
				a.assignedAt(), a.hazardOpened());
	}

}
