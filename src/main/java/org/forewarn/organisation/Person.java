package org.forewarn.organisation;

import java.util.UUID;

/**
 * A person in the organisation. {@code responsibleFor} is the managed object (reservoir,
 * river) or area code a responsible person answers for. The phone is a
 * {@link MobileNumber}, so printing a person prints a masked number.
 */
record Person(UUID id, String name, PersonRole role, ResponsibilityType responsibilityType, String responsibleFor,
		String regionCode, String departmentCode, MobileNumber phone) {

	PersonSummary summary() {
		return new PersonSummary(id, name, role, responsibilityType, responsibleFor, regionCode, departmentCode,
				phone.masked());
	}
}
