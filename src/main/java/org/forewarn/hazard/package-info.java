/**
 * The prevent → verify loop (防范—核查): hazard reports from every channel, classified and
 * routed into disposal orders that are accepted, verified, rectified, reviewed and closed
 * under deadlines and supervision. Uses region, organisation, monitoring (listens to
 * {@code HazardSensed}), audit and platform; supervision reaches people through the
 * notification module, which listens to {@code DisposalOrderSupervised}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Hazard",
		allowedDependencies = { "region", "organisation", "monitoring", "audit", "platform" })
package org.forewarn.hazard;
