package org.forewarn.monitoring;

/** What a monitoring station measures. */
public enum StationType {

	/** 雨量站: 5-minute rainfall (mm). */
	RAIN_GAUGE,
	/** 水位站: water level of a reservoir or river section (m). */
	WATER_LEVEL,
	/** 燃气监测: combustible gas concentration (%LEL), city lifeline. */
	GAS,
	/** 供水管网压力: water-supply network pressure (MPa), city lifeline. */
	WATER_PRESSURE,
	/** 桥梁应变: bridge strain (µε), city lifeline. */
	BRIDGE_STRAIN,
	/** 排水管网液位: drainage network water depth (m), city lifeline. */
	DRAINAGE_LEVEL

}
