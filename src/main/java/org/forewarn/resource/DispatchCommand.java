package org.forewarn.resource;

/**
 * A move on a dispatch 调度, one record per move with exactly that move's fields (each may
 * carry a note for the dispatch's steps); {@link DispatchDesk} runs it with a
 * {@code switch} over the type and {@link Dispatch} guards whether the move is allowed
 * from its status.
 */
sealed interface DispatchCommand {

	String note();

	/** The owner's side approves the request (four eyes: not the requester). */
	record Approve(String note) implements DispatchCommand {
	}

	/** The owner's side turns the request down; the resource is free again. */
	record Reject(String note) implements DispatchCommand {
	}

	/**
	 * The requester or the owner's side withdraws it before it leaves; the resource is
	 * free again.
	 */
	record Cancel(String note) implements DispatchCommand {
	}

	/** The resource sets out 出动. */
	record Depart(String note) implements DispatchCommand {
	}

	/** The resource arrived at the scene 到达. */
	record Arrive(String note) implements DispatchCommand {
	}

	/**
	 * Back home 归还/归队; for supplies {@code returnedQuantity} of the quantity comes back
	 * to stock and the rest counts as consumed (required for supplies, ignored
	 * otherwise).
	 */
	record ReturnHome(Integer returnedQuantity, String note) implements DispatchCommand {
	}

	/** The name of the move in the audit trail and the API path. */
	default String action() {
		return switch (this) {
			case Approve approve -> "approve";
			case Reject reject -> "reject";
			case Cancel cancel -> "cancel";
			case Depart depart -> "dispatch";
			case Arrive arrive -> "arrive";
			case ReturnHome back -> "return";
		};
	}

}
