package org.forewarn.hazard;

import java.util.UUID;

/** The identity of a disposal order 处置单. */
public record DisposalOrderId(UUID value) {

	public DisposalOrderId {
		if (value == null) {
			throw new IllegalArgumentException("a disposal order id needs a value");
		}
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
