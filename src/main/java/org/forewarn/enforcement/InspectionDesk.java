package org.forewarn.enforcement;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.forewarn.audit.AuditEntry;
import org.forewarn.audit.AuditTrail;
import org.forewarn.enterprise.EnterpriseSummary;
import org.forewarn.hazard.Channel;
import org.forewarn.hazard.Grade;
import org.forewarn.hazard.HazardSignal;
import org.forewarn.platform.Coordinates;
import org.forewarn.platform.TextPolicy;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.forewarn.platform.Refusal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records an inspection 检查记录: checks every field first (nothing is written for a bad
 * request), numbers it, stores the checklist results, findings and their photos, hands
 * findings marked for the hazard loop to it as {@link HazardSignal}s (taken in after
 * commit), opens an enforcement case for findings marked for one, and links the record to
 * the enterprise — all in one transaction.
 */
@Service
class InspectionDesk {

	static final int MAX_FINDINGS = 50;

	record InspectionSubmission(String uscc, Instant inspectedAt, List<String> inspectors, Double latitude,
			Double longitude, String address, String conclusion, UUID dueId, List<ItemAnswer> checklist,
			List<FindingInput> findings, String caseTitle) {
	}

	record ItemAnswer(String itemCode, Inspections.Result result, String note) {
	}

	/**
	 * @param openHazard report it into the hazard loop (channel 行业检查)
	 * @param openCase open an enforcement case for it (one case per inspection)
	 */
	record FindingInput(String description, String itemCode, String categoryCode, Grade grade, List<UUID> photoIds,
			Boolean openHazard, Boolean openCase) {

		boolean toHazard() {
			return Boolean.TRUE.equals(openHazard);
		}

		boolean toCase() {
			return Boolean.TRUE.equals(openCase);
		}
	}

	record Recorded(Inspections.Inspection inspection, boolean replay) {
	}

	private final Inspections inspections;

	private final Checklists checklists;

	private final Numbering numbering;

	private final EnforcementPolicy policy;

	private final EnterpriseLinks enterprises;

	private final CaseDesk caseDesk;

