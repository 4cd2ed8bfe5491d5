package org.forewarn.enforcement;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.forewarn.audit.AuditEntry;
import org.forewarn.audit.AuditTrail;
import org.forewarn.enterprise.EnterpriseSummary;
import org.springframework.dao.DuplicateKeyException;
import org.forewarn.platform.Refusal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/**
 * Files enforcement cases and makes their moves: each move locks the case, lets the
 * aggregate check it, writes the case, its step, the audit entry and the enterprise's
 * record in one transaction.
 */
@Service
class CaseDesk {

	static final int MAX_TEXT = 4000;

	/**
	 * A case to file: directly, from an inspection, and/or linked to an accident
	 * investigation.
	 */
	record Filing(String uscc, String title, String cause, String inspectionNumber,
			String accidentInvestigationNumber) {
	}

	record Consulting(List<String> experts, String opinion, Instant heldAt) {
	}

	private final Cases cases;

	private final Inspections inspections;

	private final AccidentInvestigations investigations;

	private final Numbering numbering;

	private final EnforcementPolicy policy;

	private final EnterpriseLinks enterprises;

	private final AuditTrail audit;

	private final Clock clock;

	CaseDesk(Cases cases, Inspections inspections, AccidentInvestigations investigations, Numbering numbering,
			EnforcementPolicy policy, EnterpriseLinks enterprises, AuditTrail audit, Clock clock) {
		this.cases = cases;
		this.inspections = inspections;
		this.investigations = investigations;
		this.numbering = numbering;
		this.policy = policy;
		this.enterprises = enterprises;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Files a case; a replay with the same {@code Idempotency-Key} answers with the case
	 * filed the first time.
	 */
	@Transactional
	Filed file(Filing f, Officer by, String key) {
		checkKey(key);
		if (key != null) {
			cases.claimIdempotencyKey(by.username(), key);
			var earlier = cases.codeByIdempotencyKey(by.username(), key);
			if (earlier.isPresent()) {
				return new Filed(CaseCode.parse(earlier.get()), true);
			}
		}
		Inspections.Inspection inspection = null;
		String uscc = f.uscc();
		if (f.inspectionNumber() != null && !f.inspectionNumber().isBlank()) {
			inspection = inspections.lockByNumber(f.inspectionNumber().strip().toUpperCase())
				.orElseThrow(() -> new Rejected(Refusal.UNPROCESSABLE, "inspectionNumber",
						"No inspection with number '" + f.inspectionNumber() + "'."));
			policy.checkCovers(by, inspection.districtCode(), "inspection " + inspection.number());
			if (inspection.caseCode() != null) {
				throw new IllegalCaseMove("Inspection " + inspection.number() + " already belongs to case "
						+ inspection.caseCode() + ".");
			}
			if (uscc != null && !uscc.isBlank() && !EnterpriseLinks.normalise(uscc).equals(inspection.uscc())) {
				throw new Rejected(Refusal.UNPROCESSABLE, "uscc", "Inspection " + inspection.number()
						+ " is of enterprise " + inspection.uscc() + ", not " + uscc + ".");
			}
			uscc = inspection.uscc();
		}
		AccidentInvestigations.Investigation accident = null;
		if (f.accidentInvestigationNumber() != null && !f.accidentInvestigationNumber().isBlank()) {
			accident = investigations.byNumber(f.accidentInvestigationNumber().strip().toUpperCase())
				.orElseThrow(() -> new Rejected(Refusal.UNPROCESSABLE, "accidentInvestigationNumber",
						"No accident investigation with number '" + f.accidentInvestigationNumber() + "'."));
			policy.checkCovers(by, accident.districtCode(), "accident investigation " + accident.number());
			if (uscc != null && !uscc.isBlank() && !EnterpriseLinks.normalise(uscc).equals(accident.uscc())) {
				throw new Rejected(Refusal.UNPROCESSABLE, "accidentInvestigationNumber", "Accident " + "investigation "
						+ accident.number() + " is of enterprise " + accident.uscc() + ", not " + uscc + ".");
			}
			uscc = accident.uscc();
		}
		if (uscc == null || uscc.isBlank()) {
			throw new Rejected(Refusal.INVALID, "uscc",
					"Name the enterprise (uscc) or the inspection or accident investigation the case comes from.");
		}
		EnterpriseSummary enterprise = enterprises.require(uscc, "uscc");
		String title = f.title();
		if ((title == null || title.isBlank()) && inspection != null) {
			title = "检查 " + inspection.number() + " 发现的违法行为";
		}
		if ((title == null || title.isBlank()) && accident != null) {
			title = "事故 " + accident.number() + "：" + accident.title();
		}
		EnforcementCase c = open(enterprise, title, f.cause(), by, key);
		if (inspection != null) {
			inspections.linkCase(inspection.id(), c.code().value());
		}
		if (accident != null && !investigations.link(accident.number(), c.code().value())) {
			throw new IllegalCaseMove("Accident investigation " + accident.number() + " already belongs to case "
					+ accident.caseCode() + ".");
		}
		return new Filed(c.code(), false);
	}

	record Filed(CaseCode code, boolean replay) {
	}

	/**
	 * Opens a case for an enterprise (used by the inspection desk in its own
	 * transaction).
	 */
	EnforcementCase open(EnterpriseSummary enterprise, String title, String cause, Officer by, String key) {
		checkText(title, "title", 200);
		checkText(cause, "cause", MAX_TEXT);
		if (enterprise.districtCode() == null) {
			throw new Rejected(Refusal.UNPROCESSABLE, "uscc", "Enterprise " + enterprise.uscc()
					+ " has no district on record; a case belongs to the district of the enterprise.");
		}
		policy.checkCovers(by, enterprise.districtCode(), "enterprise " + enterprise.uscc());
		Instant now = clock.instant();
		CaseCode code = numbering.caseCode(enterprise.districtCode(), now);
		EnforcementCase c = EnforcementCase.file(UUID.randomUUID(), code, Numbering.caseNumber(code), enterprise.uscc(),
				enterprise.name(), enterprise.districtCode(), by.departmentCode(), title, cause, by, now,
				cases.deadlines());
		try {
			cases.insert(c, key);
		}
		catch (DuplicateKeyException e) {
			throw new IllegalCaseMove(
					"A case with Idempotency-Key '" + key + "' is being filed at this moment; retry.");
		}
		enterprises.enforcementCase(c);
		audit.record(AuditEntry.of("enforcement.case.file", "case:" + code.value(), "success",
				c.caseNumber() + " " + enterprise.uscc() + " " + c.title()));
		return c;
	}

	/**
	 * Makes one move on a case: locks it, checks the officer's jurisdiction, lets the
	 * case check its step (and the four-eyes rule), then writes the case, its step, the
	 * enterprise's record and the audit entry together.
	 */
	@Transactional
	EnforcementCase move(CaseCode code, CaseCommand command, Officer by) {
		EnforcementCase c = cases.lock(code).orElseThrow(() -> new NotFound("case " + code.value()));
		policy.checkCovers(by, c.districtCode(), "case " + code.value());
		checkText(command.note(), "note", MAX_TEXT);
		if (command instanceof CaseCommand.Decide decide) {
			checkText(decide.legalBasis(), "legalBasis", 500);
		}
		Instant now = clock.instant();
		CaseDeadlines deadlines = cases.deadlines();
		try {
			c.apply(command, by, () -> cases.evidenceCount(c.id()), now, deadlines);
		}
		catch (FourEyesViolated refused) {
			// a refused review is recorded too (outliving the rollback), not only the
			// ones that pass
			audit.recordIndependently(AuditEntry.of("enforcement.case." + command.action(), "case:" + code.value(),
					"refused", "four eyes: " + by.username() + " investigated or submitted the case"));
			throw refused;
		}
		cases.update(c);
		enterprises.enforcementCase(c);
		switch (command) {
			case CaseCommand.Decide d -> enterprises.penalty(c, "DECIDED");
			case CaseCommand.Execute e -> enterprises.penalty(c, "COMPLETED");
			default -> {
			}
		}
		EnforcementCase.Step step = c.newSteps().getLast();
		audit.record(AuditEntry.of("enforcement.case." + command.action(), "case:" + code.value(), "success",
				c.status() + (step.note() == null ? "" : " " + step.note()) + (step.overdue() ? " (overdue)" : "")));
		return c;
	}

	@Transactional
	Cases.Evidence addEvidence(CaseCode code, Uploads.EvidenceKind kind, MultipartFile file, String note, Officer by) {
		return addEvidence(code, kind, () -> Uploads.check(file, kind, "file"), note, by);
	}

	@Transactional
	Cases.Evidence addEvidence(CaseCode code, Uploads.EvidenceKind kind,
			java.util.function.Supplier<Uploads.Checked> file, String note, Officer by) {
		EnforcementCase c = cases.lock(code).orElseThrow(() -> new NotFound("case " + code.value()));
		policy.checkCovers(by, c.districtCode(), "case " + code.value());
		if (!c.takesEvidence()) {
			throw new IllegalCaseMove("Case " + code + " is at step " + c.status() + " (" + c.status().chinese()
					+ "); evidence is added while it is filed, investigated, reviewed or rechecked.");
		}
		checkText(note, "note", 1000);
		Uploads.Checked checked = file.get();
		Instant now = clock.instant();
		UUID id = cases.storeEvidence(c.id(), kind, checked, note, by.username(), now);
		audit.record(AuditEntry.of("enforcement.case.evidence", "case:" + code.value(), "success",
				kind + " " + checked.fileName() + " " + checked.data().length + " bytes sha256 " + checked.sha256()));
		return new Cases.Evidence(id, kind, checked.fileName(), checked.contentType(), checked.data().length,
				checked.sha256(), note, by.username(), now);
	}

	@Transactional
	Cases.Consultation consult(CaseCode code, Consulting request, Officer by) {
		EnforcementCase c = cases.lock(code).orElseThrow(() -> new NotFound("case " + code.value()));
		policy.checkCovers(by, c.districtCode(), "case " + code.value());
		if (c.status() == CaseStatus.CLOSED) {
			throw new IllegalCaseMove("Case " + code + " is closed.");
		}
		List<String> experts = request.experts() == null ? List.of()
				: request.experts().stream().filter(e -> e != null && !e.isBlank()).map(String::strip).toList();
		if (experts.isEmpty() || experts.size() > 20 || experts.stream().anyMatch(e -> e.length() > 100)) {
			throw new Rejected(Refusal.INVALID, "experts", "Name 1 to 20 experts (each at most 100 characters).");
		}
		if (request.opinion() == null || request.opinion().isBlank()) {
			throw new Rejected(Refusal.INVALID, "opinion", "Record the experts' opinion.");
		}
		checkText(request.opinion(), "opinion", MAX_TEXT);
		Instant now = clock.instant();
		Instant held = request.heldAt() == null ? now : request.heldAt();
		if (held.isAfter(now.plusSeconds(600))) {
			throw new Rejected(Refusal.INVALID, "heldAt", "A consultation is recorded after it was held.");
		}
		Cases.Consultation consultation = new Cases.Consultation(UUID.randomUUID(), experts, request.opinion().strip(),
				held, by.displayName(), now);
		cases.insertConsultation(c.id(), consultation);
		audit.record(AuditEntry.of("enforcement.case.consultation", "case:" + code.value(), "success",
				"experts " + String.join("、", experts)));
		return consultation;
	}

	static void checkText(String text, String field, int max) {
		if (text != null && text.length() > max) {
			throw new Rejected(Refusal.TOO_LARGE, field,
					"'" + field + "' has " + text.length() + " characters; at most " + max + " are accepted.");
		}
	}

	static void checkKey(String key) {
		if (key != null && (key.isBlank() || key.length() > 100)) {
			throw new Rejected(Refusal.INVALID, "Idempotency-Key", "An Idempotency-Key has 1 to 100 characters.");
		}
	}

}
