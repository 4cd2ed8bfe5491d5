package org.forewarn.organisation;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import org.forewarn.platform.CurrentUser;
import org.forewarn.region.RegionSummary;
import org.forewarn.region.Regions;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Reservoirs and rivers within the caller's jurisdiction, with their water levels and
 * responsible persons.
 */
@RestController
@RequestMapping("/api/organisation/objects")
class ManagedObjectController {

	record ObjectPage(List<ManagedObject> content, long totalElements, int page, int size) {
	}

	record ResponsiblePerson(UUID id, String name, ResponsibilityType responsibilityType, String phone) {
	}

	record ObjectDetail(String code, ManagedObjectType type, String name, String scale, String districtCode,
			String districtName, String streetCode, String streetName, String communityCode, double latitude,
			double longitude, BigDecimal floodLimitLevel, BigDecimal designFloodLevel, BigDecimal warningLevel,
			BigDecimal guaranteeLevel, List<ResponsiblePerson> responsiblePersons) {
	}

	private final ManagedObjects objects;

	private final Persons people;

	private final Jurisdictions jurisdictions;

	private final Regions regions;

	ManagedObjectController(ManagedObjects objects, Persons people, Jurisdictions jurisdictions, Regions regions) {
		this.objects = objects;
		this.people = people;
		this.jurisdictions = jurisdictions;
		this.regions = regions;
	}

	@GetMapping
	@PreAuthorize(Access.STAFF_AND_RESPONSIBLE)
	ObjectPage list(@RequestParam(required = false) ManagedObjectType type,
			@RequestParam(required = false) @Size(max = 40) String regionCode,
			@RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(200) int size, @AuthenticationPrincipal CurrentUser user) {
		if (regionCode != null) {
			if (regions.find(regionCode).isEmpty()) {
				throw PersonRejected.invalid("regionCode", "no area has code " + regionCode);
			}
			jurisdictions.require(user, regionCode, regionCode);
		}
		ManagedObjects.Page result = objects.search(jurisdictions.filterRegion(user), type, regionCode, page, size);
		return new ObjectPage(result.content(), result.totalElements(), page, size);
	}

	@GetMapping("/{code}")
	@PreAuthorize(Access.STAFF_AND_RESPONSIBLE)
	ObjectDetail detail(@PathVariable String code, @AuthenticationPrincipal CurrentUser user) {
		ManagedObject o = objects.find(code)
			.orElseThrow(
					() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No reservoir or river " + code + "."));
		// the object's own area, as the list filters by it: a community user may open
		// what their list shows
		jurisdictions.require(user, o.communityCode() != null ? o.communityCode() : o.streetCode(), code);
		List<ResponsiblePerson> responsible = people.responsibleFor(code)
			.stream()
			.map(p -> new ResponsiblePerson(p.id(), p.name(), p.responsibilityType(), p.maskedPhone()))
			.toList();
		return new ObjectDetail(o.code(), o.type(), o.name(), o.scale(), o.districtCode(), name(o.districtCode()),
				o.streetCode(), name(o.streetCode()), o.communityCode(), o.latitude(), o.longitude(),
				o.floodLimitLevel(), o.designFloodLevel(), o.warningLevel(), o.guaranteeLevel(), responsible);
	}

	private String name(String regionCode) {
		return regionCode == null ? null : regions.find(regionCode).map(RegionSummary::name).orElse(null);
	}

}
