package org.forewarn.hazard;

/** Where a disposal order stands. */
public enum OrderStatus {

	/**
	 * 待分拨: waiting for a dispatcher (low classifier confidence, no location, no routing
	 * rule).
	 */
	PENDING_DISPATCH("待分拨", "已受理"),
	/** 已派发: routed to a department, not yet accepted. */
	DISPATCHED("已派发", "已派发"),
	/** 核查中: accepted; someone goes to check on site. */
	VERIFYING("核查中", "核查中"),
	/** 整改中: confirmed; being fixed before the rectification deadline. */
	RECTIFYING("整改中", "整改中"),
	/** 待复核: rectified (or found not to be a hazard); the dispatcher or street checks. */
	REVIEW("待复核", "复核中"),
	/** 已办结. */
	CLOSED("已办结", "已办结"),
	/** 已退回: the department says it is not theirs; back with the dispatcher. */
	RETURNED("已退回", "已受理");

	private final String chinese;

	private final String publicName;

	OrderStatus(String chinese, String publicName) {
		this.chinese = chinese;
		this.publicName = publicName;
	}

	public String chinese() {
		return chinese;
	}

	/**
	 * What a tipster is told: no internal detail such as a return between departments.
	 */
	public String publicName() {
		return publicName;
	}

	public boolean open() {
		return this != CLOSED;
	}

	/** The deadline step that runs while an order is in this status. */
	DeadlineStep step() {
		return switch (this) {
			case PENDING_DISPATCH, RETURNED -> DeadlineStep.DISPATCH;
			case DISPATCHED -> DeadlineStep.ACCEPT;
			case VERIFYING -> DeadlineStep.VERIFY;
			case RECTIFYING -> DeadlineStep.RECTIFY;
			case REVIEW -> DeadlineStep.REVIEW;
			case CLOSED -> null;
		};
	}

}
