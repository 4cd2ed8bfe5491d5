package org.forewarn.enterprise;

import java.time.Clock;
import java.util.Objects;

import org.forewarn.audit.AuditEntry;
import org.forewarn.audit.AuditTrail;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Links facts to enterprises — those other modules record ({@link EnterpriseRecords}) and
 * those this module takes from events and imports — and recalculates the enterprise's
 * risk score when a fact is new or changed, giving the fact as the reason.
 */
@Service
class FactIntake implements EnterpriseRecords {

	private final RegisteredEnterprises registry;

	private final Facts facts;

	private final RiskDesk risk;

	private final AuditTrail audit;

	private final Clock clock;

	FactIntake(RegisteredEnterprises registry, Facts facts, RiskDesk risk, AuditTrail audit, Clock clock) {
		this.registry = registry;
		this.facts = facts;
		this.risk = risk;
		this.audit = audit;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void record(EnterpriseFact fact) {
		String uscc = fact.uscc().value();
		link(new Facts.Fact(LinkedKind.of(fact.kind()), fact.reference(), uscc, fact.title(), fact.status(),
				Facts.open(fact.status()), fact.severity(), fact.at(), null, fact.link(), null));
	}

	/**
	 * Stores the fact; recalculates the score when it is new or its status, severity or
	 * deadline changed.
	 */
	@Transactional
	boolean link(Facts.Fact fact) {
		// The enterprise row first, then its facts: every writer of an enterprise's facts
		// queues on this one lock.
		// A fact's foreign key takes a key-share lock on the enterprise; FOR UPDATE after
		// that deadlocked two
		// writers of the same enterprise (a hazard order's event and an inspection), FOR
		// NO KEY UPDATE first cannot.
		if (registry.byUsccForUpdate(fact.uscc()).isEmpty()) {
			throw new UnknownEnterprise(fact.uscc());
		}
		Facts.Fact previous = facts.upsert(fact, clock.instant());
		boolean changed = previous == null || !Objects.equals(previous.status(), fact.status())
				|| previous.severity() != fact.severity() || !Objects.equals(previous.dueAt(), fact.dueAt())
				|| previous.open() != fact.open();
		if (changed) {
			risk.recalculate(fact.uscc(), reason(fact, previous));
			audit.record(AuditEntry.of("enterprise.fact", "enterprise:" + fact.uscc(), "success",
					fact.kind() + " " + fact.reference() + " " + fact.status()));
		}
		return changed;
	}

	static String reason(Facts.Fact fact, Facts.Fact previous) {
		String what = fact.kind().zh + " " + fact.reference() + (fact.title() == null ? "" : "（" + fact.title() + "）");
		if (previous == null) {
			return what + " 已记录，状态 " + fact.status() + "，严重程度 " + fact.severity();
		}
		return what + " 状态 " + previous.status() + " → " + fact.status()
				+ (previous.severity() != fact.severity() ? "，严重程度 " + previous.severity() + " → " + fact.severity()
						: "")
				+ (!Objects.equals(previous.dueAt(), fact.dueAt()) && fact.dueAt() != null ? "，期限 " + fact.dueAt()
						: "");
	}

}
