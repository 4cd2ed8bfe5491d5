package org.forewarn.region;

/** The five territorial levels of the "five-level linkage" (五级联动) below the province. */
public enum RegionLevel {

	CITY, DISTRICT, STREET, COMMUNITY, GRID

}
