package org.forewarn.monitoring;

import org.forewarn.platform.CurrentUser;
import org.forewarn.platform.OutsideJurisdiction;
import org.forewarn.region.Regions;

import org.springframework.stereotype.Component;

/**
 * What part of the monitoring network a caller sees: stations and alarms in their region
 * or below it.
 */
@Component
class Scope {

	private final Regions regions;

	Scope(Regions regions) {
		this.regions = regions;
	}

	/**
	 * The region to filter rows by, or {@code null} when the caller sees the whole city.
	 */
	String filter(CurrentUser user) {
		String region = user.jurisdiction().regionCode();
		return region.equals(regions.city().code()) ? null : region;
	}

	boolean sees(CurrentUser user, java.util.List<String> regionPath) {
		String filter = filter(user);
		return filter == null || regionPath.contains(filter);
	}

	/**
	 * Refuses (403, audited) unless the area is inside the caller's jurisdiction; 400 for
	 * an unknown area.
	 */
	void require(CurrentUser user, String regionCode) {
		if (regions.find(regionCode).isEmpty()) {
			throw new IllegalArgumentException("No area has code " + regionCode + ".");
		}
		if (!regions.isWithin(regionCode, user.jurisdiction().regionCode())) {
			throw new OutsideJurisdiction(regionCode);
		}
	}

}
