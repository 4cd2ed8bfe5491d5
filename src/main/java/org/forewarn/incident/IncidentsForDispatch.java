package org.forewarn.incident;

import org.forewarn.platform.IncidentId;
import org.forewarn.resource.KnownIncidents;
import org.springframework.stereotype.Component;

/**
 * Tells the resource module which incidents exist, so no dispatch is requested for an
 * incident nobody opened.
 */
@Component
class IncidentsForDispatch implements KnownIncidents {

	private final Incidents incidents;

	IncidentsForDispatch(Incidents incidents) {
		this.incidents = incidents;
	}

	@Override
	public boolean exists(IncidentId incident) {
		return incidents.find(incident.value()).isPresent();
	}

}
