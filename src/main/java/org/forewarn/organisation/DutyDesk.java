package org.forewarn.organisation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.forewarn.audit.AuditEntry;
import org.forewarn.audit.AuditTrail;
import org.forewarn.platform.CurrentUser;
import org.forewarn.platform.OutsideJurisdiction;
import org.forewarn.platform.Role;
import org.forewarn.region.RegionSummary;
import org.forewarn.region.Regions;

import org.forewarn.platform.Refusal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Duty at the command centres: who is on shift, the rosters and the handover log, with
 * their rules. Seeing: the city sees every centre; anyone else the centres of their own
 * area and above (a district its sub-centre and the city centre) and an industry
 * sub-centre only from its own department. Changing a roster: an administrator, or a duty
 * officer or commander of the centre's own area (and department, when the caller has
 * one).
 */
@Service
class DutyDesk {

	static final Duration LONGEST_SHIFT = Duration.ofHours(72);

	record CentreDuty(String code, String name, String tier, String sector, String regionCode, String departmentCode,
			List<DutyRoster.Shift> onShift, boolean manageable) {
	}

	record ShiftDraft(String centreCode, DutyPosition position, UUID personId, Instant startsAt, Instant endsAt) {
	}

	record HandoverDraft(String centreCode, UUID outgoingPerson, UUID incomingPerson, String notes,
			List<String> openItems) {
	}

	private final CommandCentres centres;

	private final DutyRoster roster;

	private final Persons people;

	private final Regions regions;

	private final AuditTrail audit;

	private final Clock clock;

	DutyDesk(CommandCentres centres, DutyRoster roster, Persons people, Regions regions, AuditTrail audit,
			Clock clock) {
		this.centres = centres;
		this.roster = roster;
		this.people = people;
		this.regions = regions;
		this.audit = audit;
		this.clock = clock;
	}

	List<CommandCentres.CommandCentre> visible(CurrentUser user) {
		return centres.all().stream().filter(c -> sees(user, c)).toList();
	}

	boolean sees(CurrentUser user, CommandCentres.CommandCentre centre) {
		String region = user.jurisdiction().regionCode();
		if (region.equals(regions.city().code())) {
			return true;
		}
		if ("INDUSTRY".equals(centre.tier())) {
			return centre.departmentCode().equals(user.jurisdiction().departmentCode());
		}
		return regions.ancestry(region).stream().map(RegionSummary::code).anyMatch(centre.regionCode()::equals);
	}

	boolean manages(CurrentUser user, CommandCentres.CommandCentre centre) {
		if (user.has(Role.ADMIN)) {
			return regions.isWithin(centre.regionCode(), user.jurisdiction().regionCode());
		}
		if (!user.has(Role.DUTY_OFFICER) && !user.has(Role.COMMANDER)) {
			return false;
		}
		if (!centre.regionCode().equals(user.jurisdiction().regionCode())) {
			return false;
		}
		return !user.jurisdiction().hasDepartment() ? !"INDUSTRY".equals(centre.tier())
				: centre.departmentCode().equals(user.jurisdiction().departmentCode());
	}

	CommandCentres.CommandCentre visibleCentre(String code, CurrentUser user) {
		CommandCentres.CommandCentre centre = centres.all()
			.stream()
			.filter(c -> c.code().equals(code))
			.findFirst()
			.orElseThrow(() -> new DutyRejected(Refusal.NOT_FOUND, null, "No command centre " + code + "."));
		if (!sees(user, centre)) {
			throw new OutsideJurisdiction(code);
		}
		return centre;
	}

	List<CentreDuty> now(CurrentUser user) {
		List<CommandCentres.CommandCentre> visible = visible(user);
		Map<String, List<DutyRoster.Shift>> shifts = roster
			.onShift(clock.instant(), visible.stream().map(CommandCentres.CommandCentre::code).toList())
			.stream()
			.collect(Collectors.groupingBy(DutyRoster.Shift::centreCode));
		return visible.stream()
			.map(c -> new CentreDuty(c.code(), c.name(), c.tier(), c.sector(), c.regionCode(), c.departmentCode(),
					shifts.getOrDefault(c.code(), List.of())
						.stream()
						.sorted(Comparator.comparing(DutyRoster.Shift::position))
						.toList(),
					manages(user, c)))
			.toList();
	}

