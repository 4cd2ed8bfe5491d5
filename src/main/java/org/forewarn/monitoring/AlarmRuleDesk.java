package org.forewarn.monitoring;

import org.forewarn.audit.AuditEntry;
import org.forewarn.audit.AuditTrail;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Where an administrator changes an alarm rule: checks the change against the rule (a
 * threshold it could reach, a clear margin within its limit), writes and audits it in one
 * transaction, then has the rule engine rebuilt on the telemetry writer's thread, so the
 * next reading is judged by the new rule (active alarms stay).
 */
@Service
class AlarmRuleDesk {

	/** A rule's settings to change; a null leaves that setting as it is. */
	record RuleChange(Double threshold, Double clearMargin, Severity severity, Boolean active) {
	}

	private final AlarmRules rules;

	private final TelemetryIngest ingest;

	private final AuditTrail audit;

	private final TransactionTemplate transactions;

	AlarmRuleDesk(AlarmRules rules, TelemetryIngest ingest, AuditTrail audit, TransactionTemplate transactions) {
		this.rules = rules;
		this.ingest = ingest;
		this.audit = audit;
		this.transactions = transactions;
	}

	AlarmRule change(String code, RuleChange change) {
		AlarmRule rule = rule(code);
		if (change.threshold() != null) {
			if (!Double.isFinite(change.threshold())) {
				throw new InvalidRuleChange("threshold", "threshold must be a number.");
			}
			AlarmRule.Bounds bounds = rule.thresholdBounds()
				.orElseThrow(() -> new InvalidRuleChange("threshold",
						rule.thresholdRef() != null
								? "Rule " + code + " compares against the object's " + rule.thresholdRef()
										+ "; it has no fixed threshold."
								: "Rule " + code + " has no threshold to change."));
			if (!bounds.contains(change.threshold())) {
				throw new InvalidRuleChange("threshold",
						"A threshold of rule " + code + " lies between " + bounds.min() + " and " + bounds.max() + " "
								+ bounds.unit() + "; " + change.threshold() + " could never be reached.");
			}
		}
		if (change.clearMargin() != null
				&& !(change.clearMargin() >= 0 && change.clearMargin() <= rule.maxClearMargin())) {
			throw new InvalidRuleChange("clearMargin",
					"clearMargin of rule " + code + " is 0 to " + rule.maxClearMargin() + ".");
		}
		// the engine is rebuilt after the commit, so it reads the changed rule, not the
		// one before
		transactions.executeWithoutResult(status -> {
			rules.change(code, change.threshold(), change.clearMargin(), change.severity(), change.active());
			audit.record(AuditEntry.of("alarm-rule.change", code, "changed", change.toString()));
		});
		ingest.call(() -> {
			ingest.resetEngine();
			return null;
		});
		return rule(code);
	}

	private AlarmRule rule(String code) {
		return rules.all()
			.stream()
			.filter(r -> r.code().equals(code))
			.findFirst()
			.orElseThrow(() -> new NotFound("No alarm rule " + code + "."));
	}

}
