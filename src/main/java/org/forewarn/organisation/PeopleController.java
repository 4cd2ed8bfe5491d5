package org.forewarn.organisation;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.forewarn.audit.AuditEntry;
import org.forewarn.audit.AuditTrail;
import org.forewarn.platform.CurrentUser;
import org.forewarn.platform.Role;
import org.forewarn.platform.TextPolicy;
import org.forewarn.region.Regions;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * People within the caller's jurisdiction. Phone numbers are masked in every list; the
 * detail shows the full number to administrators only (everyone else gets it masked, and
 * modules that notify use {@link People#contactNumber}).
 */
@RestController
@RequestMapping("/api/organisation/people")
class PeopleController {

	/**
	 * A person in a list or detail; {@code phone} is masked unless {@code phoneMasked} is
	 * false.
	 */
	record PersonView(UUID id, String name, PersonRole role, ResponsibilityType responsibilityType,
			String responsibleFor, String regionCode, String departmentCode, String phone, boolean phoneMasked) {

		static PersonView masked(PersonSummary person) {
			return new PersonView(person.id(), person.name(), person.role(), person.responsibilityType(),
					person.responsibleFor(), person.regionCode(), person.departmentCode(), person.maskedPhone(), true);
		}

		static PersonView full(Person person) {
			return new PersonView(person.id(), person.name(), person.role(), person.responsibilityType(),
					person.responsibleFor(), person.regionCode(), person.departmentCode(), person.phone().value(),
					false);
		}
	}

	record PersonPage(List<PersonView> content, long totalElements, int page, int size) {
	}

	record NewPersonRequest(@NotBlank @Size(max = 40) String name, @NotNull PersonRole role,
			ResponsibilityType responsibilityType, @Size(max = 40) String responsibleFor,
			@NotBlank @Size(max = 40) String regionCode, @Size(max = 40) String departmentCode,
			@NotBlank @Pattern(regexp = MobileNumber.PATTERN,
					message = "must be an 11-digit mobile number starting with 13–19") String phone) {
	}

	private final Persons people;

	private final PersonRegistration registration;

	private final Jurisdictions jurisdictions;

	private final Regions regions;

	private final AuditTrail audit;

	PeopleController(Persons people, PersonRegistration registration, Jurisdictions jurisdictions, Regions regions,
			AuditTrail audit) {
		this.people = people;
		this.registration = registration;
		this.jurisdictions = jurisdictions;
		this.regions = regions;
		this.audit = audit;
	}

	@GetMapping
	@PreAuthorize(Access.STAFF)
	PersonPage list(@RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(100) int size,
			@RequestParam(required = false) @Size(max = 40) String q, @RequestParam(required = false) PersonRole role,
			@RequestParam(required = false) ResponsibilityType responsibilityType,
			@RequestParam(required = false) @Size(max = 40) String regionCode,
			@AuthenticationPrincipal CurrentUser user) {
		if (regionCode != null) {
			if (regions.find(regionCode).isEmpty()) {
				throw PersonRejected.invalid("regionCode", "no area has code " + regionCode);
			}
			jurisdictions.require(user, regionCode, regionCode);
		}
		Persons.Page result = people.search(
				new Persons.Search(jurisdictions.filterRegion(user), q, role, responsibilityType, regionCode), page,
				size);
		return new PersonPage(result.content().stream().map(PersonView::masked).toList(), result.totalElements(), page,
				size);
	}

	@GetMapping("/{id}")
	@PreAuthorize(Access.STAFF)
	PersonView detail(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser user) {
		Person person = people.person(id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No person " + id + "."));
		jurisdictions.require(user, person.regionCode(), "person " + id);
		if (!user.has(Role.ADMIN)) {
			return PersonView.masked(person.summary());
		}
		// Personal data: who saw a full number is on record, like every change.
		audit.record(AuditEntry.of("person.phone.viewed", id.toString(), "success", null));
		return PersonView.full(person);
	}

	@PostMapping
	@PreAuthorize(Access.ADMIN)
	ResponseEntity<PersonView> register(@Valid @RequestBody NewPersonRequest request,
			@AuthenticationPrincipal CurrentUser user) {
		Person person = registration.register(new PersonRegistration.NewPerson(request.name(), request.role(),
				request.responsibilityType(), TextPolicy.blankToNull(request.responsibleFor()), request.regionCode(),
				TextPolicy.blankToNull(request.departmentCode()), new MobileNumber(request.phone())), user);
		return ResponseEntity.created(URI.create("/api/organisation/people/" + person.id()))
			.body(PersonView.full(person));
	}

}
