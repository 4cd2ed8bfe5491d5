package org.forewarn.enterprise;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The enterprise module's query API for other modules. */
public interface Enterprises {

	/** The enterprise with this Unified Social Credit Code, contacts masked. */
	Optional<EnterpriseSummary> find(Uscc uscc);

	/**
	 * The enterprises whose site lies within any of these areas (region codes at any
	 * level).
	 */
	List<EnterpriseSummary> within(Collection<String> regionCodes);

	/**
	 * The key supervision category 重点类别 named by its code or Chinese name
	 * ({@code HAZARDOUS_CHEMICALS}, 危险化学品), as the code
	 * {@link EnterpriseSummary#keyCategories()} uses; empty if there is no such category.
	 */
	Optional<String> keyCategory(String codeOrName);

}
