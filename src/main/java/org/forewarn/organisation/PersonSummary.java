package org.forewarn.organisation;

import java.util.UUID;

/**
 * A person as other modules see them. The phone number is masked ({@code 138****1234});
 * the full number is only available through {@link People#contactNumber(UUID)}, for
 * notification.
 */
public record PersonSummary(UUID id, String name, PersonRole role, ResponsibilityType responsibilityType,
		String responsibleFor, String regionCode, String departmentCode, String maskedPhone) {
}
