package org.forewarn.organisation;

import org.forewarn.platform.CurrentUser;
import org.forewarn.platform.OutsideJurisdiction;
import org.forewarn.region.RegionSummary;
import org.forewarn.region.Regions;

import org.springframework.stereotype.Component;

/**
 * What part of the organisation a caller sees. People and managed objects: those in the
 * caller's region or below it. Departments, committees and command centres: those of the
 * caller's region, of the regions above it (a Futian user sees the city's member units,
 * which also act in Futian) and of the regions below it.
 */
@Component
class Jurisdictions {

	private final Regions regions;

	Jurisdictions(Regions regions) {
		this.regions = regions;
	}

	/**
	 * The region to filter rows by, or {@code null} when the caller sees the whole city.
	 */
	String filterRegion(CurrentUser user) {
		String region = user.jurisdiction().regionCode();
		return region.equals(regions.city().code()) ? null : region;
	}

	/** Whether an area lies in the caller's jurisdiction. */
	boolean covers(CurrentUser user, String regionCode) {
		return regionCode != null && regions.isWithin(regionCode, user.jurisdiction().regionCode());
	}

	/** Refuses (403, audited) unless the area lies in the caller's jurisdiction. */
	void require(CurrentUser user, String regionCode, String target) {
		if (!covers(user, regionCode)) {
			throw new OutsideJurisdiction(target);
		}
	}

	/**
	 * Whether the caller sees an organisational unit (department, committee, centre) of
	 * this region.
	 */
	boolean seesUnitOf(CurrentUser user, String unitRegionCode) {
		return covers(user, unitRegionCode) || regions.ancestry(user.jurisdiction().regionCode())
			.stream()
			.map(RegionSummary::code)
			.anyMatch(unitRegionCode::equals);
	}

}
