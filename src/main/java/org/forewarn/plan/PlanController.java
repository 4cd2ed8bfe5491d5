package org.forewarn.plan;

import org.forewarn.platform.Refusal;
import java.util.List;
import java.util.UUID;

import org.forewarn.platform.CurrentUser;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Plans, versions, review and publication, references and diffs: {@code /api/plans}. */
@RestController
@RequestMapping("/api/plans")
class PlanController {

	static final String READERS = "hasAnyRole('ADMIN', 'DUTY_OFFICER', 'ANALYST', 'COMMANDER', 'HANDLER')";
	static final String WRITERS = "hasAnyRole('ADMIN', 'DUTY_OFFICER', 'COMMANDER')";

	private final PlanDesk desk;

	PlanController(PlanDesk desk) {
		this.desk = desk;
	}

	@GetMapping
	@PreAuthorize(READERS)
	List<PlanDesk.PlanOverview> list(@AuthenticationPrincipal CurrentUser user) {
		return desk.list(user);
	}

	@PostMapping
	@PreAuthorize(WRITERS)
	@ResponseStatus(HttpStatus.CREATED)
	PlanDesk.PlanOverview create(@AuthenticationPrincipal CurrentUser user, @RequestBody PlanDesk.NewPlan form) {
		return desk.create(user, form);
	}

	/**
	 * A structured skeleton from a plan document's text (UTF-8, ≤ 1 MB), to complete by
	 * hand; nothing is saved.
	 */
	@PostMapping(path = "/import", consumes = { "text/plain" })
	@PreAuthorize(WRITERS)
	PlanImport.Skeleton importText(@AuthenticationPrincipal CurrentUser user, @RequestBody String text,
			@org.springframework.web.bind.annotation.RequestParam(required = false) String regionCode) {
		if (text.length() > 1_000_000) {
			throw new PlanRejected(Refusal.TOO_LARGE, "text", "the plan text is larger than 1 MB");
		}
		return desk.importText(user, text, regionCode);
	}

	@GetMapping("/{id}")
	@PreAuthorize(READERS)
	PlanDesk.PlanOverview plan(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
		return desk.overview(user, id);
	}

	@PutMapping("/{id}/references")
	@PreAuthorize(WRITERS)
	PlanDesk.PlanOverview references(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@RequestBody PlanReferences body) {
		return desk.references(user, id, body.references());
	}

	record PlanReferences(List<UUID> references) {
	}

	@GetMapping("/{id}/versions")
	@PreAuthorize(READERS)
	List<PlanVersionView> versions(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
		return desk.versions(user, id);
	}

	@GetMapping("/{id}/versions/{number}")
	@PreAuthorize(READERS)
	PlanVersionView version(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@PathVariable int number) {
		return desk.version(user, id, number);
	}

	record PlanEdit(PlanContent content, String reason) {
	}

	@PutMapping("/{id}/versions/{number}")
	@PreAuthorize(WRITERS)
	PlanVersionView edit(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @PathVariable int number,
			@RequestBody PlanEdit body) {
		return desk.edit(user, id, number, body.content(), body.reason());
	}

	@PostMapping("/{id}/versions/{number}/submit")
	@PreAuthorize(WRITERS)
	PlanVersionView submit(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @PathVariable int number) {
		return desk.submit(user, id, number);
	}

	record PlanReturn(String reason) {
	}

	@PostMapping("/{id}/versions/{number}/return")
	@PreAuthorize(WRITERS)
	PlanVersionView returnToDraft(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@PathVariable int number, @RequestBody(required = false) PlanReturn body) {
		return desk.returnToDraft(user, id, number, body == null ? null : body.reason());
	}

	@PostMapping("/{id}/versions/{number}/approve")
	@PreAuthorize(WRITERS)
	PlanVersionView approve(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@PathVariable int number) {
		return desk.approve(user, id, number);
	}

	record PlanRevision(String reason, String originKind, String originId) {
	}

	@PostMapping("/{id}/revisions")
	@PreAuthorize(WRITERS)
	@ResponseStatus(HttpStatus.CREATED)
	PlanVersionView revise(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@RequestBody PlanRevision body) {
		return desk.revise(user, id, body.reason(), body.originKind(), body.originId());
	}

	@GetMapping("/{id}/versions/{a}/diff/{b}")
	@PreAuthorize(READERS)
	PlanDesk.Diff diff(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @PathVariable int a,
			@PathVariable int b) {
		return desk.diff(user, id, a, b);
	}

}
