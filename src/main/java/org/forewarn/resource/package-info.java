/**
 * Emergency resources and their dispatch: supply depots and stock, rescue teams, experts,
 * shelters and vehicles, the nearest available ones to a point, and dispatches from
 * request to return. Uses region, organisation (a resource's department), audit and
 * platform; an incident is referred to by a plain id, checked through
 * {@link org.forewarn.resource.KnownIncidents}, which the incident module implements.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Resources",
		allowedDependencies = { "region", "organisation", "audit", "platform" })
package org.forewarn.resource;
