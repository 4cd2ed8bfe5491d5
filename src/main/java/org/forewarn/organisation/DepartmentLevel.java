package org.forewarn.organisation;

/**
 * Whether a department belongs to the city government or to a district-level area's
 * government.
 */
public enum DepartmentLevel {

	CITY, DISTRICT

}
