package org.forewarn.resource;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** The identity of a dispatch 调度 of a resource. In JSON it is the plain UUID. */
public record DispatchId(@JsonValue UUID value) {

	public DispatchId {
		if (value == null) {
			throw new IllegalArgumentException("a dispatch id needs a value");
		}
	}

	@JsonCreator
	public static DispatchId of(UUID value) {
		return new DispatchId(value);
	}

	static DispatchId random() {
		return new DispatchId(UUID.randomUUID());
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
