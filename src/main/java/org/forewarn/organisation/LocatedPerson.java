package org.forewarn.organisation;

import java.util.UUID;

/**
 * A person with the place their work lies in: for a responsible person of a reservoir or
 * river, the object's district and street; for anyone else, the district and street of
 * their own area ({@code null} above that level). No phone number: the full number is
 * only available through {@link People#contactNumbers(java.util.Collection)}.
 */
public record LocatedPerson(UUID id, String name, PersonRole role, ResponsibilityType responsibilityType,
		String responsibleFor, String regionCode, String districtCode, String streetCode, String departmentCode) {
}
