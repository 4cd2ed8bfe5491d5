package org.forewarn.organisation;

import java.util.List;
import java.util.Optional;

/** The organisation module's query API for departments (member units). */
public interface Departments {

	/**
	 * The department with this code, e.g. {@code 440300-YJ} (city emergency management
	 * bureau).
	 */
	Optional<DepartmentSummary> find(String code);

	/** The departments of one region (city or district-level area), ordered by code. */
	List<DepartmentSummary> ofRegion(String regionCode);

}
