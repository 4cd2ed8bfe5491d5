package org.forewarn.organisation;

import java.util.List;
import java.util.Optional;

/**
 * The organisation module's query API for reservoirs and rivers (managed objects with
 * water levels).
 */
public interface ManagedObjectCatalogue {

	/** Every reservoir and river, ordered by code. */
	List<ManagedObjectSummary> all();

	/** The reservoir or river with this code ({@code SK0001}, {@code HL0001}). */
	Optional<ManagedObjectSummary> summary(String code);

}
