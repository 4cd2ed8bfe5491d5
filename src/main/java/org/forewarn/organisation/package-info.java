/**
 * Who does the work: departments and member units, committees and their members, the
 * 1+11+N command centres, people with their roles and the objects (reservoirs, rivers,
 * areas) they are responsible for. Uses region, audit and platform.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Organisation",
		allowedDependencies = { "region", "audit", "platform" })
package org.forewarn.organisation;
