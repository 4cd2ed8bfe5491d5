package org.forewarn.audit;

import org.forewarn.platform.AccessRefused;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Records every refused request (wrong role, outside jurisdiction) in the audit log. Kept
 * apart from the audit log's controller so its method-security rule (administrators only)
 * never applies to recording.
 */
@Component
class AccessRefusals {

	private final AuditTrail trail;

	AccessRefusals(AuditTrail trail) {
		this.trail = trail;
	}

	@EventListener
	void on(AccessRefused refused) {
		trail.recordIndependently(
				new AuditEntry(refused.actor(), refused.regionCode(), "access.refused", refused.target(), "refused",
						refused.remoteAddress(), refused.reason() + " (" + refused.action() + ")"));
	}

}
