package org.forewarn.enforcement;

import java.time.Instant;
import java.util.regex.Pattern;

import org.forewarn.enterprise.EnterpriseFact;
import org.forewarn.enterprise.EnterpriseRecords;
import org.forewarn.enterprise.EnterpriseSummary;
import org.forewarn.enterprise.Enterprises;
import org.forewarn.enterprise.FactKind;
import org.forewarn.enterprise.Uscc;
import org.forewarn.platform.Refusal;
import org.springframework.stereotype.Component;

/**
 * The enforcement module's side of the enterprise registry: finds the enterprise a record
 * is about, and links every inspection, case, penalty and accident investigation to it
 * (in the caller's transaction) so that they appear on its profile and feed its risk
 * score.
 */
@Component
class EnterpriseLinks {

	/** GB 32100: 18 characters of 0-9 and the capitals without I, O, S, V, Z. */
	private static final Pattern USCC = Pattern.compile("[0-9A-HJ-NPQRTUWXY]{18}");

	private final Enterprises enterprises;

	private final EnterpriseRecords records;

	EnterpriseLinks(Enterprises enterprises, EnterpriseRecords records) {
		this.enterprises = enterprises;
		this.records = records;
	}

	/**
	 * The enterprise with this code; 400 for a malformed code, 422 for one no enterprise
	 * has.
	 */
	EnterpriseSummary require(String uscc, String field) {
		String code = normalise(uscc);
		if (code == null || !USCC.matcher(code).matches()) {
			throw new Rejected(Refusal.INVALID, field, "'" + uscc + "' is not a unified social credit code "
					+ "(18 characters: digits and capitals except I, O, S, V, Z).");
		}
		return Uscc.of(code)
			.flatMap(enterprises::find)
			.orElseThrow(() -> new Rejected(Refusal.UNPROCESSABLE, field,
					"No enterprise with unified social credit code " + code + " is registered."));
	}

	static String normalise(String uscc) {
		return uscc == null ? null : uscc.strip().toUpperCase();
	}

	void inspection(Inspections.Inspection i, int failedItems, int findings) {
		String title = "检查 " + i.number() + (findings == 0 && failedItems == 0 ? "：未发现问题"
				: "：不符合项 " + failedItems + " 项，发现问题 " + findings + " 项");
		records.record(new EnterpriseFact(new Uscc(i.uscc()), FactKind.INSPECTION, i.number(), title, "COMPLETED",
				findings == 0 && failedItems == 0 ? 0 : 1, i.inspectedAt(), "/enforcement/inspections/" + i.number()));
	}

	void enforcementCase(EnforcementCase c) {
		records.record(new EnterpriseFact(new Uscc(c.uscc()), FactKind.ENFORCEMENT_CASE, c.code().value(),
				"执法案件 " + c.code().value() + "：" + c.title(), c.status().name(),
				c.status() == CaseStatus.CLOSED ? 1 : 2, c.filedAt(), "/enforcement/cases/" + c.code().value()));
	}

	void penalty(EnforcementCase c, String status) {
		EnforcementCase.Decision d = c.decision();
		records.record(new EnterpriseFact(new Uscc(c.uscc()), FactKind.PENALTY, c.caseNumber(),
				"行政处罚 " + c.caseNumber() + "：" + d.penalty().chinese()
						+ (d.fineAmount() == null ? "" : " ¥" + d.fineAmount().toPlainString()) + "（依据" + d.legalBasis()
						+ "）",
				status, d.penalty().severity(), d.decidedAt(), "/enforcement/cases/" + c.code().value()));
	}

	void investigation(AccidentInvestigations.Investigation i) {
		records.record(new EnterpriseFact(new Uscc(i.uscc()), FactKind.ACCIDENT_INVESTIGATION, i.number(),
				"事故调查 " + i.number() + "：" + i.title() + "（死亡 " + i.deaths() + " 人，受伤 " + i.injuries() + " 人）",
				i.status(), i.severity(), i.occurredAt(), "/enforcement/accident-investigations/" + i.number()));
	}

	static Instant orNow(Instant at, Instant now) {
		return at == null ? now : at;
	}

}
