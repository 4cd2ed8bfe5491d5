package org.forewarn.monitoring;

import java.util.List;

import org.forewarn.audit.AuditEntry;
import org.forewarn.audit.AuditTrail;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The alarm rules are data: anyone who watches alarms may read them; an administrator changes a rule's threshold,
 * clear margin, severity or whether it is active without a release. The rule engine takes the change before the
 * next reading (it is rebuilt on the telemetry writer's thread; active alarms stay).
 */
@RestController
@RequestMapping("/api/alarm-rules")
class AlarmRuleController {

	record RuleChange(Double threshold, Double clearMargin, Severity severity, Boolean active) {
	}

	private final AlarmRules rules;
	private final JdbcClient jdbc;
	private final TelemetryIngest ingest;
	private final AuditTrail audit;
	private final TransactionTemplate transactions;

	AlarmRuleController(AlarmRules rules, JdbcClient jdbc, TelemetryIngest ingest, AuditTrail audit,
			TransactionTemplate transactions) {
		this.rules = rules;
		this.jdbc = jdbc;
		this.ingest = ingest;
		this.audit = audit;
		this.transactions = transactions;
	}

	@GetMapping
	@PreAuthorize(MonitoringAccess.VIEWERS)
	List<AlarmRule> list() {
		return rules.all();
	}

	@PutMapping("/{code}")
	@PreAuthorize("hasRole('ADMIN')")
	AlarmRule change(@PathVariable String code, @RequestBody RuleChange change) {
		AlarmRule rule = rules.all().stream().filter(r -> r.code().equals(code)).findFirst()
			.orElseThrow(() -> new NotFound("No alarm rule " + code + "."));
		if (change.threshold() != null) {
			if (!Double.isFinite(change.threshold())) {
				throw new InvalidRuleChange("threshold", "threshold must be a number.");
			}
			AlarmRule.Bounds bounds = rule.thresholdBounds().orElseThrow(() -> new InvalidRuleChange("threshold",
					rule.thresholdRef() != null ? "Rule " + code + " compares against the object's " + rule.thresholdRef()
							+ "; it has no fixed threshold." : "Rule " + code + " has no threshold to change."));
			if (!bounds.contains(change.threshold())) {
				throw new InvalidRuleChange("threshold", "A threshold of rule " + code + " lies between " + bounds.min()
						+ " and " + bounds.max() + " " + bounds.unit() + "; " + change.threshold() + " could never be reached.");
			}
		}
		if (change.clearMargin() != null && !(change.clearMargin() >= 0 && change.clearMargin() <= rule.maxClearMargin())) {
			throw new InvalidRuleChange("clearMargin", "clearMargin of rule " + code + " is 0 to " + rule.maxClearMargin()
					+ ".");
		}
		transactions.executeWithoutResult(status -> {
			jdbc.sql("""
					update alarm_rule set threshold = coalesce(:threshold, threshold),
					  clear_margin = coalesce(:margin, clear_margin), severity = coalesce(:severity, severity),
					  active = coalesce(:active, active)
					where code = :code""")
				.param("threshold", change.threshold(), java.sql.Types.DOUBLE)
				.param("margin", change.clearMargin(), java.sql.Types.DOUBLE)
				.param("severity", change.severity() == null ? null : change.severity().name(), java.sql.Types.VARCHAR)
				.param("active", change.active(), java.sql.Types.BOOLEAN)
				.param("code", code).update();
			audit.record(AuditEntry.of("alarm-rule.change", code, "changed", change.toString()));
		});
		ingest.call(() -> {
			ingest.resetEngine();
			return null;
		});
		return rules.all().stream().filter(r -> r.code().equals(code)).findFirst().orElseThrow();
	}
}
