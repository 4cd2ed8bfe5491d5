/**
 * The sensing network (感): stations and sensors, telemetry over MQTT and HTTP with
 * time-partitioned storage, alarm rules kept as data and alarms with their lifecycle,
 * rolled up by area; lifeline alarms publish
 * {@link org.forewarn.monitoring.HazardSensed}, which the hazard module takes in as a
 * report; rainstorm alarms propose warning drafts. Uses region, organisation, warning,
 * audit and platform.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Monitoring",
		allowedDependencies = { "region", "organisation", "warning", "audit", "platform" })
package org.forewarn.monitoring;
