package org.forewarn.enforcement;

import java.util.List;
import java.util.UUID;

import org.forewarn.enterprise.EnterpriseSummary;
import org.forewarn.platform.CurrentUser;
import org.forewarn.platform.TextPolicy;
import org.forewarn.platform.Refusal;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Inspections 检查/巡查: checklists, photos, records, plans and due inspections. */
@RestController
class InspectionController {

	private final Inspections inspections;

	private final InspectionDesk desk;

	private final InspectionPlans plans;

	private final InspectionPlanDesk planDesk;

	private final Checklists checklists;

	private final CaseViews views;

	private final EnterpriseLinks enterprises;

	private final EnforcementPolicy policy;

	private final java.time.Clock clock;

	InspectionController(Inspections inspections, InspectionDesk desk, InspectionPlans plans,
			InspectionPlanDesk planDesk, Checklists checklists, CaseViews views, EnterpriseLinks enterprises,
			EnforcementPolicy policy, java.time.Clock clock) {
		this.inspections = inspections;
		this.desk = desk;
		this.plans = plans;
		this.planDesk = planDesk;
		this.checklists = checklists;
		this.views = views;
		this.enterprises = enterprises;
		this.policy = policy;
		this.clock = clock;
	}

	record InspectionForm(EnterpriseSummary enterprise, List<Checklists.Item> items,
			List<InspectionPlans.DueInspection> due) {
	}

	/**
	 * What the inspect-by-code form needs: the enterprise, its checklist and its open due
	 * inspections.
	 */
	@GetMapping("/api/inspection-checklists")
	@PreAuthorize(EnforcementPolicy.VIEWERS)
	InspectionForm checklist(@AuthenticationPrincipal CurrentUser user, @RequestParam String uscc) {
		Officer officer = Officer.of(user);
		EnterpriseSummary enterprise;
		try {
			enterprise = enterprises.require(uscc, "uscc");
		}
		catch (Rejected rejected) {
			throw rejected.refusal() == Refusal.UNPROCESSABLE
					? new Rejected(Refusal.NOT_FOUND, "uscc", rejected.getMessage()) : rejected;
		}
		policy.checkCovers(officer, enterprise.districtCode(), "enterprise " + enterprise.uscc());
		List<InspectionPlans.DueInspection> due = plans
			.due(null, java.util.Optional.of(List.of(enterprise.districtCode())), true, 500, 0)
			.stream()
			.filter(d -> d.uscc().equals(enterprise.uscc()))
			.toList();
		return new InspectionForm(enterprise, checklists.forEnterprise(enterprise), due);
	}

	/**
	 * A photo for a finding, uploaded before the record (phones upload each photo as it
	 * is taken).
	 */
	@PostMapping(path = "/api/inspections/photos", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@PreAuthorize(EnforcementPolicy.OFFICERS)
	ResponseEntity<InspectionDesk.InspectionPhotoReceipt> photo(@AuthenticationPrincipal CurrentUser user,
			@RequestPart(value = "photo", required = false) MultipartFile file) {
		return ResponseEntity.status(HttpStatus.CREATED).body(desk.storePhoto(file, user.username()));
	}

	@GetMapping("/api/inspection-photos/{id}")
	@PreAuthorize(EnforcementPolicy.VIEWERS)
	ResponseEntity<byte[]> photo(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
		Inspections.PhotoData photo = inspections.photo(id).orElseThrow(() -> new NotFound("photo " + id));
		if (photo.inspectionId() == null) {
			if (!photo.uploadedBy().equals(user.username())) {
				throw new NotFound("photo " + id);
			}
		}
		else {
			policy.checkCovers(Officer.of(user), inspections.districtOf(photo.inspectionId()), "photo " + id);
		}
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(photo.contentType()))
			.cacheControl(CacheControl.noCache().cachePrivate())
			.header("X-Content-Type-Options", "nosniff")
			.body(photo.data());
	}

