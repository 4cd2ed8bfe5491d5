package org.forewarn.plan;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The identity of a contingency plan 预案 (all its versions share it). In JSON it is the
 * plain UUID.
 */
public record PlanId(@JsonValue UUID value) {

	public PlanId {
		if (value == null) {
			throw new IllegalArgumentException("a plan id needs a value");
		}
	}

	@JsonCreator
	public static PlanId of(UUID value) {
		return new PlanId(value);
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
