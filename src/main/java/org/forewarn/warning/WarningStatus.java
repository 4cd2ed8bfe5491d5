package org.forewarn.warning;

/** Where a warning is in its life. */
public enum WarningStatus {

	/** 草稿: being written; visible only inside the owning jurisdiction. */
	DRAFT,
	/** 已审核: a second person approved it; ready to issue. */
	APPROVED,
	/** 已发布: in force, public, its recipients notified. */
	ISSUED,
	/** 已解除: cancelled before its expiry (or withdrawn as a draft). */
	CANCELLED,
	/** 已过期: its expiry time passed. */
	EXPIRED,
	/**
	 * 已接收: imported from another agency's CAP feed; kept for reference, not re-issued or
	 * notified.
	 */
	RECEIVED;

	/** Whether the warning is in force (issued and not yet cancelled or expired). */
	public boolean inForce() {
		return this == ISSUED;
	}

}
