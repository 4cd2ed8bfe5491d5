package org.forewarn.organisation;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The organisation module's query API for people: duty officers, handlers, grid workers,
 * responsible persons …
 */
public interface People {

	/** The person with this id, phone masked. */
	Optional<PersonSummary> find(UUID id);

	/**
	 * The person's full mobile number, for notification (SMS, calls) only. Never show it
	 * in a list or write it to a log; every other read of a person gets the masked
	 * number.
	 */
	Optional<String> contactNumber(UUID id);

	/**
	 * The responsible persons of a managed object (reservoir, river) or area, ordered by
	 * responsibility type.
	 */
	List<PersonSummary> responsibleFor(String objectOrAreaCode);

	/**
	 * The people whose work lies within any of these areas: responsible persons with one
	 * of {@code duties} whose reservoir, river or area lies within (a reservoir counts
	 * where it is, not where its responsible person is filed), and people of the other
	 * {@code roles} whose own area lies within. {@code RESPONSIBLE_PERSON} in
	 * {@code roles} with no {@code duties} means every duty. One SQL query; tens of
	 * thousands of rows in well under a second.
	 */
	List<LocatedPerson> within(Collection<String> regionCodes, Set<PersonRole> roles, Set<ResponsibilityType> duties);

	/** These people (unknown ids are left out), placed like {@link #within}. */
	List<LocatedPerson> locate(Collection<UUID> ids);

	/**
	 * The handlers and duty officers of these departments (member units), for orders and
	 * commands sent to a unit.
	 */
	List<LocatedPerson> ofDepartments(Collection<String> departmentCodes);

	/**
	 * Full mobile numbers by person id, for sending only (SMS, calls): never show them in
	 * a list or write them to a log. Unknown ids are left out.
	 */
	Map<UUID, String> contactNumbers(Collection<UUID> ids);

	/**
	 * Whom a person's unattended warning or task goes to next: for a technical or patrol
	 * responsible person, the administrative responsible person of the same reservoir,
	 * river or enclosing area; for everyone else (and when there is none), the duty
	 * officers of the nearest street, district or city above the person's area — at a
	 * district or the city, the duty officer(s) on shift now at its command centre when a
	 * duty roster covers now, otherwise all of its duty officers. Keyed by the given ids;
	 * a person with nobody above is left out.
	 */
	Map<UUID, List<PersonSummary>> superiorsOf(Collection<UUID> ids);

}
