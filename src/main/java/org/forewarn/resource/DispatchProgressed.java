package org.forewarn.resource;

import java.time.Instant;

import org.forewarn.platform.IncidentId;

/**
 * A dispatch changed status: {@code REQUESTED}, {@code APPROVED}, {@code REJECTED},
 * {@code CANCELLED}, {@code DISPATCHED}, {@code ARRIVED} or {@code RETURNED}. Published
 * on every change, after commit to listeners; {@code incidentId} is null when the
 * dispatch serves no incident. {@code by} is the username who made the move.
 */
public record DispatchProgressed(DispatchId dispatchId, IncidentId incidentId, String resourceKind, String resourceName,
		String status, int quantity, String unit, Instant at, String by) {
}
