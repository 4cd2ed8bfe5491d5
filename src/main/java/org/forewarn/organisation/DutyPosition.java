package org.forewarn.organisation;

/** A post on a duty shift. */
public enum DutyPosition {

	/** 带班领导: the leader in charge of the shift. */
	LEADER,
	/** 值班员: the duty officer, default receiver of escalations while on shift. */
	OFFICER,
	/** 值班助理: assistant duty officer. */
	ASSISTANT

}
