package org.forewarn.hazard;

/**
 * The supervision flag 督办 of an order's current step: yellow when overdue, red when long
 * overdue.
 */
public enum Supervision {

	NONE, YELLOW, RED;

	boolean below(Supervision other) {
		return ordinal() < other.ordinal();
	}

}
