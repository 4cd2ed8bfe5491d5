package org.forewarn.warning;

import java.time.Clock;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Expiry by the clock: every minute (configurable), each issued warning whose expiry time
 * has passed ends, one transaction per warning (the row lock makes two instances sweeping
 * at once harmless).
 */
@Component
class ExpirySweep {

	private static final Logger log = LoggerFactory.getLogger(ExpirySweep.class);

	private final WarningRecords warnings;

	private final WarningDesk desk;

	private final Clock clock;

	ExpirySweep(WarningRecords warnings, WarningDesk desk, Clock clock) {
		this.warnings = warnings;
		this.desk = desk;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${forewarn.warning.expiry-interval:PT1M}", initialDelayString = "PT20S")
	void scheduled() {
		int expired = sweep();
		if (expired > 0) {
			log.info("Expired {} warnings", expired);
		}
	}

	/** Expires every warning due now; returns how many. */
	int sweep() {
		int expired = 0;
		while (true) {
			List<WarningId> due = warnings.expiredBy(clock.instant(), 200);
			int before = expired;
			for (WarningId id : due) {
				if (desk.expire(id)) {
					expired++;
				}
			}
			if (due.size() < 200 || expired == before) {
				return expired;
			}
		}
	}

}
