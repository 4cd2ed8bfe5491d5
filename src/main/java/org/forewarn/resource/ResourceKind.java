package org.forewarn.resource;

/** The kinds of emergency resource. */
public enum ResourceKind {

	/** 物资仓库: holds supplies; not dispatched itself. */
	WAREHOUSE,
	/** 物资: stock of one type in one depot; dispatched by quantity. */
	SUPPLY,
	/** 救援队伍: dispatched whole; busy until it returns. */
	TEAM,
	/** 专家: dispatched whole; busy until released. */
	EXPERT,
	/** 避难场所: "dispatched" by assigning evacuees up to its free capacity. */
	SHELTER,
	/** 车辆: dispatched whole. */
	VEHICLE;

	/**
	 * Whether a dispatch takes the whole resource (a team, an expert, a vehicle) rather
	 * than a quantity of it.
	 */
	boolean whole() {
		return this == TEAM || this == EXPERT || this == VEHICLE;
	}

}
