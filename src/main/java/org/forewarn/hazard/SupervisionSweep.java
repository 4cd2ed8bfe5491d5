package org.forewarn.hazard;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.forewarn.audit.AuditEntry;
import org.forewarn.audit.AuditTrail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Supervision 督办 by the clock: every minute, each open order whose current step ran past
 * its deadline gets a yellow flag (announced to its district), and one long overdue gets
 * a red flag (announced to the city). One transaction per order; the unique flag per step
 * makes a sweep on two instances at once harmless.
 */
@Component
class SupervisionSweep {

	private static final Logger log = LoggerFactory.getLogger(SupervisionSweep.class);

	private static final int BATCH = 500;

	private final DisposalOrders orders;

	private final OrderPolicy policy;

	private final Supervisions supervisions;

	private final TransactionTemplate transactions;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	SupervisionSweep(DisposalOrders orders, OrderPolicy policy, Supervisions supervisions,
			TransactionTemplate transactions, AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
		this.orders = orders;
		this.policy = policy;
		this.supervisions = supervisions;
		this.transactions = transactions;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${forewarn.hazard.supervision-interval:PT1M}", initialDelayString = "PT30S")
	void scheduled() {
		int raised = sweep();
		if (raised > 0) {
			log.info("Supervision sweep raised {} flags", raised);
		}
	}

	/** Raises every flag due now; returns how many were raised. */
	int sweep() {
		Instant now = clock.instant();
		int raised = 0;
		DisposalOrders.Due after = null;
		while (true) {
			// paged by deadline, not "until a page raises nothing": a page of orders that
			// need no flag (e.g. a red
			// order's step not due yet) must not hide the orders after it
			List<DisposalOrders.Due> due = orders.overdue(now, after, BATCH);
			for (DisposalOrders.Due order : due) {
				Boolean flagged = transactions.execute(status -> flag(order.id(), now));
				if (Boolean.TRUE.equals(flagged)) {
					raised++;
				}
			}
			if (due.size() < BATCH) {
				return raised;
			}
			after = due.getLast();
		}
	}

	private boolean flag(DisposalOrderId id, Instant now) {
		DisposalOrder order = orders.lock(id).orElse(null);
		if (order == null) {
			return false;
		}
		Supervision level = order.flagIfOverdue(now, policy.yellowNotifies(order), policy.redNotifies(order));
		if (level == Supervision.NONE) {
			return false;
		}
		orders.update(order);
		String notify = level == Supervision.RED ? policy.redNotifies(order) : policy.yellowNotifies(order);
		supervisions.raise(order, level.name(), "system", notify, order.status().chinese() + "环节超期", now);
		audit.record(AuditEntry.by("system", notify, "disposal-order.overdue", "disposal-order:" + order.code(),
				level.name(), order.status() + " overdue, notified " + notify));
		order.events().forEach(events::publishEvent);
		return true;
	}

}
