package org.forewarn.hazard;

import java.time.Clock;
import java.util.List;

import org.forewarn.audit.AuditEntry;
import org.forewarn.audit.AuditTrail;
import org.forewarn.monitoring.HazardSensed;
import org.forewarn.monitoring.Severity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Takes in the hazard signals of sensing modules (the monitoring module's
 * {@link HazardSensed}, video gateways) and of inspection findings after their
 * transaction commits. A signal the intake cannot use (a point outside the city, no text)
 * is logged and audited as rejected — retrying it would never succeed.
 */
@Component
class HazardSignals {

	private static final Logger log = LoggerFactory.getLogger(HazardSignals.class);

	private final HazardIntake intake;

	private final AuditTrail audit;

	private final Clock clock;

	HazardSignals(HazardIntake intake, AuditTrail audit, Clock clock) {
		this.intake = intake;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * An alarm of the monitoring network that calls for a report. The grade is this
	 * loop's decision: a critical alarm is a major hazard, any other a general one.
	 */
	@ApplicationModuleListener
	void on(HazardSensed sensed) {
		on(new HazardSignal(Channel.IOT_ALARM, "alarm:" + sensed.alarmId(), sensed.categoryCode(),
				sensed.severity() == Severity.CRITICAL ? Grade.MAJOR : Grade.GENERAL, sensed.latitude(),
				sensed.longitude(), sensed.description(), sensed.observedAt(), null));
	}

	@ApplicationModuleListener
	void on(HazardSignal signal) {
		Actor sensor = switch (signal.source()) {
			case IOT_ALARM -> Actor.machine("iot", "物联感知");
			case INDUSTRY_INSPECTION -> Actor.machine("inspection", "行业检查");
			default -> Actor.machine("video", "视频智能分析");
		};
		try {
			intake.take(HazardIntake.Submission.signal(signal), List.of(), sensor,
					signal.observedAt() == null ? clock.instant() : signal.observedAt());
		}
		catch (ReportRejected rejected) {
			log.warn("Hazard signal {} from {} rejected: {} ({})", signal.externalId(), signal.source(),
					rejected.getMessage(), rejected.field());
			audit.recordIndependently(
					AuditEntry.by(sensor.username(), null, "hazard.signal", signal.source() + ":" + signal.externalId(),
							"rejected", rejected.field() + ": " + rejected.getMessage()));
		}
	}

}