	private final InspectionPlans plans;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	InspectionDesk(Inspections inspections, Checklists checklists, Numbering numbering, EnforcementPolicy policy,
			EnterpriseLinks enterprises, CaseDesk caseDesk, InspectionPlans plans, AuditTrail audit,
			ApplicationEventPublisher events, Clock clock) {
		this.inspections = inspections;
		this.checklists = checklists;
		this.numbering = numbering;
		this.policy = policy;
		this.enterprises = enterprises;
		this.caseDesk = caseDesk;
		this.plans = plans;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	@Transactional
	Recorded record(InspectionSubmission s, Officer by, String key) {
		CaseDesk.checkKey(key);
		if (key != null) {
			inspections.claimIdempotencyKey(by.username(), key);
			var earlier = inspections.byIdempotencyKey(by.username(), key);
			if (earlier.isPresent()) {
				return new Recorded(earlier.get(), true);
			}
		}
		EnterpriseSummary enterprise = enterprises.require(s.uscc(), "uscc");
		if (enterprise.districtCode() == null) {
			throw new Rejected(Refusal.UNPROCESSABLE, "uscc",
					"Enterprise " + enterprise.uscc() + " has no district on record.");
		}
		policy.checkCovers(by, enterprise.districtCode(), "enterprise " + enterprise.uscc());
		Instant now = clock.instant();
		Instant at = s.inspectedAt() == null ? now : s.inspectedAt();
		if (at.isAfter(now.plusSeconds(600))) {
			throw new Rejected(Refusal.INVALID, "inspectedAt", "An inspection is recorded after it took place.");
		}
		if (s.inspectors() != null && s.inspectors().size() > 10) {
			throw new Rejected(Refusal.INVALID, "inspectors",
					"At most 10 inspectors, not " + s.inspectors().size() + ".");
		}
		List<String> inspectors = s.inspectors() == null ? List.of()
				: s.inspectors().stream().filter(i -> i != null && !i.isBlank()).map(String::strip).distinct().toList();
		if (inspectors.isEmpty()) {
			inspectors = List.of(by.displayName());
		}
		if (inspectors.size() > 10 || inspectors.stream().anyMatch(i -> i.length() > 50)) {
			throw new Rejected(Refusal.INVALID, "inspectors", "At most 10 inspectors of at most 50 characters each.");
		}
		Double lat = s.latitude();
		Double lon = s.longitude();
		if ((lat == null) != (lon == null)) {
			throw new Rejected(Refusal.INVALID, "latitude",
					"Give both latitude and longitude (WGS 84 degrees), or neither.");
		}
		if (lat != null) {
			Coordinates.require(lat, "latitude", lon, "longitude");
		}
		if (lat == null) {
			lat = enterprise.latitude();
			lon = enterprise.longitude();
		}
		CaseDesk.checkText(s.address(), "address", 500);
		CaseDesk.checkText(s.conclusion(), "conclusion", CaseDesk.MAX_TEXT);

		Map<String, Checklists.Item> items = checklists.forEnterprise(enterprise)
			.stream()
			.collect(Collectors.toMap(Checklists.Item::code, Function.identity()));
		List<Inspections.ItemResult> results = new ArrayList<>();
		Set<String> answered = new HashSet<>();
		List<ItemAnswer> answers = s.checklist() == null ? List.of() : s.checklist();
		for (int i = 0; i < answers.size(); i++) {
			ItemAnswer a = answers.get(i);
			String field = "checklist[" + i + "]";
			if (a == null || a.itemCode() == null || !items.containsKey(a.itemCode().strip())) {
				throw new Rejected(Refusal.UNPROCESSABLE, field + ".itemCode",
						"'" + (a == null ? null : a.itemCode())
								+ "' is not an item of this enterprise's checklist (see GET "
								+ "/api/inspection-checklists?uscc=" + enterprise.uscc() + ").");
			}
			if (a.result() == null) {
				throw new Rejected(Refusal.INVALID, field + ".result",
						"Each item has a result: PASS, FAIL or NOT_APPLICABLE.");
			}
			if (!answered.add(a.itemCode().strip())) {
				throw new Rejected(Refusal.INVALID, field + ".itemCode",
						"Item " + a.itemCode() + " is answered twice.");
			}
			CaseDesk.checkText(a.note(), field + ".note", 1000);
			Checklists.Item item = items.get(a.itemCode().strip());
			results.add(
					new Inspections.ItemResult(item.code(), item.text(), a.result(), TextPolicy.blankToNull(a.note())));
		}

		List<FindingInput> inputs = s.findings() == null ? List.of() : s.findings();
		if (inputs.size() > MAX_FINDINGS) {
			throw new Rejected(Refusal.TOO_LARGE, "findings", "At most " + MAX_FINDINGS + " findings per record.");
		}
		for (int i = 0; i < inputs.size(); i++) {
			FindingInput f = inputs.get(i);
			String field = "findings[" + i + "]";
			if (f == null || f.description() == null || f.description().isBlank()) {
				throw new Rejected(Refusal.INVALID, field + ".description", "Describe the finding.");
			}
			CaseDesk.checkText(f.description(), field + ".description", 2000);
			if (f.itemCode() != null && !items.containsKey(f.itemCode().strip())) {
				throw new Rejected(Refusal.UNPROCESSABLE, field + ".itemCode",
						"'" + f.itemCode() + "' is not an item of this enterprise's checklist.");
			}
			if (f.categoryCode() != null && !f.categoryCode().isBlank()
					&& !f.categoryCode().strip().matches("[A-Z][A-Z0-9_]{1,39}")) {
				throw new Rejected(Refusal.INVALID, field + ".categoryCode",
						"'" + f.categoryCode() + "' is not a hazard category code (see GET /api/hazard-categories).");
			}
			if (f.toHazard() && lat == null) {
				throw new Rejected(Refusal.UNPROCESSABLE, field + ".openHazard", "A hazard report needs a "
						+ "place: give the inspection's latitude and longitude (the enterprise has no location on record).");
			}
			if (f.photoIds() != null && f.photoIds().size() > 6) {
				throw new Rejected(Refusal.TOO_LARGE, field + ".photoIds", "At most 6 photos per finding.");
			}
		}

		String number = numbering.inspection(enterprise.districtCode(), now);
		UUID id = UUID.randomUUID();
		if (s.dueId() != null && !plans.completes(s.dueId(), enterprise.uscc(), number)) {
			throw new Rejected(Refusal.UNPROCESSABLE, "dueId", "Due inspection " + s.dueId()
					+ " is not an open due inspection of enterprise " + enterprise.uscc() + ".");
		}
		List<Inspections.Finding> findings = new ArrayList<>();
		List<HazardSignal> signals = new ArrayList<>();
		for (int i = 0; i < inputs.size(); i++) {
			FindingInput f = inputs.get(i);
			int no = i + 1;
			String hazardRef = f.toHazard() ? number + "/" + no : null;
			findings.add(new Inspections.Finding(no, f.description().strip(),
					f.itemCode() == null ? null : f.itemCode().strip(), TextPolicy.blankToNull(f.categoryCode()),
					f.grade() == null ? null : f.grade().name(), hazardRef, f.toCase()));
			if (hazardRef != null) {
				signals.add(new HazardSignal(Channel.INDUSTRY_INSPECTION, hazardRef,
						TextPolicy.blankToNull(f.categoryCode()), f.grade(), lat, lon,
						"【行业检查 " + number + "】" + enterprise.name() + "：" + f.description().strip(), at,
						enterprise.uscc()));
			}
		}
		Inspections.Inspection inspection = new Inspections.Inspection(id, number, enterprise.uscc(), enterprise.name(),
				enterprise.districtCode(), by.departmentCode(), inspectors, at, lat, lon,
				TextPolicy.blankToNull(s.address()), TextPolicy.blankToNull(s.conclusion()), s.dueId(), null,
				by.username(), now);
		try {
			inspections.insert(inspection, by.id(), key, results, findings);
		}
		catch (DuplicateKeyException e) {
			throw new IllegalCaseMove("An inspection with Idempotency-Key '" + key + "' is being recorded; retry.");
		}
		for (int i = 0; i < inputs.size(); i++) {
			List<UUID> photos = inputs.get(i).photoIds() == null ? List.of() : inputs.get(i).photoIds();
			for (UUID photo : photos) {
				if (photo == null || !inspections.attachPhoto(photo, by.username(), id, i + 1)) {
					throw new Rejected(Refusal.UNPROCESSABLE, "findings[" + i + "].photoIds", "Photo " + photo
							+ " is not one you uploaded for a new record (POST /api/inspections/photos).");
				}
			}
		}
		if (inputs.stream().anyMatch(FindingInput::toCase)) {
			String title = TextPolicy.blankToNull(s.caseTitle()) != null ? s.caseTitle().strip()
					: "检查 " + number + " 发现："
							+ abbreviate(inputs.stream()
								.filter(FindingInput::toCase)
								.findFirst()
								.orElseThrow()
								.description()
								.strip(), 60);
			EnforcementCase c = caseDesk.open(enterprise, title,
					inputs.stream()
						.filter(FindingInput::toCase)
						.map(f -> f.description().strip())
						.collect(Collectors.joining("；")),
					by, null);
			inspections.linkCase(id, c.code().value());
			inspection = new Inspections.Inspection(id, number, inspection.uscc(), inspection.enterprise(),
					inspection.districtCode(), inspection.departmentCode(), inspectors, at, lat, lon,
					inspection.address(), inspection.conclusion(), inspection.dueId(), c.code().value(), by.username(),
					now);
		}
		int failed = (int) results.stream().filter(r -> r.result() == Inspections.Result.FAIL).count();
		enterprises.inspection(inspection, failed, findings.size());
		audit.record(AuditEntry.of("enforcement.inspection.record", "inspection:" + number, "success",
				enterprise.uscc() + " items " + results.size() + " failed " + failed + " findings " + findings.size()
						+ " hazards " + signals.size()
						+ (inspection.caseCode() == null ? "" : " case " + inspection.caseCode())));
		signals.forEach(events::publishEvent);
		return new Recorded(inspection, false);
	}

	/**
	 * A finding's photo, uploaded before the record it belongs to (phones upload each
	 * photo as it is taken).
	 */
	record InspectionPhotoReceipt(UUID id, String contentType, int size, String sha256) {
	}

	/**
	 * Checks and keeps a photo until a record attaches it; only its uploader may attach
	 * it.
	 */
	@Transactional
	InspectionPhotoReceipt storePhoto(org.springframework.web.multipart.MultipartFile file, String by) {
		Uploads.Checked photo = Uploads.check(file, Uploads.EvidenceKind.PHOTO, "photo");
		UUID id = inspections.storePhoto(photo, by, clock.instant());
		audit.record(AuditEntry.of("enforcement.inspection.photo", "inspection-photo:" + id, "success",
				photo.contentType() + " " + photo.data().length + " bytes sha256 " + photo.sha256()));
		return new InspectionPhotoReceipt(id, photo.contentType(), photo.data().length, photo.sha256());
	}

	private static String abbreviate(String text, int max) {
		return text.length() <= max ? text : text.substring(0, max) + "…";
	}

}
