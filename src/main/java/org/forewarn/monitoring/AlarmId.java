package org.forewarn.monitoring;

import java.util.UUID;

/** The identity of an alarm. */
public record AlarmId(UUID value) {

	public AlarmId {
		if (value == null) {
			throw new IllegalArgumentException("an alarm id needs a value");
		}
	}

	public static AlarmId random() {
		return new AlarmId(UUID.randomUUID());
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
