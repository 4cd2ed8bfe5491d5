package org.forewarn.monitoring;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Raises a no-data alarm for every station that has reported before and has been silent
 * longer than a {@code NO_DATA} rule's window (a station that never reported is not
 * "silent": it is not yet connected). Runs on the telemetry writer's thread every minute;
 * the station's next reading clears the alarm.
 */
@Component
class NoDataSweep {

	private static final Logger log = LoggerFactory.getLogger(NoDataSweep.class);

	private final TelemetryIngest ingest;

	private final LatestValues latest;

	private final Stations stations;

	private final AlarmBook book;

	private final TransactionTemplate transactions;

	private final Clock clock;

	NoDataSweep(TelemetryIngest ingest, LatestValues latest, Stations stations, AlarmBook book,
			TransactionTemplate transactions, Clock clock) {
		this.ingest = ingest;
		this.latest = latest;
		this.stations = stations;
		this.book = book;
		this.transactions = transactions;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${forewarn.monitoring.no-data-interval:PT1M}", initialDelayString = "PT1M")
	void scheduled() {
		int raised = sweep();
		if (raised > 0) {
			log.info("No-data sweep raised {} alarms", raised);
		}
	}

	/** Raises the no-data alarms due now; returns how many. */
	int sweep() {
		return ingest.call(() -> {
			RuleEngine engine = ingest.engine();
			if (engine.noDataRules().isEmpty()) {
				return 0;
			}
			Instant now = clock.instant();
			List<RuleEngine.Decision> decisions = new ArrayList<>();
			for (Map.Entry<String, Instant> last : latest.lastReceived().entrySet()) {
				stations.find(last.getKey()).ifPresent(station -> {
					RuleEngine.Decision d = engine.silence(station, last.getValue(), now);
					if (d != null) {
						decisions.add(d);
					}
				});
			}
			if (decisions.isEmpty()) {
				return 0;
			}
			try {
				return transactions.execute(status -> book.apply(decisions, engine).raised());
			}
			catch (RuntimeException ex) {
				ingest.resetEngine();
				throw ex;
			}
		});
	}

}
