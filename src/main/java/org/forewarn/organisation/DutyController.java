package org.forewarn.organisation;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.forewarn.platform.CurrentUser;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** Duty 值班: who is on shift now per centre, the rosters, and the handover log 交接班. */
@RestController
@RequestMapping("/api/duty")
class DutyController {

	private final DutyDesk desk;

	private final DutyRoster roster;

	DutyController(DutyDesk desk, DutyRoster roster) {
		this.desk = desk;
		this.roster = roster;
	}

	@GetMapping("/now")
	@PreAuthorize(Access.STAFF)
	List<DutyDesk.CentreDuty> now(@AuthenticationPrincipal CurrentUser user) {
		return desk.now(user);
	}

	@GetMapping("/shifts")
	@PreAuthorize(Access.STAFF)
	List<DutyRoster.Shift> shifts(@RequestParam String centre,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant from,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant to,
			@AuthenticationPrincipal CurrentUser user) {
		if (!to.isAfter(from) || Duration.between(from, to).toDays() > 62) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
					"to: the period ends after it starts and spans at most 62 days.");
		}
		desk.visibleCentre(centre, user);
		return roster.between(centre, from, to);
	}

	@PostMapping("/shifts")
	@PreAuthorize("hasAnyRole('ADMIN', 'DUTY_OFFICER', 'COMMANDER')")
	ResponseEntity<DutyRoster.Shift> add(@RequestBody DutyDesk.ShiftDraft draft,
			@AuthenticationPrincipal CurrentUser user) {
		return ResponseEntity.status(HttpStatus.CREATED).body(desk.add(draft, user));
	}

	@DeleteMapping("/shifts/{id}")
	@PreAuthorize("hasAnyRole('ADMIN', 'DUTY_OFFICER', 'COMMANDER')")
	ResponseEntity<Void> remove(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser user) {
		desk.remove(id, user);
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/handovers")
	@PreAuthorize(Access.STAFF)
	List<DutyRoster.Handover> handovers(@RequestParam(required = false) String centre,
			@RequestParam(defaultValue = "50") int limit, @AuthenticationPrincipal CurrentUser user) {
		if (limit < 1 || limit > 500) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "limit: 1 to 500.");
		}
		List<String> centres = centre != null ? List.of(desk.visibleCentre(centre, user).code())
				: desk.visible(user).stream().map(CommandCentres.CommandCentre::code).toList();
		return roster.handovers(centres, limit);
	}

	@PostMapping("/handovers")
	@PreAuthorize("hasAnyRole('ADMIN', 'DUTY_OFFICER', 'COMMANDER')")
	ResponseEntity<DutyRoster.Handover> handOver(@RequestBody DutyDesk.HandoverDraft draft,
			@AuthenticationPrincipal CurrentUser user) {
		return ResponseEntity.status(HttpStatus.CREATED).body(desk.handOver(draft, user));
	}

}
