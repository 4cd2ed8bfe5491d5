package org.forewarn.resource;

import org.forewarn.platform.CurrentUser;
import org.forewarn.platform.OutsideJurisdiction;
import org.forewarn.platform.Role;
import org.forewarn.region.Regions;

import org.springframework.stereotype.Component;

/**
 * Who may see and change which resources. Reading: every resource of the city is visible
 * to staff (mutual aid across districts is the point of a resource pool; lists default to
 * the caller's own area). Changing a resource or approving and moving its dispatches: its
 * owner's side — a caller whose region contains the resource's region (a district manages
 * its own, the city all), and a member-unit handler only the resources of their own
 * department.
 */
@Component
class ResourceAccess {

	/** Staff who look at resources and request dispatches. */
	static final String STAFF = "hasAnyRole('ADMIN', 'DUTY_OFFICER', 'ANALYST', 'COMMANDER', 'HANDLER', 'INSPECTOR', 'GRID_WORKER')";

	/** Those who request dispatches. */
	static final String REQUESTERS = "hasAnyRole('ADMIN', 'DUTY_OFFICER', 'COMMANDER', 'HANDLER')";

	/**
	 * Those who manage resources and approve dispatches (jurisdiction checked per
	 * resource).
	 */
	static final String MANAGERS = "hasAnyRole('ADMIN', 'DUTY_OFFICER', 'COMMANDER', 'HANDLER')";

	private final Regions regions;

	private final Dispatches dispatches;

	ResourceAccess(Regions regions, Dispatches dispatches) {
		this.regions = regions;
		this.dispatches = dispatches;
	}

	/** The region to filter lists by, or null when the caller sees the whole city. */
	String scope(CurrentUser user) {
		String region = user.jurisdiction().regionCode();
		return region.equals(regions.city().code()) ? null : region;
	}

	boolean manages(CurrentUser user, Resource resource) {
		return manages(user, resource.regionCode(), resource.departmentCode());
	}

	boolean manages(CurrentUser user, String regionCode, String departmentCode) {
		if (!regions.isWithin(regionCode, user.jurisdiction().regionCode())) {
			return false;
		}
		if (user.has(Role.ADMIN) || user.has(Role.DUTY_OFFICER) || user.has(Role.COMMANDER)) {
			return true;
		}
		return user.has(Role.HANDLER) && user.jurisdiction().hasDepartment()
				&& user.jurisdiction().departmentCode().equals(departmentCode);
	}

	/**
	 * Whether the caller sees a dispatch: the same rule as the dispatch list — the city
	 * sees all, anyone else the dispatches they requested, those requested from their own
	 * area and those of resources inside their area. The resource itself stays visible
	 * city-wide; who asked for it, for which incident and where to is not.
	 */
	boolean sees(CurrentUser user, Dispatch dispatch, Resource resource) {
		String scope = scope(user);
		return scope == null || dispatch.requestedBy().equals(user.username())
				|| scope.equals(dispatch.requesterRegion()) || regions.isWithin(resource.regionCode(), scope);
	}

	/**
	 * A full contact number is for the owner's side, and for whoever has the resource on
	 * its way to them now (they need to reach the team they were sent); everybody else
	 * sees it masked.
	 */
	void requireReachesContact(CurrentUser user, Resource resource) {
		if (!manages(user, resource) && !dispatches.underWayFor(user.username(), resource.id())) {
			throw new OutsideJurisdiction("resource:" + resource.id() + " (contact of " + resource.name() + ")");
		}
	}

	void requireManages(CurrentUser user, Resource resource) {
		if (!manages(user, resource)) {
			throw new OutsideJurisdiction(
					"resource:" + resource.id() + " (" + resource.name() + ", " + resource.regionCode() + ")");
		}
	}

}
