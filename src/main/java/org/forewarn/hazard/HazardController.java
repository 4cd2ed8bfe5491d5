package org.forewarn.hazard;

import org.forewarn.platform.Refusal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.forewarn.platform.Coordinates;
import org.forewarn.platform.CurrentUser;
import org.forewarn.platform.OutsideJurisdiction;
import org.forewarn.platform.Role;
import org.forewarn.region.Regions;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Reports from logged-in reporters and machines, and the hazard loop's dashboards:
 * statistics, the map layer, the Heinrich view and the supervision notices addressed to
 * the caller's area.
 */
@RestController
@RequestMapping("/api/hazards")
class HazardController {

	static final String REPORTERS = "hasAnyRole('ADMIN', 'DUTY_OFFICER', 'HANDLER', 'GRID_WORKER', 'INSPECTOR', 'ENTERPRISE', 'RESPONSIBLE_PERSON')";
	static final String VIEWERS = "hasAnyRole('ADMIN', 'DUTY_OFFICER', 'ANALYST', 'COMMANDER', 'HANDLER', 'GRID_WORKER', 'INSPECTOR')";

	record ReportedHazard(Channel channel, String description, Double latitude, Double longitude, String address,
			String category, Grade grade, String enterpriseName, String enterpriseUscc) {
	}

	record ReportReceipt(java.util.UUID reportId, java.util.UUID orderId, String orderCode, boolean duplicate,
			Classified classification, OrderStatus status, String message) {
	}

	record Classified(String category, double confidence, boolean autoRouted) {
	}

	/**
	 * How old a video alarm may be: a gateway that was offline sends its backlog, but not
	 * last year's.
	 */
	static final Duration VIDEO_ALARM_MAX_AGE = Duration.ofDays(30);

	/** How far a gateway's clock may run ahead of ours. */
	static final Duration VIDEO_ALARM_CLOCK_SKEW = Duration.ofMinutes(5);

	record VideoAlarm(String alarmId, String cameraCode, String alarmType, Double latitude, Double longitude,
			Instant occurredAt, String description, Double confidence) {
	}

	private final HazardIntake intake;

	private final OrderSearch search;

	private final Regions regions;

	private final Supervisions supervisions;

	private final Clock clock;

