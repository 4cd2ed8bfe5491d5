package org.forewarn.monitoring;

/**
 * How serious an alarm is, lowest first (ThingsBoard's scale less INDETERMINATE). An
 * alarm's severity only rises.
 */
public enum Severity {

	WARNING, MINOR, MAJOR, CRITICAL;

	public boolean above(Severity other) {
		return compareTo(other) > 0;
	}

}
