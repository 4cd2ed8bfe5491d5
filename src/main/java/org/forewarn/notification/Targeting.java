package org.forewarn.notification;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.forewarn.organisation.LocatedPerson;
import org.forewarn.organisation.People;
import org.forewarn.region.RegionSummary;
import org.forewarn.region.Regions;
import org.forewarn.warning.WarningSummary;

import org.springframework.stereotype.Component;

/**
 * Who a warning reaches: the people the organisation module places within the warning's
 * target areas — responsible persons of the reservoirs, rivers and areas there with the
 * warning's duties, and people of its other roles — one SQL query whatever the size.
 */
@Component
class Targeting {

	/**
	 * Counts of a recipient list, by district and by role (a responsible person's role is
	 * their duty).
	 */
	record RecipientPreview(String warningId, int total, Map<String, Integer> byRole,
			List<DistrictPreview> byDistrict) {
	}

	record DistrictPreview(String code, String name, int total, Map<String, Integer> byRole) {
	}

	private final People people;

	private final Regions regions;

	Targeting(People people, Regions regions) {
		this.people = people;
		this.regions = regions;
	}

	List<LocatedPerson> recipients(WarningSummary warning) {
		return people.within(warning.targetRegionCodes(), warning.audienceRoles(), warning.audienceDuties());
	}

	RecipientPreview preview(WarningSummary warning) {
		List<LocatedPerson> recipients = recipients(warning);
		Map<String, Integer> byRole = new TreeMap<>();
		Map<String, Map<String, Integer>> byDistrict = new TreeMap<>();
		for (LocatedPerson person : recipients) {
			String role = role(person);
			byRole.merge(role, 1, Integer::sum);
			byDistrict.computeIfAbsent(String.valueOf(person.districtCode()), k -> new TreeMap<>())
				.merge(role, 1, Integer::sum);
		}
		List<DistrictPreview> districts = byDistrict.entrySet()
			.stream()
			.map(e -> new DistrictPreview(e.getKey(),
					regions.find(e.getKey()).map(RegionSummary::name).orElse(e.getKey()),
					e.getValue().values().stream().mapToInt(Integer::intValue).sum(), e.getValue()))
			.toList();
		return new RecipientPreview(warning.id().toString(), recipients.size(), byRole, districts);
	}

	static String role(LocatedPerson person) {
		return person.responsibilityType() != null ? person.responsibilityType().name() : person.role().name();
	}

}
