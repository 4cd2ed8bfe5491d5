package org.forewarn.organisation;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The organisation module's query API for people: duty officers, handlers, grid workers, responsible persons … */
public interface People {

	/** The person with this id, phone masked. */
	Optional<PersonSummary> find(UUID id);

	/**
	 * The person's full mobile number, for notification (SMS, calls) only. Never show it in a list or write it to a
	 * log; every other read of a person gets the masked number.
	 */
	Optional<String> contactNumber(UUID id);

	/** The responsible persons of a managed object (reservoir, river) or area, ordered by responsibility type. */
	List<PersonSummary> responsibleFor(String objectOrAreaCode);
}
