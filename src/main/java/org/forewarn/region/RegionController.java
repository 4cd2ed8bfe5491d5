package org.forewarn.region;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonRawValue;
import tools.jackson.databind.json.JsonMapper;

import org.forewarn.platform.Coordinates;
import org.forewarn.platform.CurrentUser;
import org.forewarn.platform.OutsideJurisdiction;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The territory over HTTP, always scoped to the caller's jurisdiction: a district user
 * sees that district and what lies below it; asking for anything else (including
 * {@code ?parent=} the city) is refused (403, audited) rather than silently emptied. Only
 * {@code locate} answers for the whole city: where a point lies is public geography.
 */
@RestController
@RequestMapping("/api/regions")
@PreAuthorize("isAuthenticated()")
class RegionController {

	/**
	 * A safety net beyond the GRID rule (grids only within a district or below): larger
	 * feature collections are refused, ask for a smaller {@code within}.
	 */
	static final int MAX_FEATURES = 3000;

	static final MediaType GEO_JSON = MediaType.parseMediaType("application/geo+json");

	private final RegionCatalogue catalogue;

	private final JsonMapper json;

	RegionController(RegionCatalogue catalogue, JsonMapper json) {
		this.catalogue = catalogue;
		this.json = json;
	}

	/**
	 * An area for the console: where it is and how many children it has; the geometry
	 * only when asked for.
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record Region(String code, String name, RegionLevel level, String parentCode, boolean derived, double[] center,
			int childCount, @JsonRawValue String geometry) {
	}

	/** Where a point lies, or why it lies nowhere. */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record PointLocation(boolean inside, Region district, Region street, Region community, Region grid,
			String message) {
	}

	record DistrictStats(String code, String name, int streets, int communities, int grids) {
	}

	@GetMapping
	List<Region> list(@RequestParam(required = false) String parent, @AuthenticationPrincipal CurrentUser user) {
		Territory territory = catalogue.territory();
		if (parent == null || parent.isBlank()) {
			return List.of(region(territory, root(territory, user), false));
		}
		Area area = visible(territory, parent, user);
		return territory.children(area.code()).stream().map(child -> region(territory, child, false)).toList();
	}

	@GetMapping("/{code}")
	Region one(@PathVariable String code, @RequestParam(defaultValue = "false") boolean geometry,
			@AuthenticationPrincipal CurrentUser user) {
		Territory territory = catalogue.territory();
		return region(territory, visible(territory, code, user), geometry);
	}

	@GetMapping("/locate")
	PointLocation locate(@RequestParam double lat, @RequestParam double lon) {
		Coordinates.require(lat, "lat", lon, "lon");
		Territory territory = catalogue.territory();
		var placement = RegionCatalogue.placement(territory, lat, lon);
		if (placement.isEmpty()) {
			return new PointLocation(false, null, null, null, null,
					"该位置不在" + territory.city().name() + "任何区域内 / not inside any area of " + territory.city().name());
		}
		// Not scoped to the jurisdiction: where a point lies is public geography (a
		// Futian duty officer may place a
		// report that came in from Nanshan); what the caller may then do there is checked
		// by the module acting on it.
		Placement found = placement.get();
		return new PointLocation(true, summary(territory, found.district()), summary(territory, found.street()),
				summary(territory, found.community()), summary(territory, found.grid()), null);
	}

	@GetMapping(value = "/features", produces = { "application/geo+json", MediaType.APPLICATION_JSON_VALUE })
	ResponseEntity<String> features(@RequestParam RegionLevel level, @RequestParam(required = false) String within,
			@AuthenticationPrincipal CurrentUser user) {
		Territory territory = catalogue.territory();
		Area scope = within == null || within.isBlank() ? root(territory, user) : visible(territory, within, user);
		if (level.compareTo(scope.level()) < 0) {
			throw new IllegalArgumentException("level " + level + " is above " + scope.code() + " (" + scope.level()
					+ "); ask for " + scope.level() + " or below");
		}
		if (level == RegionLevel.GRID && scope.level() == RegionLevel.CITY) {
			throw new IllegalArgumentException(
					"GRID features need 'within' at district level or below (a district, street"
							+ " or community code); the whole city has "
							+ territory.descendants(scope.code(), level).size() + " grids");
		}
		List<Area> areas = territory.descendants(scope.code(), level);
		if (areas.size() > MAX_FEATURES) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
					areas.size() + " " + level + " features under " + scope.code() + " exceed the limit of "
							+ MAX_FEATURES + "; pass a smaller 'within' (a district or street)");
		}
		StringBuilder body = new StringBuilder(64 + areas.size() * 600)
			.append("{\"type\":\"FeatureCollection\",\"features\":[");
		for (int i = 0; i < areas.size(); i++) {
			Area area = areas.get(i);
			body.append(i == 0 ? "" : ",")
				.append("{\"type\":\"Feature\",\"id\":")
				.append(json.writeValueAsString(area.code()))
				.append(",\"properties\":")
				.append(json.writeValueAsString(area.summary()))
				.append(",\"geometry\":")
				.append(area.displayGeoJson() == null ? "null" : area.displayGeoJson())
				.append('}');
		}
		body.append("]}");
		return ResponseEntity.ok().contentType(GEO_JSON).body(body.toString());
	}

	@GetMapping("/stats")
	List<DistrictStats> stats(@RequestParam(required = false) String within,
			@AuthenticationPrincipal CurrentUser user) {
		Territory territory = catalogue.territory();
		Area scope = within == null || within.isBlank() ? root(territory, user) : visible(territory, within, user);
		List<Area> districts = new ArrayList<>();
		if (scope.level() == RegionLevel.CITY) {
			districts.addAll(territory.children(scope.code()));
		}
		else {
			territory.ancestry(scope.code())
				.stream()
				.filter(a -> a.level() == RegionLevel.DISTRICT)
				.forEach(districts::add);
		}
		return districts.stream().map(district -> {
			// counts of what lies in both the district and the scope (the scope may be a
			// street inside it)
			String base = scope.level().compareTo(RegionLevel.DISTRICT) > 0 ? scope.code() : district.code();
			return new DistrictStats(district.code(), district.name(),
					territory.descendants(base, RegionLevel.STREET).size(),
					territory.descendants(base, RegionLevel.COMMUNITY).size(),
					territory.descendants(base, RegionLevel.GRID).size());
		}).toList();
	}

	/**
	 * The caller's jurisdiction root; a jurisdiction the hierarchy doesn't know sees
	 * nothing.
	 */
	private static Area root(Territory territory, CurrentUser user) {
		String code = user.jurisdiction().regionCode();
		return territory.area(code).orElseThrow(() -> new OutsideJurisdiction(code));
	}

	/** The area, if it exists (404) and lies in the caller's jurisdiction (403). */
	private static Area visible(Territory territory, String code, CurrentUser user) {
		Area area = territory.area(code.strip())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no region with code '" + code + "'"));
		if (!territory.isWithin(area.code(), root(territory, user).code())) {
			throw new OutsideJurisdiction(area.code());
		}
		return area;
	}

	private static Region summary(Territory territory, RegionSummary summary) {
		return summary == null ? null : region(territory, territory.area(summary.code()).orElseThrow(), false);
	}

	static Region region(Territory territory, Area area, boolean geometry) {
		double[] center = area.center() == null ? null : new double[] { area.center().x, area.center().y };
		return new Region(area.code(), area.name(), area.level(), area.parentCode(), area.derived(), center,
				territory.children(area.code()).size(),
				geometry ? (area.displayGeoJson() == null ? "null" : area.displayGeoJson()) : null);
	}

}
