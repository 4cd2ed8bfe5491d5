package org.forewarn.warning;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.forewarn.organisation.PersonRole;
import org.forewarn.organisation.ResponsibilityType;

/**
 * A warning as other modules see it.
 *
 * @param regionCodes the areas named by the drafter
 * @param targetRegionCodes the areas the warning affects: {@code regionCodes} plus every
 * community a drawn polygon touches; recipients are selected from these
 * @param polygon the drawn area as a CAP polygon ({@code "lat,lon lat,lon …"}, first =
 * last), or null
 * @param ownerRegion the jurisdiction that owns (drafted, approves, issues) the warning
 * @param audienceRoles who is notified: person roles; with {@code audienceDuties}
 * narrowing responsible persons
 * @param revision 0 for a draft, 1 once issued, +1 per update
 */
public record WarningSummary(WarningId id, WarningStatus status, String eventType, String eventName, Colour colour,
		String headline, String description, String instruction, List<String> regionCodes,
		List<String> targetRegionCodes, String polygon, String ownerRegion, Set<PersonRole> audienceRoles,
		Set<ResponsibilityType> audienceDuties, Instant expiresAt, int revision, String identifier, Instant issuedAt) {
}
