package org.forewarn.platform;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The identity of an incident 突发事件. The incident module owns incidents, but the resource
 * module names them too (a dispatch serves an incident) and the incident module already
 * depends on resource (its board shows dispatches), so the id lives here, where every
 * module may use it, instead of closing a cycle. In JSON it is the plain UUID.
 */
public record IncidentId(@JsonValue UUID value) {

	public IncidentId {
		if (value == null) {
			throw new IllegalArgumentException("an incident id needs a value");
		}
	}

	@JsonCreator
	public static IncidentId of(UUID value) {
		return new IncidentId(value);
	}

	/**
	 * Null for null: an optional reference to an incident (a dispatch that serves none).
	 */
	public static IncidentId orNull(UUID value) {
		return value == null ? null : new IncidentId(value);
	}

	public static IncidentId random() {
		return new IncidentId(UUID.randomUUID());
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
