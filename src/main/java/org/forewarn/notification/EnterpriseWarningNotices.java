package org.forewarn.notification;

import java.util.List;

import org.forewarn.audit.AuditEntry;
import org.forewarn.audit.AuditTrail;
import org.forewarn.enterprise.WarningPushRequested;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

/**
 * Delivers the enterprise code's warning pushes 一企一码预警推送 to the enterprise's registered
 * contacts, once per enterprise and warning revision (the reference the enterprise
 * module's pushes always had). The listener runs outside a transaction so that a push
 * naming nobody any more (the contacts' persons were removed meanwhile) rolls back only
 * its own command: it is logged and audited as refused, and not retried, since it would
 * never succeed.
 */
@Component
class EnterpriseWarningNotices {

	private static final Logger log = LoggerFactory.getLogger(EnterpriseWarningNotices.class);

	private final NotificationDesk desk;

	private final AuditTrail audit;

	EnterpriseWarningNotices(NotificationDesk desk, AuditTrail audit) {
		this.desk = desk;
		this.audit = audit;
	}

	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(WarningPushRequested push) {
		try {
			desk.send(command(push));
		}
		catch (IllegalArgumentException e) {
			log.warn("warning {} could not be pushed to enterprise {}: {}", push.warning(), push.uscc(),
					e.getMessage());
			audit.recordIndependently(AuditEntry.by("system", push.ownerRegion(), "enterprise.warning-push",
					"warning:" + push.warning(), "refused", push.uscc() + ": " + e.getMessage()));
		}
	}

	static Command command(WarningPushRequested push) {
		return new Command("enterprise-warning:" + push.warning() + ":" + push.revision() + ":" + push.uscc(),
				push.title(), push.text(), push.contacts(), List.of(), push.ownerRegion(), push.requestedBy(), null);
	}

}
