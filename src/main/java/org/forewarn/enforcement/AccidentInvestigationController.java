package org.forewarn.enforcement;

import java.util.List;

import org.forewarn.platform.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Accident investigations 事故调查: opened on their own or for a case code ({@code caseCode}
 * in the body).
 */
@RestController
class AccidentInvestigationController {

	private final AccidentInvestigations investigations;

	private final InvestigationDesk desk;

	private final EnforcementPolicy policy;

	AccidentInvestigationController(AccidentInvestigations investigations, InvestigationDesk desk,
			EnforcementPolicy policy) {
		this.investigations = investigations;
		this.desk = desk;
		this.policy = policy;
	}

	@PostMapping("/api/accident-investigations")
	@PreAuthorize(EnforcementPolicy.OFFICERS)
	ResponseEntity<AccidentInvestigations.Investigation> open(@AuthenticationPrincipal CurrentUser user,
			@RequestBody InvestigationDesk.Opening opening) {
		return ResponseEntity.status(HttpStatus.CREATED).body(desk.open(opening, Officer.of(user)));
	}

	@GetMapping("/api/accident-investigations")
	@PreAuthorize(EnforcementPolicy.VIEWERS)
	List<AccidentInvestigations.Investigation> list(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(required = false) String region, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size) {
		int limit = Math.clamp(size, 1, 200);
		return investigations.list(policy.districts(Officer.of(user), region), limit, Paging.offset(page, limit));
	}

	@GetMapping("/api/accident-investigations/{number}")
	@PreAuthorize(EnforcementPolicy.VIEWERS)
	AccidentInvestigations.Investigation detail(@AuthenticationPrincipal CurrentUser user,
			@PathVariable String number) {
		var investigation = investigations.byNumber(number.strip().toUpperCase())
			.orElseThrow(() -> new NotFound("accident investigation " + number));
		policy.checkCovers(Officer.of(user), investigation.districtCode(), "accident investigation " + number);
		return investigation;
	}

}
