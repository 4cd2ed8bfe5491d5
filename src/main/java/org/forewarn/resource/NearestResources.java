package org.forewarn.resource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.forewarn.platform.Coordinates;

import org.forewarn.platform.TextPolicy;
import org.springframework.stereotype.Service;

/**
 * The nearest available resources: the index orders candidates by distance, the database
 * says which of the closest are available now (one query per round; a round doubles the
 * candidates until enough are found).
 */
@Service
class NearestResources implements ResourcePool {

	static final int MAX_LIMIT = 100;

	private final NearestIndex index;

	private final Resources resources;

	NearestResources(NearestIndex index, Resources resources) {
		this.index = index;
		this.resources = resources;
	}

	@Override
	public List<NearbyResource> nearest(double latitude, double longitude, String type, int limit) {
		Coordinates.require(latitude, "lat", longitude, "lon");
		if (limit < 1 || limit > MAX_LIMIT) {
			throw new ResourceProblem(org.forewarn.platform.Refusal.INVALID, "limit",
					"limit is 1 to " + MAX_LIMIT + ".");
		}
		String key = TextPolicy.blankToNull(type);
		if (key != null && !resources.types().containsKey(key) && !isKind(key)) {
			throw new ResourceProblem(org.forewarn.platform.Refusal.INVALID, "type", "Unknown type '" + key
					+ "': use a kind (TEAM, SUPPLY, SHELTER, EXPERT, VEHICLE) or a type code from GET /api/resources/types.");
		}
		if ("WAREHOUSE".equals(key)) {
			throw new ResourceProblem(org.forewarn.platform.Refusal.INVALID, "type",
					"Warehouses are not dispatched; ask for SUPPLY or a supply type.");
		}
		int total = index.size(key);
		List<NearbyResource> found = new ArrayList<>(limit);
		int from = 0;
		int round = Math.max(limit * 3, 24);
		while (found.size() < limit && from < total) {
			List<NearestIndex.Candidate> candidates = index.closest(latitude, longitude, key,
					Math.min(total, from + round));
			List<UUID> ids = candidates.subList(from, candidates.size())
				.stream()
				.map(NearestIndex.Candidate::id)
				.toList();
			Map<UUID, Resource> available = resources.availableAmong(ids);
			for (UUID id : ids) {
				Resource r = available.get(id);
				if (r != null && found.size() < limit) {
					found.add(view(r, latitude, longitude));
				}
			}
			from = candidates.size();
			round *= 2;
		}
		return found;
	}

	@Override
	public Optional<NearbyResource> find(UUID id) {
		return resources.find(id).map(r -> view(r, r.latitude(), r.longitude()));
	}

	NearbyResource view(Resource r, double latitude, double longitude) {
		double straight = TravelEstimate.straightMetres(latitude, longitude, r.latitude(), r.longitude());
		double travel = TravelEstimate.travelMetres(straight);
		Resources.ResourceType type = resources.types().get(r.typeCode());
		return new NearbyResource(r.id(), r.kind(), r.typeCode(), type == null ? r.typeCode() : type.nameZh(), r.name(),
				r.regionCode(), r.departmentCode(), r.latitude(), r.longitude(), r.available(), r.unit(),
				Math.round(straight), Math.round(travel), TravelEstimate.minutes(r.kind(), travel));
	}

	private static boolean isKind(String key) {
		for (ResourceKind kind : ResourceKind.values()) {
			if (kind.name().equals(key)) {
				return true;
			}
		}
		return false;
	}

}
