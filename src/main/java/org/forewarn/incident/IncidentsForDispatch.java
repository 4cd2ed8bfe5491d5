package org.forewarn.incident;

import java.util.UUID;

import org.forewarn.resource.KnownIncidents;
import org.springframework.stereotype.Component;

/** Tells the resource module which incidents exist, so no dispatch is requested for an incident nobody opened. */
@Component
class IncidentsForDispatch implements KnownIncidents {

	private final Incidents incidents;

	IncidentsForDispatch(Incidents incidents) {
		this.incidents = incidents;
	}

	@Override
	public boolean exists(UUID incidentId) {
		return incidents.find(incidentId).isPresent();
	}
}
