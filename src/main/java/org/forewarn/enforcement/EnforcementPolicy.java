package org.forewarn.enforcement;

import java.util.List;
import java.util.Optional;

import org.forewarn.platform.OutsideJurisdiction;
import org.forewarn.region.RegionSummary;
import org.forewarn.region.Regions;
import org.springframework.stereotype.Component;

/**
 * Who sees and changes which inspections, cases and investigations: people whose
 * jurisdiction contains the matter's district (the district's inspectors and handlers,
 * whatever their department; the city sees all). Roles are checked on the endpoints
 * ({@link #VIEWERS}, {@link #OFFICERS}).
 */
@Component
class EnforcementPolicy {

	static final String VIEWERS = "hasAnyRole('ADMIN', 'DUTY_OFFICER', 'ANALYST', 'COMMANDER', 'HANDLER', 'INSPECTOR')";
	static final String OFFICERS = "hasAnyRole('INSPECTOR', 'HANDLER', 'COMMANDER')";

	private final Regions regions;

	EnforcementPolicy(Regions regions) {
		this.regions = regions;
	}

	boolean covers(Officer officer, String districtCode) {
		return officer.regionCode() != null && districtCode != null
				&& regions.isWithin(districtCode, officer.regionCode());
	}

	void checkCovers(Officer officer, String districtCode, String target) {
		if (!covers(officer, districtCode)) {
			throw new OutsideJurisdiction(target);
		}
	}

	/**
	 * The districts whose matters the officer sees; empty when the officer sees the whole
	 * city.
	 */
	Optional<List<String>> districts(Officer officer) {
		String city = regions.city().code();
		if (city.equals(officer.regionCode())) {
			return Optional.empty();
		}
		return Optional
			.of(regions.children(city).stream().map(RegionSummary::code).filter(d -> covers(officer, d)).toList());
	}

	/**
	 * Narrows a requested area to the officer's districts; asking for an area outside
	 * them is refused.
	 */
	Optional<List<String>> districts(Officer officer, String requested) {
		if (requested == null || requested.isBlank()) {
			return districts(officer);
		}
		if (regions.find(requested).isEmpty()) {
			throw new Rejected(org.forewarn.platform.Refusal.INVALID, "region",
					"Unknown region code '" + requested + "'.");
		}
		if (!regions.isWithin(requested, officer.regionCode()) && !regions.isWithin(officer.regionCode(), requested)) {
			throw new OutsideJurisdiction("region " + requested);
		}
		String city = regions.city().code();
		List<String> inRequest = regions.children(city)
			.stream()
			.map(RegionSummary::code)
			.filter(d -> regions.isWithin(d, requested) || regions.isWithin(requested, d))
			.filter(d -> covers(officer, d))
			.toList();
		return Optional.of(inRequest);
	}

	/** The district (level below the city) a region code lies in, if any. */
	Optional<String> districtOf(String regionCode) {
		List<RegionSummary> chain = regions.ancestry(regionCode);
		return chain.size() >= 2 ? Optional.of(chain.get(1).code()) : Optional.empty();
	}

}
