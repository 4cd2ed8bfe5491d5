package org.forewarn.enforcement;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import org.forewarn.audit.AuditEntry;
import org.forewarn.audit.AuditTrail;
import org.forewarn.platform.Attachments;
import org.forewarn.platform.CurrentUser;
import org.forewarn.platform.Refusal;
import org.forewarn.platform.TextPolicy;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
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

/**
 * Enforcement cases under their case code: filing, the list, the case with its chain,
 * moves, evidence, consultations.
 */
@RestController
class CaseController {

	private final Cases cases;

	private final CaseDesk desk;

	private final InvestigationDesk investigationDesk;

	private final CaseViews views;

	private final EnforcementPolicy policy;

	private final AuditTrail audit;

	private final java.time.Clock clock;

	CaseController(Cases cases, CaseDesk desk, InvestigationDesk investigationDesk, CaseViews views,
			EnforcementPolicy policy, AuditTrail audit, java.time.Clock clock) {
		this.cases = cases;
		this.desk = desk;
		this.investigationDesk = investigationDesk;
		this.views = views;
		this.policy = policy;
		this.audit = audit;
		this.clock = clock;
	}

	@PostMapping("/api/enforcement/cases")
	@PreAuthorize(EnforcementPolicy.OFFICERS)
	ResponseEntity<CaseViews.CaseView> file(@AuthenticationPrincipal CurrentUser user,
			@RequestBody CaseDesk.Filing filing,
			@RequestHeader(name = "Idempotency-Key", required = false) String key) {
		Officer officer = Officer.of(user);
		CaseDesk.Filed filed = desk.file(filing, officer, key);
		CaseViews.CaseView view = views.of(cases.find(filed.code()).orElseThrow(), officer);
		return ResponseEntity.status(filed.replay() ? HttpStatus.OK : HttpStatus.CREATED)
			.header("Idempotent-Replayed", String.valueOf(filed.replay()))
			.body(view);
	}

	@GetMapping("/api/enforcement/cases")
	@PreAuthorize(EnforcementPolicy.VIEWERS)
	List<Cases.CaseRow> list(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(required = false) CaseStatus status, @RequestParam(required = false) String region,
			@RequestParam(required = false) String uscc, @RequestParam(required = false) String q,
			@RequestParam(required = false) Boolean overdue, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size) {
		Officer officer = Officer.of(user);
		return cases.list(policy.districts(officer, region), status,
				TextPolicy.blankToNull(EnterpriseLinks.normalise(uscc)), TextPolicy.blankToNull(q), overdue,
				clock.instant(), Math.clamp(size, 1, 200), Paging.offset(page, Math.clamp(size, 1, 200)));
	}

	@GetMapping("/api/enforcement/cases/{caseCode}")
	@PreAuthorize(EnforcementPolicy.VIEWERS)
	CaseViews.CaseView detail(@AuthenticationPrincipal CurrentUser user, @PathVariable String caseCode) {
		Officer officer = Officer.of(user);
		CaseCode code = CaseCode.parse(caseCode);
		EnforcementCase c = cases.find(code).orElseThrow(() -> new NotFound("case with code " + code.value()));
		policy.checkCovers(officer, c.districtCode(), "case " + code.value());
		return views.of(c, officer);
	}

	// The moves: one endpoint and one body per move, each body under its own name in the
	// API document.

	/** Body of {@code investigate}. */
	record InvestigationStart(String note) {
	}

	/** Body of {@code submit}. */
	record CaseSubmission(String note) {
	}

	/** Body of {@code approve}. */
	record CaseApproval(String note) {
	}

	/** Body of {@code return}: why the case goes back to the investigation. */
	record CaseReturn(String note) {
	}

	/** Body of {@code decide}. */
	record PenaltyDecision(PenaltyType penalty, BigDecimal fineAmount, String legalBasis, String note) {
	}

	/** Body of {@code execute}. */
	record DecisionExecution(String note) {
	}

	/** Body of {@code recheck}. */
	record RectificationRecheck(Boolean passed, String note) {
	}

	/** Body of {@code close}. */
	record CaseClosing(String note) {
	}

