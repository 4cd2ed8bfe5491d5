package org.forewarn.platform;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Hands failed event publications to their listeners again. A listener that fails on a
 * transient fault (a deadlock, a lost connection) leaves its publication stored as
 * failed; without this the fact it carried (a hazard order on an enterprise's profile, a
 * dispatch on an incident's board) would wait for the next restart. Listeners are
 * idempotent (upserts, references, idempotency keys), so a second delivery adds nothing
 * twice.
 */
@Component
class FailedEventRetry {

	private static final Logger log = LoggerFactory.getLogger(FailedEventRetry.class);

	private final ObjectProvider<FailedEventPublications> failed;

	FailedEventRetry(ObjectProvider<FailedEventPublications> failed) {
		this.failed = failed;
	}

	@Scheduled(initialDelayString = "${forewarn.events.retry-every:PT30S}",
			fixedDelayString = "${forewarn.events.retry-every:PT30S}")
	void retry() {
		failed.ifAvailable(publications -> {
			try {
				publications
					.resubmit(ResubmissionOptions.defaults().withMinAge(Duration.ofSeconds(10)).withBatchSize(500));
			}
			catch (RuntimeException e) {
				log.warn("Resubmitting failed event publications did not work this time: {}", e.toString());
			}
		});
	}

}
