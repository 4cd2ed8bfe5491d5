package org.forewarn.organisation;

import java.util.List;
import java.util.Map;

import org.forewarn.platform.CurrentUser;
import org.forewarn.platform.OutsideJurisdiction;

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
 * The organisation chart as the caller's jurisdiction shows it: departments, committees
 * with their member units, the 1+11+N command centres, and head counts.
 */
@RestController
@RequestMapping("/api/organisation")
class OrganisationController {

	private final MemberUnits departments;

	private final Committees committees;

	private final CommandCentres centres;

	private final Persons people;

	private final ManagedObjects objects;

	private final Jurisdictions jurisdictions;

	OrganisationController(MemberUnits departments, Committees committees, CommandCentres centres, Persons people,
			ManagedObjects objects, Jurisdictions jurisdictions) {
		this.departments = departments;
		this.committees = committees;
		this.centres = centres;
		this.people = people;
		this.objects = objects;
		this.jurisdictions = jurisdictions;
	}

	@GetMapping("/departments")
	@PreAuthorize(Access.ANYONE)
	List<DepartmentSummary> departments(@RequestParam(required = false) DepartmentLevel level,
			@AuthenticationPrincipal CurrentUser user) {
		return departments.all(level).stream().filter(d -> jurisdictions.seesUnitOf(user, d.regionCode())).toList();
	}

	@GetMapping("/committees")
	@PreAuthorize(Access.ANYONE)
	List<Committees.Committee> committees(@AuthenticationPrincipal CurrentUser user) {
		return committees.all().stream().filter(c -> jurisdictions.seesUnitOf(user, c.regionCode())).toList();
	}

	record CommitteeDetail(String code, String kind, String name, DepartmentLevel level, String regionCode,
			String officeDepartmentCode, List<Committees.MemberUnit> members) {
	}

	@GetMapping("/committees/{code}")
	@PreAuthorize(Access.ANYONE)
	CommitteeDetail committee(@PathVariable String code, @AuthenticationPrincipal CurrentUser user) {
		Committees.Committee committee = committees.find(code)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No committee " + code + "."));
		if (!jurisdictions.seesUnitOf(user, committee.regionCode())) {
			throw new OutsideJurisdiction(code);
		}
		return new CommitteeDetail(committee.code(), committee.kind(), committee.name(), committee.level(),
				committee.regionCode(), committee.officeDepartmentCode(), committees.members(code));
	}

	@GetMapping("/command-centres")
	@PreAuthorize(Access.ANYONE)
	List<CommandCentres.CommandCentre> commandCentres(@AuthenticationPrincipal CurrentUser user) {
		return centres.all().stream().filter(c -> jurisdictions.seesUnitOf(user, c.regionCode())).toList();
	}

	record Stats(String regionCode, Map<PersonRole, Long> byRole, Map<ResponsibilityType, Long> byResponsibility,
			long reservoirs, long rivers) {
	}

	@GetMapping("/stats")
	@PreAuthorize(Access.STAFF)
	Stats stats(@AuthenticationPrincipal CurrentUser user) {
		String scope = jurisdictions.filterRegion(user);
		Persons.Counts counts = people.counts(scope);
		Map<ManagedObjectType, Long> objectCounts = objects.counts(scope);
		return new Stats(user.jurisdiction().regionCode(), counts.byRole(), counts.byResponsibility(),
				objectCounts.get(ManagedObjectType.RESERVOIR), objectCounts.get(ManagedObjectType.RIVER));
	}

}