	@PostMapping("/api/enforcement/cases/{caseCode}/investigate")
	@PreAuthorize(EnforcementPolicy.OFFICERS)
	CaseViews.CaseView investigate(@AuthenticationPrincipal CurrentUser user, @PathVariable String caseCode,
			@RequestBody(required = false) InvestigationStart body) {
		return move(user, caseCode, new CaseCommand.Investigate(body == null ? null : body.note()));
	}

	@PostMapping("/api/enforcement/cases/{caseCode}/submit")
	@PreAuthorize(EnforcementPolicy.OFFICERS)
	CaseViews.CaseView submit(@AuthenticationPrincipal CurrentUser user, @PathVariable String caseCode,
			@RequestBody(required = false) CaseSubmission body) {
		return move(user, caseCode, new CaseCommand.Submit(body == null ? null : body.note()));
	}

	@PostMapping("/api/enforcement/cases/{caseCode}/approve")
	@PreAuthorize(EnforcementPolicy.OFFICERS)
	CaseViews.CaseView approve(@AuthenticationPrincipal CurrentUser user, @PathVariable String caseCode,
			@RequestBody(required = false) CaseApproval body) {
		return move(user, caseCode, new CaseCommand.Approve(body == null ? null : body.note()));
	}

	@PostMapping("/api/enforcement/cases/{caseCode}/return")
	@PreAuthorize(EnforcementPolicy.OFFICERS)
	CaseViews.CaseView returnToInvestigation(@AuthenticationPrincipal CurrentUser user, @PathVariable String caseCode,
			@RequestBody(required = false) CaseReturn body) {
		return move(user, caseCode, new CaseCommand.Return(body == null ? null : body.note()));
	}

	@PostMapping("/api/enforcement/cases/{caseCode}/decide")
	@PreAuthorize(EnforcementPolicy.OFFICERS)
	CaseViews.CaseView decide(@AuthenticationPrincipal CurrentUser user, @PathVariable String caseCode,
			@RequestBody PenaltyDecision body) {
		return move(user, caseCode,
				new CaseCommand.Decide(body.penalty(), body.fineAmount(), body.legalBasis(), body.note()));
	}

	@PostMapping("/api/enforcement/cases/{caseCode}/execute")
	@PreAuthorize(EnforcementPolicy.OFFICERS)
	CaseViews.CaseView execute(@AuthenticationPrincipal CurrentUser user, @PathVariable String caseCode,
			@RequestBody(required = false) DecisionExecution body) {
		return move(user, caseCode, new CaseCommand.Execute(body == null ? null : body.note()));
	}

	@PostMapping("/api/enforcement/cases/{caseCode}/recheck")
	@PreAuthorize(EnforcementPolicy.OFFICERS)
	CaseViews.CaseView recheck(@AuthenticationPrincipal CurrentUser user, @PathVariable String caseCode,
			@RequestBody RectificationRecheck body) {
		if (body.passed() == null) {
			throw new Rejected(Refusal.INVALID, "passed", "Say whether the rectification check passed.");
		}
		return move(user, caseCode, new CaseCommand.Recheck(body.passed(), body.note()));
	}

	@PostMapping("/api/enforcement/cases/{caseCode}/close")
	@PreAuthorize(EnforcementPolicy.OFFICERS)
	CaseViews.CaseView close(@AuthenticationPrincipal CurrentUser user, @PathVariable String caseCode,
			@RequestBody(required = false) CaseClosing body) {
		return move(user, caseCode, new CaseCommand.Close(body == null ? null : body.note()));
	}

	private CaseViews.CaseView move(CurrentUser user, String caseCode, CaseCommand command) {
		Officer officer = Officer.of(user);
		return views.of(desk.move(CaseCode.parse(caseCode), command, officer), officer);
	}

