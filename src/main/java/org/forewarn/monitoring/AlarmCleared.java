package org.forewarn.monitoring;

import java.time.Instant;

/**
 * An alarm stopped being active: its readings fell back past the hysteresis margin of
 * every rule of its type, a silent station reported again, or a user cleared it.
 *
 * @param clearedBy {@code system} or the username of the user who cleared it
 * @param reason why, in words
 */
public record AlarmCleared(AlarmId alarmId, String type, Severity severity, AlarmSource source, String clearedBy,
		String reason, Instant clearedAt) {
}
