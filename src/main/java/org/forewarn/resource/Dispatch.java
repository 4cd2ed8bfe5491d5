package org.forewarn.resource;

import java.time.Instant;
import java.util.UUID;

/**
 * A request for a resource and its journey: requested → approved (by someone other than
 * the requester) → dispatched → arrived → returned; rejected or cancelled before it
 * leaves. Guards its own transitions; the stock and availability of the resource are
 * changed by {@link DispatchDesk} in the same transaction.
 */
final class Dispatch {

	private final UUID id;

	private final UUID resourceId;

	private final int quantity;

	private final UUID incidentId;

	private final double latitude;

	private final double longitude;

	private final String requestedBy;

	private final String requesterRegion;

	private final String purpose;

	private final Instant createdAt;

	private DispatchStatus status;

	private Integer returnedQuantity;

	private Instant updatedAt;

	/** Who asked for a dispatch: the username and the region they asked from. */
	record Requester(String username, String region) {
	}

	/** Where the resource is wanted, and why (optional). */
	record Destination(double latitude, double longitude, String purpose) {
	}

	/**
	 * Where a dispatch's journey stands: its status, how much came back (once returned)
	 * and when it last moved.
	 */
	record Progress(DispatchStatus status, Integer returnedQuantity, Instant createdAt, Instant updatedAt) {
	}

	/** As stored: the request, then where its journey stands. */
	Dispatch(UUID id, UUID resourceId, int quantity, UUID incidentId, Destination to, Requester by, Progress progress) {
		this.id = id;
		this.resourceId = resourceId;
		this.quantity = quantity;
		this.incidentId = incidentId;
		this.latitude = to.latitude();
		this.longitude = to.longitude();
		this.requestedBy = by.username();
		this.requesterRegion = by.region();
		this.purpose = to.purpose();
		this.status = progress.status();
		this.returnedQuantity = progress.returnedQuantity();
		this.createdAt = progress.createdAt();
		this.updatedAt = progress.updatedAt();
	}

	/** A new request for {@code quantity} of a resource, for an incident (null: none). */
	static Dispatch request(UUID resourceId, int quantity, UUID incidentId, Destination to, Requester by, Instant now) {
		if (quantity <= 0) {
			throw new IllegalArgumentException("quantity must be at least 1");
		}
		return new Dispatch(UUID.randomUUID(), resourceId, quantity, incidentId, to, by,
				new Progress(DispatchStatus.REQUESTED, null, now, now));
	}

	/**
	 * Runs one move by its type; an illegal one for the current status is an
	 * {@link IllegalDispatchMove}. A return without a quantity brings the whole quantity
	 * back (teams, experts, vehicles, shelter places).
	 */
	void handle(DispatchCommand command, String by, Instant now) {
		switch (command) {
			case DispatchCommand.Approve approve -> approve(by, now);
			case DispatchCommand.Reject reject -> reject(by, now);
			case DispatchCommand.Cancel cancel -> cancel(by, now);
			case DispatchCommand.Depart depart -> dispatch(now);
			case DispatchCommand.Arrive arrive -> arrive(now);
			case DispatchCommand.ReturnHome back ->
				returnHome(back.returnedQuantity() == null ? quantity : back.returnedQuantity(), now);
		}
	}

	/** Four eyes: the requester cannot approve their own request. */
	void approve(String by, Instant now) {
		require(DispatchStatus.REQUESTED, "approve");
		if (by.equals(requestedBy)) {
			throw new IllegalDispatchMove("A dispatch is approved by someone other than its requester (" + by + ").");
		}
		move(DispatchStatus.APPROVED, now);
	}

	void reject(String by, Instant now) {
		require(DispatchStatus.REQUESTED, "reject");
		move(DispatchStatus.REJECTED, now);
	}

	void cancel(String by, Instant now) {
		if (status != DispatchStatus.REQUESTED && status != DispatchStatus.APPROVED) {
			throw illegal("cancel");
		}
		move(DispatchStatus.CANCELLED, now);
	}

	void dispatch(Instant now) {
		require(DispatchStatus.APPROVED, "dispatch");
		move(DispatchStatus.DISPATCHED, now);
	}

	void arrive(Instant now) {
		require(DispatchStatus.DISPATCHED, "arrive");
		move(DispatchStatus.ARRIVED, now);
	}

	/**
	 * Back home; for supplies {@code returned} of the quantity come back to stock, the
	 * rest was consumed.
	 */
	void returnHome(int returned, Instant now) {
		if (status != DispatchStatus.ARRIVED && status != DispatchStatus.DISPATCHED) {
			throw illegal("return");
		}
		if (returned < 0 || returned > quantity) {
			throw new IllegalArgumentException("returnedQuantity must be between 0 and " + quantity);
		}
		returnedQuantity = returned;
		move(DispatchStatus.RETURNED, now);
	}

	private void require(DispatchStatus expected, String action) {
		if (status != expected) {
			throw illegal(action);
		}
	}

	private IllegalDispatchMove illegal(String action) {
		return new IllegalDispatchMove("Cannot " + action + " a dispatch that is " + status + ".");
	}

	private void move(DispatchStatus to, Instant now) {
		status = to;
		updatedAt = now;
	}

	UUID id() {
		return id;
	}

	UUID resourceId() {
		return resourceId;
	}

	int quantity() {
		return quantity;
	}

	UUID incidentId() {
		return incidentId;
	}

	double latitude() {
		return latitude;
	}

	double longitude() {
		return longitude;
	}

	String requestedBy() {
		return requestedBy;
	}

	String requesterRegion() {
		return requesterRegion;
	}

	String purpose() {
		return purpose;
	}

	DispatchStatus status() {
		return status;
	}

	Integer returnedQuantity() {
		return returnedQuantity;
	}

	Instant createdAt() {
		return createdAt;
	}

	Instant updatedAt() {
		return updatedAt;
	}

}
