package org.forewarn.resource;

import org.forewarn.platform.Refusal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.forewarn.platform.CurrentUser;
import org.forewarn.platform.OutsideJurisdiction;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Dispatches: request (with Idempotency-Key), list, one with its steps, and the moves. */
@RestController
@RequestMapping("/api/dispatches")
class DispatchController {

	private final DispatchDesk desk;
	private final Dispatches dispatches;
	private final Resources resources;
	private final ResourceAccess access;

	DispatchController(DispatchDesk desk, Dispatches dispatches, Resources resources, ResourceAccess access) {
		this.desk = desk;
		this.dispatches = dispatches;
		this.resources = resources;
		this.access = access;
	}

	record DispatchView(UUID id, UUID resourceId, ResourceKind resourceKind, String resourceName, String typeCode,
			String resourceRegionCode, int quantity, Integer returnedQuantity, String unit, UUID incidentId,
			double latitude, double longitude, DispatchStatus status, String requestedBy, String requesterRegion,
			String purpose, Instant createdAt, Instant updatedAt, List<String> allowedActions,
			List<Dispatches.Step> steps) {
	}

	@PostMapping
	@PreAuthorize(ResourceAccess.REQUESTERS)
	ResponseEntity<DispatchView> request(@RequestBody DispatchDesk.Request request,
			@RequestHeader(name = "Idempotency-Key", required = false) String key,
			@AuthenticationPrincipal CurrentUser user) {
		DispatchDesk.Created created = desk.request(request, key, user);
		return ResponseEntity.status(created.replayed() ? HttpStatus.OK : HttpStatus.CREATED)
			.body(view(created.dispatch(), user, true));
	}

	@GetMapping
	@PreAuthorize(ResourceAccess.STAFF)
	List<DispatchView> list(@RequestParam(required = false) DispatchStatus status,
			@RequestParam(required = false) UUID incident, @RequestParam(required = false) UUID resource,
			@RequestParam(defaultValue = "100") int limit, @AuthenticationPrincipal CurrentUser user) {
		if (limit < 1 || limit > 500) {
			throw new ResourceProblem(Refusal.INVALID, "limit", "limit is 1 to 500.");
		}
		return dispatches.search(access.scope(user), user.username(), status == null ? null : status.name(), incident,
				resource, limit).stream().map(d -> view(d, user, false)).toList();
	}

	@GetMapping("/{id}")
	@PreAuthorize(ResourceAccess.STAFF)
	DispatchView one(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser user) {
		Dispatch d = dispatches.find(id)
			.orElseThrow(() -> new ResourceProblem(Refusal.NOT_FOUND, null, "No dispatch " + id + "."));
		// like incidents, orders and warnings: an existing dispatch outside the caller's area is a 403 (and audited)
		if (!access.sees(user, d, resources.find(d.resourceId()).orElseThrow())) {
			throw new OutsideJurisdiction("dispatch:" + id);
		}
		return view(d, user, true);
	}

	record Move(Integer returnedQuantity, String note) {
	}

	@PostMapping("/{id}/{action}")
	@PreAuthorize(ResourceAccess.REQUESTERS)
	DispatchView move(@PathVariable UUID id, @PathVariable String action, @RequestBody(required = false) Move move,
			@AuthenticationPrincipal CurrentUser user) {
		Move m = move == null ? new Move(null, null) : move;
		return view(desk.move(id, action, m.returnedQuantity(), m.note(), user), user, true);
	}

	private DispatchView view(Dispatch d, CurrentUser user, boolean withSteps) {
		Resource r = resources.find(d.resourceId()).orElseThrow();
		boolean owner = access.manages(user, r);
		boolean requester = d.requestedBy().equals(user.username());
		List<String> actions = switch (d.status()) {
			case REQUESTED -> owner && !requester ? List.of("approve", "reject", "cancel")
					: owner || requester ? List.of("cancel") : List.of();
			case APPROVED -> owner ? List.of("dispatch", "cancel") : requester ? List.of("cancel") : List.of();
			case DISPATCHED -> owner ? List.of("arrive", "return") : requester ? List.of("arrive") : List.of();
			case ARRIVED -> owner ? List.of("return") : List.of();
			default -> List.of();
		};
		return new DispatchView(d.id(), r.id(), r.kind(), r.name(), r.typeCode(), r.regionCode(), d.quantity(),
				d.returnedQuantity(), r.unit(), d.incidentId(), d.latitude(), d.longitude(), d.status(), d.requestedBy(),
				d.requesterRegion(), d.purpose(), d.createdAt(), d.updatedAt(), actions,
				withSteps ? dispatches.steps(d.id()) : List.of());
	}
}
