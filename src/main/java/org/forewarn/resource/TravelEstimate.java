package org.forewarn.resource;

/**
 * How far and how long by road, without a road network (ADR 0009): the straight-line
 * (great-circle) distance times a detour factor of 1.4 — the ratio of road to
 * straight-line distance usually measured in dense cities lies between 1.2 and 1.6 — at
 * an average speed by kind: emergency vehicles (teams, vehicles) 40 km/h, supply trucks
 * and experts 30 km/h plus 15 minutes to load or set off, evacuees walking to a shelter 4
 * km/h. An estimate to rank and to plan with, not a route.
 */
final class TravelEstimate {

	static final double DETOUR = 1.4;

	private static final double EARTH_RADIUS_METRES = 6_371_008.8;

	private TravelEstimate() {
	}

	static double straightMetres(double lat1, double lon1, double lat2, double lon2) {
		double dLat = Math.toRadians(lat2 - lat1);
		double dLon = Math.toRadians(lon2 - lon1);
		double a = Math.sin(dLat / 2) * Math.sin(dLat / 2) + Math.cos(Math.toRadians(lat1))
				* Math.cos(Math.toRadians(lat2)) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
		return 2 * EARTH_RADIUS_METRES * Math.asin(Math.min(1, Math.sqrt(a)));
	}

	static double travelMetres(double straightMetres) {
		return straightMetres * DETOUR;
	}

	static int minutes(ResourceKind kind, double travelMetres) {
		double kmh = switch (kind) {
			case TEAM, VEHICLE -> 40;
			case SUPPLY, EXPERT, WAREHOUSE -> 30;
			case SHELTER -> 4;
		};
		int setOff = kind == ResourceKind.SUPPLY || kind == ResourceKind.EXPERT ? 15 : 0;
		return setOff + (int) Math.ceil(travelMetres / 1000 / kmh * 60);
	}

}
