package org.forewarn.hazard;

/** How a closed order ended. */
public enum Resolution {

	/** 已整改: the hazard was fixed and the fix passed review. */
	RECTIFIED,
	/** 非隐患: the on-site check found no hazard, and review agreed. */
	NOT_A_HAZARD

}
