package org.forewarn.monitoring;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.forewarn.audit.AuditEntry;
import org.forewarn.audit.AuditTrail;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Writes the rule engine's decisions inside the telemetry writer's transaction: new
 * alarms, escalations, repeats (one statement per batch) and clears, each with its
 * history entry, its audit record and its event ({@link AlarmRaised},
 * {@link AlarmSeverityChanged}, {@link AlarmCleared}, stored by the event publication
 * registry with the same commit). An alarm raised by a rule that names a hazard category
 * opens a hazard report ({@link HazardSensed}, idempotent on the alarm id).
 */
@Component
class AlarmBook {

	static final String SYSTEM = "system";

	private final Alarms alarms;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	AlarmBook(Alarms alarms, AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
		this.alarms = alarms;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/** What the decisions changed, for metrics. */
	record Applied(int raised, int escalated, int repeated, int cleared) {
	}

	Applied apply(List<RuleEngine.Decision> decisions, RuleEngine engine) {
		if (decisions.isEmpty()) {
			return new Applied(0, 0, 0, 0);
		}
		Instant now = clock.instant();
		Map<AlarmId, Alarms.Repeat> repeats = new LinkedHashMap<>();
		int raised = 0, escalated = 0, cleared = 0;
		for (RuleEngine.Decision d : decisions) {
			switch (d.outcome()) {
				case RAISE -> {
					RuleEngine.Active planned = engine.active(d.station().code(), d.type());
					if (planned == null) {
						break; // cleared again within this batch by a later decision
					}
					if (raise(d, planned.id(), now)) {
						raised++;
						if (d.rule().hazardCategory() != null) {
							openHazard(planned.id(), d, now);
							engine.hazardOpened(d.station().code(), d.type());
						}
					}
					else {
						// another instance raised it first: adopt that alarm and count
						// this as a repeat
						alarms.active(d.station().code(), d.type()).ifPresent(existing -> {
							engine.adopt(d.station().code(), d.type(), existing);
							repeats.merge(existing.id(), new Alarms.Repeat(existing.id(), d.measure(), d.at(), 1),
									(a, b) -> new Alarms.Repeat(a.id(), b.value(), b.at(), a.times() + 1));
						});
					}
				}
				case ESCALATE -> {
					AlarmId id = d.active().id();
					if (alarms.escalate(id, d.rule().severity(), d.rule().signal(), d.rule().code(), d.measure(),
							d.threshold(), d.at())) {
						escalated++;
						String text = "%s → %s: %s (%s)".formatted(d.active().severity(), d.rule().severity(),
								d.rule().name(), format(d.measure()));
						alarms.entry(id, now, SYSTEM, "ESCALATED", text);
						audit.record(AuditEntry.by(SYSTEM, d.station().districtCode(), "alarm.escalate", id.toString(),
								"escalated", d.type() + " " + d.station().code() + " " + text));
						events.publishEvent(new AlarmSeverityChanged(id, d.type(), d.active().severity(),
								d.rule().severity(), d.rule().signal(), d.station().source(), d.rule().code(),
								d.measure(), d.threshold(), d.at()));
						if (d.rule().hazardCategory() != null && !d.active().hazardOpened()) {
							openHazard(id, d, now);
							engine.hazardOpened(d.station().code(), d.type());
						}
					}
				}
				case REPEAT ->
					repeats.merge(d.active().id(), new Alarms.Repeat(d.active().id(), d.measure(), d.at(), 1),
							(a, b) -> new Alarms.Repeat(a.id(), b.value(), b.at(), a.times() + 1));
				case CLEAR -> {
					if (clear(d.active(), d.station(), SYSTEM, d.station().districtCode(), d.reason(), now)) {
						cleared++;
					}
				}
			}
		}
		alarms.repeat(repeats.values());
		return new Applied(raised, escalated, repeats.size(), cleared);
	}

	private boolean raise(RuleEngine.Decision d, AlarmId id, Instant now) {
		AlarmRule rule = d.rule();
		String metric = rule.kind() == AlarmRule.Kind.NO_DATA ? null : rule.metric();
		Double value = rule.kind() == AlarmRule.Kind.NO_DATA ? null : d.measure();
		if (!alarms.insert(id, d.station(), d.type(), rule.severity(), rule.signal(), rule.code(), metric, value,
				d.threshold(), d.at(), now)) {
			return false;
		}
		String text = "%s：%s（%s）".formatted(d.station().name(), d.reason(), format(d.measure()));
		alarms.entry(id, now, SYSTEM, "RAISED", text);
		audit.record(AuditEntry.by(SYSTEM, d.station().districtCode(), "alarm.raise", id.toString(), "raised",
				d.type() + " " + rule.severity() + " " + d.station().code() + " " + text));
		events.publishEvent(new AlarmRaised(id, d.type(), rule.severity(), rule.signal(), d.station().source(),
				rule.code(), metric, value, d.threshold(), d.at()));
		return true;
	}

	/**
	 * Clears an active alarm (system or user), with entry, audit and event; false if it
	 * was not active.
	 */
	boolean clear(RuleEngine.Active active, Station station, String by, String byRegion, String reason, Instant now) {
		if (!alarms.clear(active.id(), by, reason, now)) {
			return false;
		}
		alarms.entry(active.id(), now, by, "CLEARED", reason);
		audit.record(AuditEntry.by(by, byRegion, "alarm.clear", active.id().toString(), "cleared",
				active.type() + " " + station.code() + ": " + reason));
		events.publishEvent(
				new AlarmCleared(active.id(), active.type(), active.severity(), station.source(), by, reason, now));
		return true;
	}

	/**
	 * Publishes that the alarm calls for a hazard report (taken in by the hazard loop
	 * after commit).
	 */
	void openHazard(AlarmId id, RuleEngine.Decision d, Instant now) {
		String category = d.rule().hazardCategory();
		Station s = d.station();
		events.publishEvent(new HazardSensed(id, category, d.rule().severity(), s.latitude(), s.longitude(),
				"%s（%s %s）：%s，测值 %s".formatted(d.rule().name(), s.name(), s.code(), d.type(), format(d.measure())),
				d.at()));
		alarms.markHazardOpened(id);
		alarms.entry(id, now, SYSTEM, "HAZARD_OPENED", "隐患上报（" + category + "）");
	}

	static String format(Double value) {
		return value == null ? "—" : "%.2f".formatted(value);
	}

}