	@PostMapping("/api/inspections")
	@PreAuthorize(EnforcementPolicy.OFFICERS)
	ResponseEntity<CaseViews.InspectionView> record(@AuthenticationPrincipal CurrentUser user,
			@RequestBody InspectionDesk.InspectionSubmission submission,
			@RequestHeader(name = "Idempotency-Key", required = false) String key) {
		InspectionDesk.Recorded recorded = desk.record(submission, Officer.of(user), key);
		return ResponseEntity.status(recorded.replay() ? HttpStatus.OK : HttpStatus.CREATED)
			.header("Idempotent-Replayed", String.valueOf(recorded.replay()))
			.body(views.of(inspections.byNumber(recorded.inspection().number()).orElseThrow()));
	}

	@GetMapping("/api/inspections")
	@PreAuthorize(EnforcementPolicy.VIEWERS)
	List<CaseViews.InspectionRow> list(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(required = false) String region, @RequestParam(required = false) String uscc,
			@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size) {
		int limit = Math.clamp(size, 1, 200);
		return inspections
			.list(policy.districts(Officer.of(user), region), TextPolicy.blankToNull(EnterpriseLinks.normalise(uscc)),
					TextPolicy.blankToNull(q), limit, Paging.offset(page, limit))
			.stream()
			.map(views::row)
			.toList();
	}

	@GetMapping("/api/inspections/{number}")
	@PreAuthorize(EnforcementPolicy.VIEWERS)
	CaseViews.InspectionView detail(@AuthenticationPrincipal CurrentUser user, @PathVariable String number) {
		Inspections.Inspection inspection = inspections.byNumber(number.strip().toUpperCase())
			.orElseThrow(() -> new NotFound("inspection " + number));
		policy.checkCovers(Officer.of(user), inspection.districtCode(), "inspection " + inspection.number());
		return views.of(inspection);
	}

	// plans

	record PlanView(InspectionPlans.Plan plan, InspectionPlans.PlanCounts counts) {
	}

	@PostMapping("/api/inspection-plans")
	@PreAuthorize(EnforcementPolicy.OFFICERS)
	ResponseEntity<PlanView> createPlan(@AuthenticationPrincipal CurrentUser user,
			@RequestBody InspectionPlanDesk.Planning planning) {
		InspectionPlans.Plan plan = planDesk.create(planning, Officer.of(user));
		return ResponseEntity.status(HttpStatus.CREATED).body(new PlanView(plan, plans.counts(plan.id(), today())));
	}

	@GetMapping("/api/inspection-plans")
	@PreAuthorize(EnforcementPolicy.VIEWERS)
	List<PlanView> plans(@AuthenticationPrincipal CurrentUser user) {
		Officer officer = Officer.of(user);
		return plans.all()
			.stream()
			.filter(p -> planDesk.visible(p, officer))
			.map(p -> new PlanView(p, plans.counts(p.id(), today())))
			.toList();
	}

	@PostMapping("/api/inspection-plans/{id}/generate")
	@PreAuthorize(EnforcementPolicy.OFFICERS)
	InspectionPlanDesk.Generated generate(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@RequestParam(defaultValue = "30") int horizonDays) {
		return planDesk.generate(id, horizonDays, Officer.of(user));
	}

	@GetMapping("/api/inspection-plans/{id}/due")
	@PreAuthorize(EnforcementPolicy.VIEWERS)
	List<InspectionPlans.DueInspection> due(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@RequestParam(defaultValue = "false") boolean open, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "100") int size) {
		Officer officer = Officer.of(user);
		InspectionPlans.Plan plan = plans.find(id).orElseThrow(() -> new NotFound("inspection plan " + id));
		planDesk.checkVisible(plan, officer);
		int limit = Math.clamp(size, 1, 500);
		return plans.due(id, policy.districts(officer), open, limit, Paging.offset(page, limit));
	}

	private java.time.LocalDate today() {
		return clock.instant().atZone(Numbering.CHINA).toLocalDate();
	}

}
