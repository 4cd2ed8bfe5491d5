package org.forewarn.monitoring;

import java.time.Instant;

/**
 * One value of one sensor at one time: the unit of telemetry, stored once per station +
 * metric + time.
 */
record Reading(String station, String metric, Instant ts, double value) {
}
