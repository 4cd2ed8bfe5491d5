package org.forewarn.hazard;

/** Where a hazard report came from. */
public enum Channel {

	/** 群众举报 (no login). */
	PUBLIC_TIP,
	/** 网格巡查: territorial inspection by a grid worker. */
	GRID_INSPECTION,
	/** 行业检查: inspection by a regulator's inspector. */
	INDUSTRY_INSPECTION,
	/** 企业自报. */
	ENTERPRISE_SELF_REPORT,
	/** 视频智能分析 (webhook with an API key). */
	VIDEO_ANALYTICS,
	/**
	 * 物联感知: an alarm of the monitoring network
	 * ({@link org.forewarn.monitoring.HazardSensed}).
	 */
	IOT_ALARM,
	/** 值班室: taken by a duty officer (telephone, letter). */
	DUTY_OFFICE

}
