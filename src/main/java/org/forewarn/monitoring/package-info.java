/**
 * The sensing network (感): stations and sensors, telemetry over MQTT and HTTP with time-partitioned storage, alarm
 * rules kept as data and alarms with their lifecycle, rolled up by area; lifeline alarms open hazard reports through
 * the hazard module's {@code HazardSignal}; rainstorm alarms propose warning drafts. Uses region, organisation,
 * hazard, warning, audit and platform.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Monitoring",
		allowedDependencies = { "region", "organisation", "hazard", "warning", "audit", "platform" })
package org.forewarn.monitoring;
