package org.forewarn.warning;

import java.util.UUID;

/** The identity of a warning 预警. */
public record WarningId(UUID value) {

	public WarningId {
		if (value == null) {
			throw new IllegalArgumentException("a warning id needs a value");
		}
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
