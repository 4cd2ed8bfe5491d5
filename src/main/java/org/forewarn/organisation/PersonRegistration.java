package org.forewarn.organisation;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.forewarn.audit.AuditEntry;
import org.forewarn.audit.AuditTrail;
import org.forewarn.platform.CurrentUser;
import org.forewarn.platform.OutsideJurisdiction;
import org.forewarn.region.RegionSummary;
import org.forewarn.region.Regions;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registers a person: checks what bean validation cannot (the area exists and lies in the
 * administrator's jurisdiction, the department exists, responsibility type goes with the
 * responsible-person role, no one else has the phone in the same role) and records the
 * registration in the audit log, in the same transaction.
 */
@Service
class PersonRegistration {

	record NewPerson(String name, PersonRole role, ResponsibilityType responsibilityType, String responsibleFor,
			String regionCode, String departmentCode, MobileNumber phone) {
	}

	private final Persons people;

	private final MemberUnits departments;

	private final ManagedObjects objects;

	private final Regions regions;

	private final Jurisdictions jurisdictions;

	private final AuditTrail audit;

	private final Clock clock;

	PersonRegistration(Persons people, MemberUnits departments, ManagedObjects objects, Regions regions,
			Jurisdictions jurisdictions, AuditTrail audit, Clock clock) {
		this.people = people;
		this.departments = departments;
		this.objects = objects;
		this.regions = regions;
		this.jurisdictions = jurisdictions;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional
	Person register(NewPerson request, CurrentUser by) {
		if (regions.find(request.regionCode()).isEmpty()) {
			throw PersonRejected.invalid("regionCode", "no area has code " + request.regionCode());
		}
		jurisdictions.require(by, request.regionCode(), request.regionCode());
		if ((request.role() == PersonRole.RESPONSIBLE_PERSON) != (request.responsibilityType() != null)) {
			throw PersonRejected.invalid("responsibilityType",
					"a responsibility type is required for, and only for, role RESPONSIBLE_PERSON");
		}
		if (request.departmentCode() != null) {
			DepartmentSummary department = departments.find(request.departmentCode())
				.orElseThrow(() -> PersonRejected.invalid("departmentCode",
						"no department has code " + request.departmentCode()));
			// a district administrator may attach people to their own district's units
			// and the city's, not a neighbour's
			if (!jurisdictions.seesUnitOf(by, department.regionCode())) {
				throw new OutsideJurisdiction(department.code());
			}
		}
		if (request.responsibleFor() != null) {
			if (request.role() != PersonRole.RESPONSIBLE_PERSON) {
				throw PersonRejected.invalid("responsibleFor",
						"only a RESPONSIBLE_PERSON is responsible for an object or area");
			}
			String objectRegion = objects.find(request.responsibleFor())
				.map(o -> o.communityCode() != null ? o.communityCode() : o.streetCode())
				.or(() -> regions.find(request.responsibleFor()).map(RegionSummary::code))
				.orElseThrow(() -> PersonRejected.invalid("responsibleFor",
						"no reservoir, river or area has code " + request.responsibleFor()));
			jurisdictions.require(by, objectRegion, request.responsibleFor());
		}
		if (people.phoneTaken(request.phone(), request.role())) {
			throw PersonRejected.duplicate(request.role(), request.phone());
		}
		Person person = new Person(UUID.randomUUID(), request.name().strip(), request.role(),
				request.responsibilityType(), request.responsibleFor(), request.regionCode(), request.departmentCode(),
				request.phone());
		List<String> path = regions.ancestry(request.regionCode()).stream().map(RegionSummary::code).toList();
		try {
			if (!people.insert(person, path, clock.instant())) {
				throw PersonRejected.duplicate(request.role(), request.phone());
			}
		}
		catch (DuplicateKeyException e) {
			throw PersonRejected.duplicate(request.role(), request.phone());
		}
		audit.record(AuditEntry.of("person.created", person.id().toString(), "success",
				"name=%s role=%s responsibility=%s region=%s department=%s phone=%s".formatted(person.name(),
						person.role(), person.responsibilityType(), person.regionCode(), person.departmentCode(),
						person.phone().masked())));
		return person;
	}

}
