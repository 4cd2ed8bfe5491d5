package org.forewarn.resource;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The resource module's query API for other modules (the incident board, plans). */
public interface ResourcePool {

	/**
	 * The available resources nearest to a point, closest first. {@code type} is a kind
	 * ({@code TEAM}, {@code SUPPLY}, {@code SHELTER}, {@code EXPERT}, {@code VEHICLE}) or
	 * a type code ({@code TEAM_FLOOD}, {@code TENT}, {@code EXPERT_HAZCHEM} …); null
	 * means every dispatchable kind. Only available ones: teams, experts and vehicles not
	 * dispatched, supplies with stock, shelters with free places. At most {@code limit}
	 * (1–100).
	 */
	List<NearbyResource> nearest(double latitude, double longitude, String type, int limit);

	/** One resource, available or not, distance 0. */
	Optional<NearbyResource> find(UUID id);

}
