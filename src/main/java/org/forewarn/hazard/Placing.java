package org.forewarn.hazard;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.forewarn.platform.TextPolicy;
import org.forewarn.region.Placement;
import org.forewarn.region.RegionLevel;
import org.forewarn.region.RegionSummary;
import org.forewarn.region.Regions;
import org.forewarn.platform.Refusal;
import org.springframework.stereotype.Component;

/**
 * Puts a report on the map: a point is placed in its district, street, community and grid
 * by the region module; an address without a point is placed as far down as the street or
 * community names it mentions allow (no point, so no grid and no duplicate check by
 * distance).
 */
@Component
class Placing {

	private final Regions regions;

	private volatile List<RegionSummary> named;

	Placing(Regions regions) {
		this.regions = regions;
	}

	/**
	 * The location of a report. Rejects coordinates out of range (400) or outside the
	 * city (422), and a report with neither coordinates nor address (400).
	 */
	DisposalOrder.Location place(Double latitude, Double longitude, String address) {
		String text = TextPolicy.blankToNull(address);
		if (latitude == null && longitude == null) {
			if (text == null) {
				throw new ReportRejected(Refusal.INVALID, "location",
						"A report needs a location: coordinates (latitude and longitude) or an address.");
			}
			return byAddress(text);
		}
		if (latitude == null || longitude == null) {
			throw new ReportRejected(Refusal.INVALID, latitude == null ? "latitude" : "longitude",
					"Give both latitude and longitude, or neither.");
		}
		if (!Double.isFinite(latitude) || latitude < -90 || latitude > 90) {
			throw new ReportRejected(Refusal.INVALID, "latitude", "Latitude must be between -90 and 90.");
		}
		if (!Double.isFinite(longitude) || longitude < -180 || longitude > 180) {
			throw new ReportRejected(Refusal.INVALID, "longitude", "Longitude must be between -180 and 180.");
		}
		Placement placement = regions.locate(latitude, longitude)
			.orElseThrow(() -> new ReportRejected(Refusal.UNPROCESSABLE, "latitude",
					"The point (" + latitude + ", " + longitude + ") is outside " + regions.city().name()
							+ "; the platform handles hazards within the city only."));
		return new DisposalOrder.Location(latitude, longitude, text, code(placement.district()),
				code(placement.street()), code(placement.community()), code(placement.grid()));
	}

	private DisposalOrder.Location byAddress(String address) {
		Optional<RegionSummary> match = names().stream()
			.filter(r -> address.contains(r.name()))
			.max(Comparator.comparingInt((RegionSummary r) -> r.level().ordinal())
				.thenComparingInt(r -> mentionsParent(address, r) ? 1 : 0)
				.thenComparingInt(r -> r.name().length()));
		if (match.isEmpty()) {
			return DisposalOrder.Location.unplaced(address);
		}
		String district = null, street = null, community = null;
		for (RegionSummary area : regions.ancestry(match.get().code())) {
			switch (area.level()) {
				case DISTRICT -> district = area.code();
				case STREET -> street = area.code();
				case COMMUNITY -> community = area.code();
				default -> {
				}
			}
		}
		return DisposalOrder.Location.byAddress(address, district, street, community);
	}

	private boolean mentionsParent(String address, RegionSummary area) {
		return area.parentCode() != null
				&& regions.find(area.parentCode()).map(p -> address.contains(p.name())).orElse(false);
	}

	private List<RegionSummary> names() {
		List<RegionSummary> current = named;
		if (current == null) {
			String city = regions.city().code();
			current = new java.util.ArrayList<>();
			current.addAll(regions.descendants(city, RegionLevel.DISTRICT));
			current.addAll(regions.descendants(city, RegionLevel.STREET));
			current.addAll(regions.descendants(city, RegionLevel.COMMUNITY));
			// a bare "社区" or a one-character name would match everything
			current = current.stream().filter(r -> r.name() != null && r.name().length() >= 3).toList();
			named = current;
		}
		return current;
	}

	private static String code(RegionSummary area) {
		return area == null ? null : area.code();
	}

}
