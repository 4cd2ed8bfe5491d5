package org.forewarn.enforcement;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import org.forewarn.audit.AuditEntry;
import org.forewarn.audit.AuditTrail;
import org.forewarn.enterprise.EnterpriseSummary;
import org.forewarn.platform.Refusal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens accident investigations 事故调查, on their own or from a case (then linked to its
 * case code).
 */
@Service
class InvestigationDesk {

	record Opening(String uscc, String title, Instant occurredAt, Integer deaths, Integer injuries, String description,
			String caseCode) {
	}

	private final AccidentInvestigations investigations;

	private final Cases cases;

	private final Numbering numbering;

	private final EnforcementPolicy policy;

	private final EnterpriseLinks enterprises;

	private final AuditTrail audit;

	private final Clock clock;

	static final java.time.Duration OLDEST_ACCIDENT = java.time.Duration.ofDays(30 * 366);

	InvestigationDesk(AccidentInvestigations investigations, Cases cases, Numbering numbering, EnforcementPolicy policy,
			EnterpriseLinks enterprises, AuditTrail audit, Clock clock) {
		this.investigations = investigations;
		this.cases = cases;
		this.numbering = numbering;
		this.policy = policy;
		this.enterprises = enterprises;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional
	AccidentInvestigations.Investigation open(Opening o, Officer by) {
		Instant now = clock.instant();
		EnforcementCase c = null;
		String uscc = o.uscc();
		if (o.caseCode() != null && !o.caseCode().isBlank()) {
			CaseCode code = CaseCode.parse(o.caseCode());
			c = cases.lock(code)
				.orElseThrow(() -> new Rejected(Refusal.UNPROCESSABLE, "caseCode",
						"No case with code " + code.value() + "."));
			policy.checkCovers(by, c.districtCode(), "case " + code.value());
			var existing = investigations.ofCase(code.value());
			if (existing.isPresent()) {
				throw new IllegalCaseMove("Case " + code + " is already linked to accident investigation "
						+ existing.get().number() + ".");
			}
			if (uscc != null && !uscc.isBlank() && !EnterpriseLinks.normalise(uscc).equals(c.uscc())) {
				throw new Rejected(Refusal.UNPROCESSABLE, "uscc",
						"Case " + code + " is of enterprise " + c.uscc() + ", not " + uscc + ".");
			}
			uscc = c.uscc();
		}
		EnterpriseSummary enterprise = enterprises.require(uscc, "uscc");
		if (enterprise.districtCode() == null) {
			throw new Rejected(Refusal.UNPROCESSABLE, "uscc",
					"Enterprise " + enterprise.uscc() + " has no district on record.");
		}
		policy.checkCovers(by, enterprise.districtCode(), "enterprise " + enterprise.uscc());
		if (o.title() == null || o.title().isBlank()) {
			throw new Rejected(Refusal.INVALID, "title", "Name the accident (title).");
		}
		CaseDesk.checkText(o.title(), "title", 200);
		CaseDesk.checkText(o.description(), "description", CaseDesk.MAX_TEXT);
		if (o.occurredAt() == null) {
			throw new Rejected(Refusal.INVALID, "occurredAt", "When did the accident happen (occurredAt)?");
		}
		if (o.occurredAt().isAfter(now.plusSeconds(600))) {
			throw new Rejected(Refusal.INVALID, "occurredAt", "The accident cannot have happened in the future.");
		}
		// an accident investigated today happened within living memory; year 1 (or beyond
		// the database's range) is a typo
		if (o.occurredAt().isBefore(now.minus(OLDEST_ACCIDENT))) {
			throw new Rejected(Refusal.INVALID, "occurredAt", "occurredAt " + o.occurredAt()
					+ " is more than 30 years ago; give the date the accident happened.");
		}
		int deaths = o.deaths() == null ? 0 : o.deaths();
		int injuries = o.injuries() == null ? 0 : o.injuries();
		if (deaths < 0 || deaths > 10_000) {
			throw new Rejected(Refusal.INVALID, "deaths", "Deaths is a count from 0.");
		}
		if (injuries < 0 || injuries > 100_000) {
			throw new Rejected(Refusal.INVALID, "injuries", "Injuries is a count from 0.");
		}
		var investigation = new AccidentInvestigations.Investigation(UUID.randomUUID(),
				numbering.accidentInvestigation(enterprise.districtCode(), now), enterprise.uscc(), enterprise.name(),
				enterprise.districtCode(), o.title().strip(), o.occurredAt(), deaths, injuries,
				o.description() == null ? null : o.description().strip(), c == null ? null : c.code().value(), "OPEN",
				by.username(), now);
		investigations.insert(investigation);
		enterprises.investigation(investigation);
		audit.record(AuditEntry.of("enforcement.accident-investigation.open", "accident:" + investigation.number(),
				"success", investigation.title() + (c == null ? "" : " case " + c.code().value())));
		return investigation;
	}

}
