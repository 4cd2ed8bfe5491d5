package org.forewarn.monitoring;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.forewarn.audit.AuditEntry;
import org.forewarn.audit.AuditTrail;
import org.forewarn.organisation.People;
import org.forewarn.organisation.PersonSummary;
import org.forewarn.platform.CurrentUser;
import org.forewarn.platform.OutsideJurisdiction;
import org.forewarn.region.Regions;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What users do to alarms: acknowledge, clear, assign to a person, comment, open a hazard
 * report. Each move is checked by the alarm itself, limited to the caller's jurisdiction,
 * saved under an optimistic lock and audited. Clearing runs on the telemetry writer's
 * thread, so the rule engine learns of it before the next reading.
 */
@Service
class AlarmDesk {

	/**
	 * Hazard category for alarms whose rule names none, when a user opens a hazard report
	 * from one.
	 */
	static final Map<String, String> HAZARD_CATEGORY = Map.of("RAINSTORM", "FLOODING", "HEAVY_RAIN_1H", "FLOODING",
			"HIGH_WATER", "FLOODING", "LEVEL_RISE", "FLOODING", "DRAINAGE_OVERFLOW", "FLOODING", "GAS_LEAK", "GAS",
			"BRIDGE_STRAIN", "MUNICIPAL", "LOW_PRESSURE", "MUNICIPAL");

	private final Alarms alarms;

	private final AlarmBook book;

	private final Stations stations;

	private final TelemetryIngest ingest;

	private final People people;

	private final Regions regions;

	private final Scope scope;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	private final Clock clock;

	AlarmDesk(Alarms alarms, AlarmBook book, Stations stations, TelemetryIngest ingest, People people, Regions regions,
			Scope scope, AuditTrail audit, ApplicationEventPublisher events, TransactionTemplate transactions,
			Clock clock) {
		this.alarms = alarms;
		this.book = book;
		this.stations = stations;
		this.ingest = ingest;
		this.people = people;
		this.regions = regions;
		this.scope = scope;
		this.audit = audit;
		this.events = events;
		this.transactions = transactions;
		this.clock = clock;
	}

	/** The alarm, if the caller may see it (403 otherwise, 404 if there is none). */
	Alarm visible(AlarmId id, CurrentUser user) {
		Alarm alarm = alarms.find(id).orElseThrow(() -> new NotFound("No alarm " + id + "."));
		if (!scope.sees(user, alarm.regionPath())) {
			throw new OutsideJurisdiction("alarm " + id);
		}
		return alarm;
	}

	Alarm acknowledge(AlarmId id, CurrentUser user) {
		return transactions.execute(status -> {
			Alarm alarm = visible(id, user).acknowledge(user.username(), clock.instant());
			alarms.save(alarm);
			alarms.entry(id, alarm.acknowledgedAt(), user.username(), "ACKNOWLEDGED", null);
			audit.record(AuditEntry.of("alarm.acknowledge", id.toString(), "acknowledged",
					alarm.type() + " " + alarm.stationCode()));
			return alarm;
		});
	}

	Alarm clear(AlarmId id, String reason, CurrentUser user) {
		visible(id, user); // 403/404 before queueing
		String why = reason == null || reason.isBlank() ? "cleared by " + user.username() : reason.strip();
		String actorRegion = user.jurisdiction().regionCode();
		return ingest.call(() -> transactions.execute(status -> {
			Alarm alarm = visible(id, user);
			Alarm cleared = alarm.clear(user.username(), why, clock.instant());
			Station station = stations.find(alarm.stationCode()).orElseThrow();
			RuleEngine.Active active = new RuleEngine.Active(alarm.id(), alarm.type(), alarm.severity(),
					alarm.hazardOpened());
			if (!book.clear(active, station, user.username(), actorRegion, why, cleared.clearedAt())) {
				throw new IllegalAlarmTransition("The alarm was cleared in the meantime.");
			}
			RuleEngine engine = ingest.engine();
			RuleEngine.Active known = engine.active(alarm.stationCode(), alarm.type());
			if (known != null && known.id().equals(alarm.id())) {
				engine.cleared(alarm.stationCode(), alarm.type());
			}
			return alarms.find(id).orElseThrow();
		}));
	}

	Alarm assign(AlarmId id, UUID personId, CurrentUser user) {
		PersonSummary person = people.find(personId)
			.orElseThrow(() -> new IllegalArgumentException("No person " + personId + "."));
		if (!regions.isWithin(person.regionCode(), user.jurisdiction().regionCode())) {
			throw new OutsideJurisdiction("person " + personId);
		}
		return transactions.execute(status -> {
			Alarm alarm = visible(id, user).assign(person.id(), person.name(), clock.instant());
			alarms.save(alarm);
			alarms.entry(id, alarm.assignedAt(), user.username(), "ASSIGNED", person.name());
			audit.record(AuditEntry.of("alarm.assign", id.toString(), "assigned", person.name() + " " + person.id()));
			return alarm;
		});
	}

	Alarms.Entry comment(AlarmId id, String text, CurrentUser user) {
		if (text == null || text.isBlank() || text.length() > 2000) {
			throw new IllegalArgumentException("A comment needs text (at most 2000 characters).");
		}
		return transactions.execute(status -> {
			visible(id, user);
			Instant now = clock.instant();
			alarms.entry(id, now, user.username(), "COMMENT", text.strip());
			audit.record(AuditEntry.of("alarm.comment", id.toString(), "commented", null));
			return alarms.entries(id).getLast();
		});
	}

	/**
	 * Opens a hazard report for the alarm (once): the hazard loop takes it in after
	 * commit.
	 */
	Alarm openHazard(AlarmId id, CurrentUser user) {
		return transactions.execute(status -> {
			Alarm alarm = visible(id, user);
			Alarm opened = alarm.openHazard();
			alarms.save(opened);
			Station station = stations.find(alarm.stationCode()).orElseThrow();
			String category = HAZARD_CATEGORY.get(alarm.type());
			events.publishEvent(new HazardSensed(id, category, alarm.severity(), station.latitude(),
					station.longitude(), "%s %s（%s）告警：%s，测值 %s".formatted(station.name(), station.code(), alarm.type(),
							alarm.ruleCode(), AlarmBook.format(alarm.value())),
					alarm.lastAt()));
			alarms.entry(id, clock.instant(), user.username(), "HAZARD_OPENED", category);
			audit.record(AuditEntry.of("alarm.hazard", id.toString(), "hazard-opened", category));
			return opened;
		});
	}

}
