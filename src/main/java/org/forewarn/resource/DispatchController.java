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

/**
 * Dispatches: request (with Idempotency-Key), list, one with its steps, and the moves.
 */
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

	/**
	 * A dispatch as the console shows it, composed: which resource and how much, who
	 * asked for it where and why, its status with the moves the caller may make, and its
	 * steps (on a single dispatch; empty in lists).
	 */
	record DispatchView(UUID id, DispatchStatus status, DispatchedResource resource, DispatchedAmount amount,
			DispatchRequestView request, Instant updatedAt, List<String> allowedActions,
			List<Dispatches.DispatchStep> steps) {
	}

	/**
	 * The resource sent: its kind, name, type and region, and the unit its quantity
	 * counts in.
	 */
	record DispatchedResource(UUID id, ResourceKind kind, String name, String typeCode, String regionCode,
			String unit) {
	}

	/**
	 * How much was sent and, once back, how much came back (the rest of a supply was
	 * consumed).
	 */
	record DispatchedAmount(int quantity, Integer returnedQuantity) {
	}

	/**
	 * Who requested it, from which region, for which incident (null: none), to which
	 * point, and why.
	 */
	record DispatchRequestView(String requestedBy, String requesterRegion, UUID incidentId, double latitude,
			double longitude, String purpose, Instant createdAt) {
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
		return dispatches
			.search(access.scope(user), user.username(), status == null ? null : status.name(), incident, resource,
					limit)
			.stream()
			.map(d -> view(d, user, false))
			.toList();
	}

	@GetMapping("/{id}")
	@PreAuthorize(ResourceAccess.STAFF)
	DispatchView one(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser user) {
		Dispatch d = dispatches.find(id)
			.orElseThrow(() -> new ResourceProblem(Refusal.NOT_FOUND, null, "No dispatch " + id + "."));
		// like incidents, orders and warnings: an existing dispatch outside the caller's
		// area is a 403 (and audited)
		if (!access.sees(user, d, resources.find(d.resourceId()).orElseThrow())) {
			throw new OutsideJurisdiction("dispatch:" + id);
		}
		return view(d, user, true);
	}

	/** The owner's side approves a request (not the requester: four eyes). */
	record DispatchApproval(String note) {
	}

	@PostMapping("/{id}/approve")
	@PreAuthorize(ResourceAccess.REQUESTERS)
	DispatchView approve(@PathVariable UUID id, @RequestBody(required = false) DispatchApproval body,
			@AuthenticationPrincipal CurrentUser user) {
		return handle(id, new DispatchCommand.Approve(body == null ? null : body.note()), user);
	}

	/** The owner's side turns a request down. */
	record DispatchRejection(String note) {
	}

	@PostMapping("/{id}/reject")
	@PreAuthorize(ResourceAccess.REQUESTERS)
	DispatchView reject(@PathVariable UUID id, @RequestBody(required = false) DispatchRejection body,
			@AuthenticationPrincipal CurrentUser user) {
		return handle(id, new DispatchCommand.Reject(body == null ? null : body.note()), user);
	}

	/** The requester or the owner's side withdraws a dispatch before it leaves. */
	record DispatchCancellation(String note) {
	}

	@PostMapping("/{id}/cancel")
	@PreAuthorize(ResourceAccess.REQUESTERS)
	DispatchView cancel(@PathVariable UUID id, @RequestBody(required = false) DispatchCancellation body,
			@AuthenticationPrincipal CurrentUser user) {
		return handle(id, new DispatchCommand.Cancel(body == null ? null : body.note()), user);
	}

	/** The resource sets out 出动. */
	record DispatchDeparture(String note) {
	}

	@PostMapping("/{id}/dispatch")
	@PreAuthorize(ResourceAccess.REQUESTERS)
	DispatchView depart(@PathVariable UUID id, @RequestBody(required = false) DispatchDeparture body,
			@AuthenticationPrincipal CurrentUser user) {
		return handle(id, new DispatchCommand.Depart(body == null ? null : body.note()), user);
	}

	/** The resource arrived at the scene 到达. */
	record DispatchArrival(String note) {
	}

	@PostMapping("/{id}/arrive")
	@PreAuthorize(ResourceAccess.REQUESTERS)
	DispatchView arrive(@PathVariable UUID id, @RequestBody(required = false) DispatchArrival body,
			@AuthenticationPrincipal CurrentUser user) {
		return handle(id, new DispatchCommand.Arrive(body == null ? null : body.note()), user);
	}

	/**
	 * Back home 归还/归队; for supplies, how much came back (the rest counts as consumed).
	 */
	record DispatchReturn(Integer returnedQuantity, String note) {
	}

	@PostMapping("/{id}/return")
	@PreAuthorize(ResourceAccess.REQUESTERS)
	DispatchView returnHome(@PathVariable UUID id, @RequestBody(required = false) DispatchReturn body,
			@AuthenticationPrincipal CurrentUser user) {
		Integer returned = body == null ? null : body.returnedQuantity();
		return handle(id, new DispatchCommand.ReturnHome(returned, body == null ? null : body.note()), user);
	}

	private DispatchView handle(UUID id, DispatchCommand command, CurrentUser user) {
		return view(desk.handle(new DispatchId(id), command, user), user, true);
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
		return new DispatchView(d.id(), d.status(),
				new DispatchedResource(r.id(), r.kind(), r.name(), r.typeCode(), r.regionCode(), r.unit()),
				new DispatchedAmount(d.quantity(), d.returnedQuantity()),
				new DispatchRequestView(d.requestedBy(), d.requesterRegion(), d.incidentId(), d.latitude(),
						d.longitude(), d.purpose(), d.createdAt()),
				d.updatedAt(), actions, withSteps ? dispatches.steps(d.id()) : List.of());
	}

}
