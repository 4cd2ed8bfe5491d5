package org.forewarn.incident;

/**
 * What an incident grew out of: a warning, an alarm or a hazard report ({@code kind}) and
 * its id as given. Absent (null) when the incident was reported directly.
 */
record IncidentOrigin(String kind, String id) {

	/** The origin, or null when no kind is given. */
	static IncidentOrigin of(String kind, String id) {
		return kind == null || kind.isBlank() ? null : new IncidentOrigin(kind, id);
	}
}
