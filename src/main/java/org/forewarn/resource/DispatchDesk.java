package org.forewarn.resource;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.forewarn.audit.AuditEntry;
import org.forewarn.audit.AuditTrail;
import org.forewarn.platform.Coordinates;
import org.forewarn.platform.CurrentUser;
import org.forewarn.platform.IncidentId;
import org.forewarn.platform.OutsideJurisdiction;

import org.springframework.context.ApplicationEventPublisher;
import org.forewarn.platform.Refusal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dispatch moves. Each runs in one transaction: the dispatch row is locked, the
 * resource's stock or availability changes with a conditional update (so two requests for
 * the same team cannot both win and stock never goes below zero — the CHECK constraint is
 * the last guard), a step is written, the move is audited and {@link DispatchProgressed}
 * is published.
 */
@Service
class DispatchDesk {

	record Request(UUID resourceId, Integer quantity, UUID incidentId, Double latitude, Double longitude,
			String purpose) {
	}

	private final Dispatches dispatches;

	private final Resources resources;

	private final ResourceAccess access;

	private final KnownIncidents incidents;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	DispatchDesk(Dispatches dispatches, Resources resources, ResourceAccess access, KnownIncidents incidents,
			AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
		this.dispatches = dispatches;
		this.resources = resources;
		this.access = access;
		this.incidents = incidents;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * The dispatch created, or the one an earlier request with the same key created
	 * (replayed = true).
	 */
	record Created(Dispatch dispatch, boolean replayed) {
	}

	@Transactional
	Created request(Request request, String key, CurrentUser user) {
		if (key != null && (key.isBlank() || key.length() > 100)) {
			throw new ResourceProblem(Refusal.INVALID, "Idempotency-Key",
					"An Idempotency-Key has 1 to 100 characters.");
		}
		if (key != null) {
			Optional<UUID> earlier = dispatches.byKey(user.username(), key);
			if (earlier.isPresent()) {
				return new Created(dispatches.find(earlier.get()).orElseThrow(), true);
			}
		}
		if (request.resourceId() == null) {
			throw new ResourceProblem(Refusal.INVALID, "resourceId", "Name the resource to dispatch.");
		}
		Coordinates.require(request.latitude(), "latitude", request.longitude(), "longitude");
		if (request.purpose() != null && request.purpose().length() > 500) {
			throw new ResourceProblem(Refusal.INVALID, "purpose", "At most 500 characters.");
		}
		Resource resource = resources.find(request.resourceId())
			.orElseThrow(() -> new ResourceProblem(Refusal.NOT_FOUND, "resourceId",
					"No resource " + request.resourceId() + "."));
		if (request.incidentId() != null && !incidents.exists(new IncidentId(request.incidentId()))) {
			throw new ResourceProblem(Refusal.UNPROCESSABLE, "incidentId",
					"No incident " + request.incidentId() + "; dispatch for an incident that was opened, or for none.");
		}
		if (resource.kind() == ResourceKind.WAREHOUSE) {
			throw new ResourceProblem(Refusal.UNPROCESSABLE, "resourceId",
					"A warehouse is not dispatched; dispatch one of its supplies.");
		}
		int quantity;
		if (resource.kind().whole()) {
			if (request.quantity() != null && request.quantity() != 1) {
				throw new ResourceProblem(Refusal.INVALID, "quantity", "A " + resource.kind().name().toLowerCase()
						+ " is dispatched whole: leave quantity out or give 1.");
			}
			quantity = 1;
		}
		else {
			if (request.quantity() == null || request.quantity() < 1 || request.quantity() > 1_000_000) {
				throw new ResourceProblem(Refusal.INVALID, "quantity",
						"Give a quantity from 1 to 1,000,000 (" + resource.unit() + ").");
			}
			quantity = request.quantity();
		}
		Instant now = clock.instant();
		Dispatch dispatch = Dispatch.request(resource.id(), quantity, request.incidentId(),
				new Dispatch.Destination(request.latitude(), request.longitude(), request.purpose()),
				new Dispatch.Requester(user.username(), user.jurisdiction().regionCode()), now);
		// The key is claimed before the resource is taken: a concurrent request with the
		// same key waits here on the
		// unique index until the first commits, then replays its dispatch instead of
		// finding the team busy (or, if
		// the first rolled back, goes on as the first).
		if (!dispatches.insert(dispatch, key)) {
			return new Created(dispatches.find(dispatches.byKey(user.username(), key).orElseThrow()).orElseThrow(),
					true);
		}
		if (!resources.take(resource, quantity, now)) {
			throw new IllegalDispatchMove(busy(resource, quantity));
		}
		dispatches.step(dispatch, user.username(), request.purpose());
		recorded(dispatch, resource, user, "dispatch.request");
		return new Created(dispatch, false);
	}

	private static String busy(Resource resource, int quantity) {
		return switch (resource.kind()) {
			case TEAM -> "队伍已出动 / team is busy: " + resource.name() + " is already dispatched or reserved.";
			case EXPERT -> "专家已被调用 / expert is busy: " + resource.name() + ".";
			case VEHICLE -> "车辆已出动 / vehicle is busy: " + resource.name() + ".";
			case SUPPLY -> "库存不足 / not enough stock: " + resource.name() + " has less than " + quantity + " "
					+ resource.unit() + " left.";
			case SHELTER -> "容量不足 / not enough free places: " + resource.name() + " cannot take " + quantity + " more.";
			case WAREHOUSE -> "A warehouse is not dispatched.";
		};
	}

	/** Runs one move on a dispatch: approve, reject, cancel, depart, arrive or return. */
	@Transactional
	Dispatch handle(DispatchId id, DispatchCommand command, CurrentUser user) {
		if (command.note() != null && command.note().length() > 500) {
			throw new ResourceProblem(Refusal.INVALID, "note", "At most 500 characters.");
		}
		Dispatch dispatch = dispatches.lock(id.value())
			.orElseThrow(() -> new ResourceProblem(Refusal.NOT_FOUND, null, "No dispatch " + id + "."));
		Resource resource = resources.lock(dispatch.resourceId()).orElseThrow();
		boolean owner = access.manages(user, resource);
		boolean requester = dispatch.requestedBy().equals(user.username());
		Instant now = clock.instant();
		// who may make the move, and what a supply's return must say; the dispatch itself
		// guards its status
		switch (command) {
			case DispatchCommand.Approve approve -> {
				requireOwner(owner, resource);
				if (requester && dispatch.status() == DispatchStatus.REQUESTED) {
					// four eyes: the refusal is recorded even though this transaction
					// rolls back
					audit.recordIndependently(
							AuditEntry.by(user.username(), user.jurisdiction().regionCode(), "dispatch.approve",
									"dispatch:" + id, "refused", "four eyes: " + user.username() + " requested it"));
				}
			}
			case DispatchCommand.Reject reject -> requireOwner(owner, resource);
			case DispatchCommand.Depart depart -> requireOwner(owner, resource);
			case DispatchCommand.Cancel cancel -> requireOwnerOrRequester(owner, requester, id);
			case DispatchCommand.Arrive arrive -> requireOwnerOrRequester(owner, requester, id);
			case DispatchCommand.ReturnHome back -> {
				requireOwner(owner, resource);
				if (resource.kind() == ResourceKind.SUPPLY && back.returnedQuantity() == null) {
					throw new ResourceProblem(Refusal.INVALID, "returnedQuantity",
							"Say how much came back (0 to " + dispatch.quantity() + "); the rest counts as consumed.");
				}
				if (resource.kind() != ResourceKind.SUPPLY) {
					command = new DispatchCommand.ReturnHome(null, back.note()); // a team
																					// comes
																					// back
																					// whole
				}
			}
		}
		dispatch.handle(command, user.username(), now);
		if (command instanceof DispatchCommand.Reject || command instanceof DispatchCommand.Cancel) {
			resources.giveBack(resource, dispatch.quantity(), now); // it never left: all
																	// of it is free again
		}
		else if (command instanceof DispatchCommand.ReturnHome) {
			resources.giveBack(resource, dispatch.returnedQuantity(), now);
		}
		dispatches.update(dispatch);
		dispatches.step(dispatch, user.username(), command.note());
		recorded(dispatch, resource, user, "dispatch." + command.action());
		return dispatch;
	}

	private static void requireOwnerOrRequester(boolean owner, boolean requester, DispatchId id) {
		if (!owner && !requester) {
			throw new OutsideJurisdiction("dispatch:" + id);
		}
	}

	private static void requireOwner(boolean owner, Resource resource) {
		if (!owner) {
			throw new OutsideJurisdiction("resource:" + resource.id() + " (" + resource.name() + ", "
					+ resource.regionCode() + "): only its owner's side approves and moves its dispatches");
		}
	}

	private void recorded(Dispatch dispatch, Resource resource, CurrentUser user, String action) {
		events.publishEvent(new DispatchProgressed(new DispatchId(dispatch.id()),
				IncidentId.orNull(dispatch.incidentId()), resource.kind().name(), resource.name(),
				dispatch.status().name(), dispatch.quantity(), resource.unit(), dispatch.updatedAt(), user.username()));
		audit.record(AuditEntry.by(user.username(), user.jurisdiction().regionCode(), action,
				"dispatch:" + dispatch.id(), "success",
				dispatch.status() + " " + dispatch.quantity() + " " + resource.unit() + " " + resource.name()
						+ (dispatch.returnedQuantity() == null ? "" : " returned " + dispatch.returnedQuantity())));
	}

}