	HazardController(HazardIntake intake, OrderSearch search, Regions regions, Supervisions supervisions, Clock clock) {
		this.intake = intake;
		this.search = search;
		this.regions = regions;
		this.supervisions = supervisions;
		this.clock = clock;
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize(REPORTERS)
	ResponseEntity<ReportReceipt> report(@AuthenticationPrincipal CurrentUser user, @RequestBody ReportedHazard report,
			HttpServletRequest request) {
		return receive(user, report, List.of(), request);
	}

	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@PreAuthorize(REPORTERS)
	ResponseEntity<ReportReceipt> reportWithPhotos(@AuthenticationPrincipal CurrentUser user,
			@RequestPart(value = "report", required = false) ReportedHazard report,
			@RequestPart(value = "photos", required = false) List<MultipartFile> photos, HttpServletRequest request) {
		if (report == null) {
			throw new ReportRejected(Refusal.INVALID, "report",
					"Send the report as a JSON part named 'report' (Content-Type: application/json) and photos as parts named 'photos'.");
		}
		return receive(user, report, photos, request);
	}

	private ResponseEntity<ReportReceipt> receive(CurrentUser user, ReportedHazard report, List<MultipartFile> files,
			HttpServletRequest request) {
		List<Photos.Photo> photos = Photos.check(files == null ? List.of() : new ArrayList<>(files), "photos");
		Channel channel = channel(user, report.channel());
		// an enterprise user reports for the enterprise its account is bound to, whatever
		// the body says
		String uscc = user.has(Role.ENTERPRISE) && user.enterpriseUscc() != null ? user.enterpriseUscc()
				: report.enterpriseUscc();
		HazardIntake.Receipt receipt = intake.take(HazardIntake.Submission.staffReport(channel,
				HazardIntake.Sighting.at(report.description(), report.latitude(), report.longitude(), report.address())
					.classed(report.category(), report.grade()),
				report.enterpriseName(), uscc, request.getRemoteAddr()), photos, Actor.of(user), clock.instant());
		return ResponseEntity.status(HttpStatus.CREATED).body(receipt(receipt));
	}

	/**
	 * The channel a reporter may use follows from their role; the default is the most
	 * likely one.
	 */
	static Channel channel(CurrentUser user, Channel asked) {
		List<Channel> allowed = new ArrayList<>();
		if (user.has(Role.GRID_WORKER)) {
			allowed.add(Channel.GRID_INSPECTION);
		}
		if (user.has(Role.INSPECTOR) || user.has(Role.HANDLER)) {
			allowed.add(Channel.INDUSTRY_INSPECTION);
		}
		if (user.has(Role.ENTERPRISE)) {
			allowed.add(Channel.ENTERPRISE_SELF_REPORT);
		}
		if (user.has(Role.DUTY_OFFICER) || user.has(Role.ADMIN) || user.has(Role.RESPONSIBLE_PERSON)) {
			allowed.add(Channel.DUTY_OFFICE);
			if (user.has(Role.DUTY_OFFICER)) {
				allowed.add(Channel.GRID_INSPECTION); // street duty offices file their
														// own patrols
			}
		}
		if (asked == null) {
			return allowed.getFirst();
		}
		if (!allowed.contains(asked)) {
			throw new ReportRejected(Refusal.UNPROCESSABLE, "channel",
					"Your role reports through " + allowed + ", not " + asked + ".");
		}
		return asked;
	}

	/**
	 * The video-analytics webhook, authenticated by an API key ({@code X-Api-Key}). The
	 * same {@code alarmId} again is answered with the first receipt (200) and stores
	 * nothing.
	 */
	@PostMapping(path = "/video-alarms", consumes = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize("hasRole('INTEGRATION')")
	ResponseEntity<ReportReceipt> videoAlarm(@AuthenticationPrincipal CurrentUser gateway,
			@RequestBody VideoAlarm alarm, HttpServletRequest request) {
		if (alarm.alarmId() == null || alarm.alarmId().isBlank() || alarm.alarmId().length() > 100) {
			throw new ReportRejected(Refusal.INVALID, "alarmId", "alarmId is required (at most 100 characters).");
		}
		if (alarm.latitude() == null || alarm.longitude() == null) {
			throw new ReportRejected(Refusal.INVALID, "latitude",
					"A video alarm needs the camera's latitude and longitude.");
		}
		Coordinates.require(alarm.latitude(), "latitude", alarm.longitude(), "longitude");
		String category = VideoAlarmTypes.category(alarm.alarmType());
		if (category == null) {
			throw new ReportRejected(Refusal.INVALID, "alarmType",
					"Unknown alarmType; a video alarm is one of " + VideoAlarmTypes.codes() + ".");
		}
		Instant now = clock.instant();
		if (alarm.occurredAt() != null && (alarm.occurredAt().isBefore(now.minus(VIDEO_ALARM_MAX_AGE))
				|| alarm.occurredAt().isAfter(now.plus(VIDEO_ALARM_CLOCK_SKEW)))) {
			throw new ReportRejected(Refusal.INVALID, "occurredAt",
					"occurredAt " + alarm.occurredAt() + " is not plausible: an alarm is at most "
							+ VIDEO_ALARM_MAX_AGE.toDays()
							+ " days old and not in the future (check the gateway's clock).");
		}
		if (alarm.cameraCode() != null && alarm.cameraCode().length() > 100) {
			throw new ReportRejected(Refusal.INVALID, "cameraCode", "cameraCode has at most 100 characters.");
		}
		if (alarm.description() != null && alarm.description().length() > 2000) {
			throw new ReportRejected(Refusal.INVALID, "description", "description has at most 2000 characters.");
		}
		if (alarm.confidence() != null && !(alarm.confidence() >= 0 && alarm.confidence() <= 1)) {
			throw new ReportRejected(Refusal.INVALID, "confidence", "confidence is a number from 0 to 1.");
		}
		if (regions.locate(alarm.latitude(), alarm.longitude()).isEmpty()) {
			throw new ReportRejected(Refusal.UNPROCESSABLE, "latitude", "The camera at (" + alarm.latitude() + ", "
					+ alarm.longitude() + ") lies outside " + regions.city().name() + ".");
		}
		String description = "视频智能分析告警：" + VideoAlarmTypes.describe(alarm.alarmType())
				+ (alarm.cameraCode() == null ? "" : "（摄像机 " + alarm.cameraCode() + "）")
				+ (alarm.description() == null || alarm.description().isBlank() ? "" : "。" + alarm.description());
		regions.locate(alarm.latitude(), alarm.longitude()).ifPresent(p -> {
			String region = gateway.jurisdiction().regionCode();
			if (!regions.isWithin(p.district().code(), region) && !region.equals(regions.city().code())
					&& (p.street() == null || !regions.isWithin(p.street().code(), region))) {
				throw new OutsideJurisdiction("location of camera " + alarm.cameraCode());
			}
		});
		HazardIntake.Receipt receipt = intake.take(
				HazardIntake.Submission
					.videoAlarm(HazardIntake.Sighting.at(description, alarm.latitude(), alarm.longitude(), null)
						.classed(category, null), alarm.alarmId().strip(), request.getRemoteAddr()),
				List.of(), Actor.of(gateway), now);
		return ResponseEntity.status(receipt.replay() ? HttpStatus.OK : HttpStatus.CREATED).body(receipt(receipt));
	}

	private static ReportReceipt receipt(HazardIntake.Receipt r) {
		String message = r.duplicate()
				? "已有相同隐患在处理中（" + r.orderCode() + "），本次报告已合并。Linked to open order " + r.orderCode() + "."
				: r.autoRouted()
						? "已生成处置单 " + r.orderCode() + " 并自动派发。Order " + r.orderCode() + " opened and dispatched."
						: "已生成处置单 " + r.orderCode() + "，待值班员分拨。Order " + r.orderCode() + " awaits a dispatcher.";
		return new ReportReceipt(r.reportId(), r.orderId().value(), r.orderCode(), r.duplicate(),
				new Classified(r.category(), r.confidence(), r.autoRouted()), r.status(), message);
	}

	@GetMapping("/stats")
	@PreAuthorize(VIEWERS)
	OrderSearch.HazardStatistics statistics(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(required = false) String within, @RequestParam(defaultValue = "365") int days) {
		return search.statistics(Actor.of(user), within, from(days));
	}

	@GetMapping("/map")
	@PreAuthorize(VIEWERS)
	OrderSearch.HazardPoints map(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(required = false) String within, @RequestParam(defaultValue = "true") boolean open,
			@RequestParam(defaultValue = "5000") int limit) {
		return search.map(Actor.of(user), within, open, limit);
	}

	@GetMapping("/heinrich")
	@PreAuthorize(VIEWERS)
	OrderSearch.HeinrichFigures heinrich(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(required = false) String within, @RequestParam(defaultValue = "365") int days) {
		return search.heinrich(Actor.of(user), within, from(days));
	}

	/**
	 * Supervision notices 督办通报 addressed to the caller's area (or an area inside it),
	 * newest first.
	 */
	@GetMapping("/supervision")
	@PreAuthorize("hasAnyRole('ADMIN', 'DUTY_OFFICER', 'COMMANDER', 'ANALYST')")
	List<Supervisions.SupervisionNotice> supervision(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(defaultValue = "50") int limit) {
		return supervisions.addressedTo(user.jurisdiction().regionCode(), regions.city().code(),
				Math.max(1, Math.min(limit, 500)));
	}

	private Instant from(int days) {
		if (days < 1 || days > 3660) {
			throw new ReportRejected(Refusal.INVALID, "days", "days is between 1 and 3660.");
		}
		return clock.instant().minus(Duration.ofDays(days));
	}

}
