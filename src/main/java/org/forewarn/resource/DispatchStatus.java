package org.forewarn.resource;

/**
 * The steps of a dispatch: request → approve → dispatched → arrived → returned; or
 * rejected / cancelled early.
 */
enum DispatchStatus {

	REQUESTED, APPROVED, DISPATCHED, ARRIVED, RETURNED, REJECTED, CANCELLED;

	/** The resource is still held by the dispatch (reserved or out). */
	boolean holds() {
		return this == REQUESTED || this == APPROVED || this == DISPATCHED || this == ARRIVED;
	}

}
