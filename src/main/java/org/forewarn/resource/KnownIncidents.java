package org.forewarn.resource;

import org.forewarn.platform.IncidentId;

/**
 * What the resource module needs to know about incidents before it dispatches for one:
 * whether the incident exists. The incident module answers it; it already uses this
 * module (its command board shows dispatches), so asking it directly would make a cycle.
 */
public interface KnownIncidents {

	/** Whether an incident with this id was ever opened on this platform. */
	boolean exists(IncidentId incident);

}