	@Transactional
	DutyRoster.Shift add(ShiftDraft draft, CurrentUser user) {
		if (draft.centreCode() == null) {
			throw bad("centreCode", "Name the command centre.");
		}
		CommandCentres.CommandCentre centre = visibleCentre(draft.centreCode(), user);
		if (!manages(user, centre)) {
			throw new OutsideJurisdiction(
					centre.code() + " (only its own administrators and duty officers change its roster)");
		}
		if (draft.position() == null) {
			throw bad("position", "position is LEADER, OFFICER or ASSISTANT.");
		}
		if (draft.personId() == null) {
			throw bad("personId", "Name the person on duty.");
		}
		if (draft.startsAt() == null || draft.endsAt() == null) {
			throw bad(draft.startsAt() == null ? "startsAt" : "endsAt", "Give the shift's start and end.");
		}
		if (!draft.endsAt().isAfter(draft.startsAt())) {
			throw bad("endsAt", "A shift ends after it starts.");
		}
		if (Duration.between(draft.startsAt(), draft.endsAt()).compareTo(LONGEST_SHIFT) > 0) {
			throw bad("endsAt", "A shift lasts at most 72 hours.");
		}
		Person person = people.person(draft.personId())
			.orElseThrow(() -> new DutyRejected(Refusal.UNPROCESSABLE, null, "No person " + draft.personId() + "."));
		if (!regions.isWithin(person.regionCode(), centre.regionCode())) {
			throw new DutyRejected(Refusal.UNPROCESSABLE, null,
					person.name() + " works outside " + centre.name() + "'s area.");
		}
		if (roster.overlaps(centre.code(), person.id(), draft.startsAt(), draft.endsAt())) {
			throw new DutyRejected(Refusal.CONFLICT, null,
					person.name() + " already has an overlapping shift at " + centre.name() + ".");
		}
		UUID id = UUID.randomUUID();
		roster.insert(id, centre.code(), draft.position(), person.id(), draft.startsAt(), draft.endsAt(),
				user.username(), clock.instant());
		audit.record(AuditEntry.by(user.username(), user.jurisdiction().regionCode(), "duty.shift-add",
				"duty-shift:" + id, "success", centre.code() + " " + draft.position() + " " + person.name() + " "
						+ draft.startsAt() + "–" + draft.endsAt()));
		return roster.find(id).orElseThrow();
	}

	@Transactional
	void remove(UUID id, CurrentUser user) {
		DutyRoster.Shift shift = roster.find(id)
			.orElseThrow(() -> new DutyRejected(Refusal.NOT_FOUND, null, "No shift " + id + "."));
		CommandCentres.CommandCentre centre = visibleCentre(shift.centreCode(), user);
		if (!manages(user, centre)) {
			throw new OutsideJurisdiction(centre.code());
		}
		roster.delete(id);
		audit.record(AuditEntry.by(user.username(), user.jurisdiction().regionCode(), "duty.shift-remove",
				"duty-shift:" + id, "success", centre.code() + " " + shift.position() + " " + shift.personName()));
	}

	@Transactional
	DutyRoster.Handover handOver(HandoverDraft draft, CurrentUser user) {
		if (draft.centreCode() == null) {
			throw bad("centreCode", "Name the command centre.");
		}
		CommandCentres.CommandCentre centre = visibleCentre(draft.centreCode(), user);
		if (!manages(user, centre)) {
			throw new OutsideJurisdiction(centre.code() + " (handovers are recorded by the centre's own duty staff)");
		}
		if (draft.outgoingPerson() == null || draft.incomingPerson() == null) {
			throw bad(draft.outgoingPerson() == null ? "outgoingPerson" : "incomingPerson",
					"Name who hands over and who takes over.");
		}
		if (draft.outgoingPerson().equals(draft.incomingPerson())) {
			throw bad("incomingPerson", "The incoming person is someone else than the outgoing one.");
		}
		if (draft.notes() == null || draft.notes().isBlank()) {
			throw bad("notes", "Write what the incoming shift needs to know.");
		}
		if (draft.notes().length() > 4000) {
			throw bad("notes", "At most 4000 characters.");
		}
		List<String> items = new ArrayList<>();
		if (draft.openItems() != null) {
			if (draft.openItems().size() > 50) {
				throw bad("openItems", "At most 50 open items.");
			}
			for (String item : draft.openItems()) {
				if (item != null && !item.isBlank()) {
					if (item.length() > 500) {
						throw bad("openItems", "An open item has at most 500 characters.");
					}
					items.add(item.strip());
				}
			}
		}
		for (UUID person : List.of(draft.outgoingPerson(), draft.incomingPerson())) {
			if (people.person(person).isEmpty()) {
				throw new DutyRejected(Refusal.UNPROCESSABLE, null, "No person " + person + ".");
			}
		}
		UUID id = UUID.randomUUID();
		Instant now = clock.instant();
		roster.insertHandover(id, centre.code(), draft.outgoingPerson(), draft.incomingPerson(), draft.notes().strip(),
				items, now, user.username());
		audit.record(AuditEntry.by(user.username(), user.jurisdiction().regionCode(), "duty.handover",
				"duty-handover:" + id, "success", centre.code() + " open items: " + items.size()));
		return roster.handovers(List.of(centre.code()), 1).getFirst();
	}

	private static DutyRejected bad(String field, String message) {
		return new DutyRejected(Refusal.INVALID, field, message);
	}

}
