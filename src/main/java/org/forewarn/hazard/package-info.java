/**
 * The prevent → verify loop (防范—核查): hazard reports from every channel, classified and routed into disposal
 * orders that are accepted, verified, rectified, reviewed and closed under deadlines and supervision. Uses region,
 * organisation, notification, monitoring (listens to {@code HazardSensed}), audit and platform.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Hazard",
		allowedDependencies = { "region", "organisation", "notification", "monitoring", "audit", "platform" })
package org.forewarn.hazard;
