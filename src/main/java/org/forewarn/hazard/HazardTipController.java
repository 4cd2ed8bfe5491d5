package org.forewarn.hazard;

import org.forewarn.platform.Refusal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Tip-offs from the public 群众举报, without login: a tip gets a tracking code, and the code
 * shows the tip's progress — statuses and times only, never names, phone numbers or
 * departments.
 */
@RestController
@RequestMapping("/api/public/hazard-tips")
class HazardTipController {

	record Tip(String description, Double latitude, Double longitude, String address, String contact) {
	}

	record TipReceipt(String trackingCode, OrderStatus status, String statusName, boolean duplicate, String message) {
	}

	record TipProgress(String trackingCode, String status, String statusName, Instant receivedAt,
			List<ProgressStep> steps, Instant closedAt, Resolution resolution) {
	}

	record ProgressStep(String status, String statusName, Instant at) {
	}

	private final HazardIntake intake;

	private final TipRateLimit rateLimit;

	private final HazardReports reports;

	private final DisposalOrders orders;

	private final Clock clock;

	HazardTipController(HazardIntake intake, TipRateLimit rateLimit, HazardReports reports, DisposalOrders orders,
			Clock clock) {
		this.intake = intake;
		this.rateLimit = rateLimit;
		this.reports = reports;
		this.orders = orders;
		this.clock = clock;
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize("permitAll()")
	ResponseEntity<TipReceipt> tip(@RequestBody Tip tip, HttpServletRequest request) {
		return receive(tip, List.of(), request);
	}

	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@PreAuthorize("permitAll()")
	ResponseEntity<TipReceipt> tipWithPhotos(@RequestPart(value = "tip", required = false) Tip tip,
			@RequestPart(value = "photos", required = false) List<MultipartFile> photos, HttpServletRequest request) {
		if (tip == null) {
			throw new ReportRejected(Refusal.INVALID, "tip",
					"Send the tip as a JSON part named 'tip' (Content-Type: application/json) and photos as parts named 'photos'.");
		}
		return receive(tip, photos, request);
	}

	private ResponseEntity<TipReceipt> receive(Tip tip, List<MultipartFile> files, HttpServletRequest request) {
		List<Photos.Photo> photos = Photos.check(files == null ? List.of() : new ArrayList<>(files), "photos");
		rateLimit.acquire(request.getRemoteAddr());
		Actor publicTipster = Actor.machine("public", "群众");
		HazardIntake.Receipt receipt = intake.take(HazardIntake.Submission.publicTip(
				HazardIntake.Sighting.at(tip.description(), tip.latitude(), tip.longitude(), tip.address()),
				tip.contact(), request.getRemoteAddr()), photos, publicTipster, clock.instant());
		String message = receipt.duplicate()
				? "该隐患已有人反映，正在处理中；您的举报已合并。This hazard was already reported and is being handled; your tip was added to it."
				: "举报已受理，请保存查询码。Your tip was received; keep the tracking code.";
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(new TipReceipt(receipt.trackingCode(), receipt.status(), receipt.status().publicName(),
					receipt.duplicate(), message));
	}

	@GetMapping("/{trackingCode}")
	@PreAuthorize("permitAll()")
	TipProgress progress(@PathVariable String trackingCode) {
		String code = trackingCode.strip().toUpperCase();
		HazardReports.Report report = reports.byTrackingCode(code)
			.orElseThrow(() -> new NoSuchOrder("tip with tracking code " + trackingCode));
		DisposalOrder order = orders.find(report.orderId()).orElseThrow();
		List<ProgressStep> steps = new ArrayList<>();
		steps.add(new ProgressStep("RECEIVED", "已受理", report.receivedAt()));
		for (Step step : orders.timeline(order.id())) {
			if (step.at().isBefore(report.receivedAt())) {
				continue; // a duplicate tip sees the order's progress from its own
							// arrival on
			}
			String name = step.to().publicName();
			if (!steps.getLast().statusName().equals(name)) {
				steps.add(new ProgressStep(step.to() == OrderStatus.RETURNED ? "PENDING_DISPATCH" : step.to().name(),
						name, step.at()));
			}
		}
		DisposalOrder.Snapshot s = order.snapshot();
		return new TipProgress(code, s.status() == OrderStatus.RETURNED ? "PENDING_DISPATCH" : s.status().name(),
				s.status().publicName(), report.receivedAt(), steps, s.closedAt(), s.resolution());
	}

}
