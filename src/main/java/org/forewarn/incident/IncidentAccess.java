package org.forewarn.incident;

import java.util.UUID;

import org.forewarn.incident.Incidents.IncidentRow;
import org.forewarn.platform.CurrentUser;
import org.forewarn.platform.OutsideJurisdiction;
import org.forewarn.platform.Role;
import org.forewarn.region.Regions;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who sees and runs which incident: a duty officer or commander runs the incidents of
 * their jurisdiction (a district its district's, the city all); a unit's handlers see the
 * incidents their unit has tasks in and move those tasks.
 */
@Component
class IncidentAccess {

	static final String READERS = "hasAnyRole('ADMIN', 'DUTY_OFFICER', 'ANALYST', 'COMMANDER', 'HANDLER')";
	static final String COMMANDERS = "hasAnyRole('DUTY_OFFICER', 'COMMANDER')";

	private final Regions regions;

	private final Incidents incidents;

	IncidentAccess(Regions regions, Incidents incidents) {
		this.regions = regions;
		this.incidents = incidents;
	}

	boolean inJurisdiction(CurrentUser user, String regionCode) {
		return regions.isWithin(regionCode, user.jurisdiction().regionCode());
	}

	/**
	 * The incidents of one's own area, those whose affected areas reach into it (a city
	 * incident over several districts is seen by each of them), and those one's unit has
	 * tasks in.
	 */
	boolean sees(CurrentUser user, IncidentRow incident) {
		return inJurisdiction(user, incident.districtCode())
				|| incident.areaCodes().stream().anyMatch(code -> inJurisdiction(user, code))
				|| (user.jurisdiction().hasDepartment()
						&& incidents.hasTaskFor(incident.id(), user.jurisdiction().departmentCode()));
	}

	IncidentRow visible(CurrentUser user, UUID id) {
		IncidentRow incident = incidents.find(id).orElseThrow(() -> IncidentRejected.missing("incident " + id));
		if (!sees(user, incident)) {
			throw new OutsideJurisdiction("incident:" + id);
		}
		return incident;
	}

	/** Refuses (403, audited) unless the caller runs this incident. */
	void requireCommands(CurrentUser user, IncidentRow incident) {
		if (!inJurisdiction(user, incident.districtCode())) {
			throw new OutsideJurisdiction("incident:" + incident.id());
		}
		if (!user.has(Role.DUTY_OFFICER) && !user.has(Role.COMMANDER)) {
			throw new AccessDeniedException("only duty officers and commanders run incidents");
		}
	}

	boolean commands(CurrentUser user, IncidentRow incident) {
		return inJurisdiction(user, incident.districtCode())
				&& (user.has(Role.DUTY_OFFICER) || user.has(Role.COMMANDER));
	}

}
