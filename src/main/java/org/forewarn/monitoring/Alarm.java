package org.forewarn.monitoring;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An alarm: raised by a rule on a station's readings, at most one active per station and
 * type. Two independent flags give the four ThingsBoard states (active/cleared ×
 * unacknowledged/acknowledged). The aggregate guards the moves users make; the rule
 * engine raises, escalates and clears through the telemetry writer.
 */
record Alarm(AlarmId id, String stationCode, String type, Severity severity, String signal, String ruleCode,
		String metric, Double value, Double threshold, List<String> regionPath, Instant startedAt, Instant lastAt,
		int repeats, boolean cleared, Instant clearedAt, String clearedBy, String clearReason, boolean acknowledged,
		Instant acknowledgedAt, String acknowledgedBy, UUID assigneeId, String assigneeName, Instant assignedAt,
		boolean hazardOpened, int version) {

	enum Status {

		ACTIVE_UNACK, ACTIVE_ACK, CLEARED_UNACK, CLEARED_ACK

	}

	Status status() {
		return cleared ? (acknowledged ? Status.CLEARED_ACK : Status.CLEARED_UNACK)
				: (acknowledged ? Status.ACTIVE_ACK : Status.ACTIVE_UNACK);
	}

	/** The area the alarm belongs to (its station's deepest area). */
	String regionCode() {
		return regionPath.get(regionPath.size() - 1);
	}

	Alarm acknowledge(String by, Instant at) {
		if (acknowledged) {
			throw new IllegalAlarmTransition("The alarm was already acknowledged by " + acknowledgedBy + ".");
		}
		return new Alarm(id, stationCode, type, severity, signal, ruleCode, metric, value, threshold, regionPath,
				startedAt, lastAt, repeats, cleared, clearedAt, clearedBy, clearReason, true, at, by, assigneeId,
				assigneeName, assignedAt, hazardOpened, version);
	}

	Alarm clear(String by, String reason, Instant at) {
		if (cleared) {
			throw new IllegalAlarmTransition("The alarm is already cleared (" + clearedBy + ").");
		}
		return new Alarm(id, stationCode, type, severity, signal, ruleCode, metric, value, threshold, regionPath,
				startedAt, lastAt, repeats, true, at, by, reason, acknowledged, acknowledgedAt, acknowledgedBy,
				assigneeId, assigneeName, assignedAt, hazardOpened, version);
	}

	Alarm assign(UUID personId, String personName, Instant at) {
		if (cleared && acknowledged) {
			throw new IllegalAlarmTransition("The alarm is cleared and acknowledged: there is nothing left to assign.");
		}
		if (personId.equals(assigneeId)) {
			throw new IllegalAlarmTransition("The alarm is already assigned to " + assigneeName + ".");
		}
		return new Alarm(id, stationCode, type, severity, signal, ruleCode, metric, value, threshold, regionPath,
				startedAt, lastAt, repeats, cleared, clearedAt, clearedBy, clearReason, acknowledged, acknowledgedAt,
				acknowledgedBy, personId, personName, at, hazardOpened, version);
	}

	Alarm openHazard() {
		if (hazardOpened) {
			throw new IllegalAlarmTransition("A hazard report was already opened for this alarm.");
		}
		return new Alarm(id, stationCode, type, severity, signal, ruleCode, metric, value, threshold, regionPath,
				startedAt, lastAt, repeats, cleared, clearedAt, clearedBy, clearReason, acknowledged, acknowledgedAt,
				acknowledgedBy, assigneeId, assigneeName, assignedAt, true, version);
	}
}
