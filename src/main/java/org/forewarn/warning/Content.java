package org.forewarn.warning;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.forewarn.organisation.PersonRole;
import org.forewarn.organisation.ResponsibilityType;

/**
 * What a warning says: event type and colour, texts, area, expiry and audience. Checked
 * by {@link WarningForms} before it reaches a {@link Warning}.
 *
 * @param regionCodes areas named by the drafter
 * @param polygon CAP polygon or null
 * @param targetRegionCodes {@code regionCodes} plus the communities the polygon touches
 * @param areaDescription the names of the areas, for CAP {@code areaDesc}
 */
record Content(String eventType, String eventName, Colour colour, String headline, String description,
		String instruction, List<String> regionCodes, String polygon, List<String> targetRegionCodes,
		String areaDescription, Instant expiresAt, Set<PersonRole> audienceRoles,
		Set<ResponsibilityType> audienceDuties) {

	Content {
		regionCodes = List.copyOf(regionCodes);
		targetRegionCodes = List.copyOf(targetRegionCodes);
		audienceRoles = Set.copyOf(audienceRoles);
		audienceDuties = Set.copyOf(audienceDuties);
	}
}
