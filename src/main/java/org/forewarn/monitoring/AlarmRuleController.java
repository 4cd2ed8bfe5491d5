package org.forewarn.monitoring;

import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The alarm rules are data: anyone who watches alarms may read them; an administrator
 * changes a rule's threshold, clear margin, severity or whether it is active without a
 * release (through {@link AlarmRuleDesk}).
 */
@RestController
@RequestMapping("/api/alarm-rules")
class AlarmRuleController {

	private final AlarmRules rules;

	private final AlarmRuleDesk desk;

	AlarmRuleController(AlarmRules rules, AlarmRuleDesk desk) {
		this.rules = rules;
		this.desk = desk;
	}

	@GetMapping
	@PreAuthorize(MonitoringAccess.VIEWERS)
	List<AlarmRule> list() {
		return rules.all();
	}

	@PutMapping("/{code}")
	@PreAuthorize("hasRole('ADMIN')")
	AlarmRule change(@PathVariable String code, @RequestBody AlarmRuleDesk.RuleChange change) {
		return desk.change(code, change);
	}

}
