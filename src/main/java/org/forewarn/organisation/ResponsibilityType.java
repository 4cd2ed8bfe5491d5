package org.forewarn.organisation;

/**
 * The 三防 responsibility a responsible person carries: for which kind of object
 * (reservoir, river or area) and which of the "three responsible persons" 三个责任人
 * (administrative 行政, technical 技术, patrol 巡查).
 */
public enum ResponsibilityType {

	RESERVOIR_ADMINISTRATIVE, RESERVOIR_TECHNICAL, RESERVOIR_PATROL, RIVER_ADMINISTRATIVE, RIVER_TECHNICAL,
	RIVER_PATROL, AREA_ADMINISTRATIVE, AREA_TECHNICAL, AREA_PATROL;

	/** The three duties of one kind of object, administrative first. */
	static ResponsibilityType[] of(ManagedObjectType type) {
		return switch (type) {
			case RESERVOIR ->
				new ResponsibilityType[] { RESERVOIR_ADMINISTRATIVE, RESERVOIR_TECHNICAL, RESERVOIR_PATROL };
			case RIVER -> new ResponsibilityType[] { RIVER_ADMINISTRATIVE, RIVER_TECHNICAL, RIVER_PATROL };
		};
	}

}