	@PostMapping(path = "/api/enforcement/cases/{caseCode}/evidence", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@PreAuthorize(EnforcementPolicy.OFFICERS)
	ResponseEntity<Cases.Evidence> evidence(@AuthenticationPrincipal CurrentUser user, @PathVariable String caseCode,
			@RequestParam(defaultValue = "DOCUMENT") Uploads.EvidenceKind kind,
			@RequestParam(required = false) String note,
			@RequestPart(value = "file", required = false) MultipartFile file) {
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(desk.addEvidence(CaseCode.parse(caseCode), kind, file, note, Officer.of(user)));
	}

	/**
	 * An evidence file, checked against the SHA-256 taken at upload before it is handed
	 * out; the hash goes with it ({@code Repr-Digest}, RFC 9530, and
	 * {@code X-Evidence-SHA256}).
	 */
	@GetMapping("/api/enforcement/evidence/{id}")
	@PreAuthorize(EnforcementPolicy.VIEWERS)
	ResponseEntity<byte[]> download(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
		Cases.EvidenceFile file = cases.evidenceFile(id).orElseThrow(() -> new NotFound("evidence " + id));
		String code = cases.caseCodeOf(file.caseId()).orElseThrow();
		EnforcementCase c = cases.find(CaseCode.parse(code)).orElseThrow();
		policy.checkCovers(Officer.of(user), c.districtCode(), "case " + code);
		String actual = Attachments.sha256(file.data());
		if (!actual.equals(file.evidence().sha256())) {
			audit.recordIndependently(AuditEntry.of("enforcement.evidence.verify", "case:" + code, "failed",
					"evidence " + id + " sha256 stored " + file.evidence().sha256() + " actual " + actual));
			throw new EvidenceTampered("Evidence " + file.evidence().fileName() + " of case " + code
					+ " does not match the SHA-256 recorded at upload (" + file.evidence().sha256()
					+ "); it is not handed out.");
		}
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.evidence().contentType()))
			.cacheControl(CacheControl.noCache().cachePrivate())
			.header("X-Content-Type-Options", "nosniff")
			.header("X-Evidence-SHA256", actual)
			.header("Repr-Digest", "sha-256=:"
					+ java.util.Base64.getEncoder().encodeToString(java.util.HexFormat.of().parseHex(actual)) + ":")
			.header("Content-Disposition",
					ContentDisposition.attachment()
						.filename(file.evidence().fileName(), java.nio.charset.StandardCharsets.UTF_8)
						.build()
						.toString())
			.body(file.data());
	}

	@PostMapping("/api/enforcement/cases/{caseCode}/consultations")
	@PreAuthorize(EnforcementPolicy.OFFICERS)
	ResponseEntity<Cases.Consultation> consult(@AuthenticationPrincipal CurrentUser user, @PathVariable String caseCode,
			@RequestBody CaseDesk.Consulting consulting) {
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(desk.consult(CaseCode.parse(caseCode), consulting, Officer.of(user)));
	}

	/**
	 * Opens the accident investigation of this case (the body's {@code caseCode} is the
	 * path's).
	 */
	@PostMapping("/api/enforcement/cases/{caseCode}/accident-investigation")
	@PreAuthorize(EnforcementPolicy.OFFICERS)
	ResponseEntity<AccidentInvestigations.Investigation> openInvestigation(@AuthenticationPrincipal CurrentUser user,
			@PathVariable String caseCode, @RequestBody InvestigationDesk.Opening opening) {
		CaseCode code = CaseCode.parse(caseCode);
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(investigationDesk.open(
					new InvestigationDesk.Opening(opening.uscc(), opening.title(), opening.occurredAt(),
							opening.deaths(), opening.injuries(), opening.description(), code.value()),
					Officer.of(user)));
	}

	/** A step of the case flow with the days it may take (0: no limit). */
	record FlowStep(CaseStatus status, String name, long days) {
	}

	/** A penalty a decision may impose. */
	record PenaltyOption(PenaltyType type, String name) {
	}

	/** The case flow as data, for forms: the steps in order and the penalty types. */
	record CaseFlow(List<FlowStep> steps, List<PenaltyOption> penalties) {
	}

	/**
	 * The case flow as data, for forms: steps with their deadlines and the penalty types.
	 */
	@GetMapping("/api/enforcement/case-flow")
	@PreAuthorize(EnforcementPolicy.VIEWERS)
	CaseFlow flow() {
		CaseDeadlines deadlines = cases.deadlines();
		return new CaseFlow(
				java.util.Arrays.stream(CaseStatus.values())
					.map(s -> new FlowStep(s, s.chinese(),
							deadlines.limits().containsKey(s) ? deadlines.limits().get(s).toDays() : 0))
					.toList(),
				java.util.Arrays.stream(PenaltyType.values()).map(p -> new PenaltyOption(p, p.chinese())).toList());
	}

}
