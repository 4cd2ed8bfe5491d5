package org.forewarn.monitoring;

/**
 * A measured quantity with its unit and its physically plausible range: a value outside
 * the range is a broken sensor or a malformed message and is rejected, never stored.
 */
record Metric(String name, String unit, double min, double max) {

	static final Metric RAINFALL_5M = new Metric("rainfall_5m", "mm", 0, 200);
	static final Metric WATER_LEVEL = new Metric("water_level", "m", -10, 500);
	static final Metric GAS_LEL = new Metric("gas_lel", "%LEL", 0, 100);
	static final Metric PRESSURE_MPA = new Metric("pressure_mpa", "MPa", 0, 5);
	static final Metric STRAIN_UE = new Metric("strain_ue", "µε", -5000, 5000);
	static final Metric WATER_DEPTH_M = new Metric("water_depth_m", "m", 0, 20);

	/** The metric a station of this type reports. */
	static Metric of(StationType type) {
		return switch (type) {
			case RAIN_GAUGE -> RAINFALL_5M;
			case WATER_LEVEL -> WATER_LEVEL;
			case GAS -> GAS_LEL;
			case WATER_PRESSURE -> PRESSURE_MPA;
			case BRIDGE_STRAIN -> STRAIN_UE;
			case DRAINAGE_LEVEL -> WATER_DEPTH_M;
		};
	}

	boolean accepts(double value) {
		return value >= min && value <= max;
	}
}
