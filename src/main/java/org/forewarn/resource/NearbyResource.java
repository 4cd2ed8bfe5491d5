package org.forewarn.resource;

import java.util.UUID;

/**
 * An available resource near a point, as other modules and the console see it.
 * {@code available}: stock of a supply, free places of a shelter, members of a team, 1
 * for an expert or vehicle. Distances in metres; the travel figures are estimates without
 * a road network (see ADR 0009): straight line times a detour factor, at a speed by kind.
 */
public record NearbyResource(UUID id, ResourceKind kind, String typeCode, String typeName, String name,
		String regionCode, String departmentCode, double latitude, double longitude, int available, String unit,
		double distanceMetres, double travelMetres, int travelMinutes) {
}
