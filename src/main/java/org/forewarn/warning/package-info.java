/**
 * Warnings 预警: drafted by a duty officer (or proposed from an alarm), approved by a
 * second person, issued, updated, cancelled or expired; exported as CAP 1.2 and GB/T
 * 35965.1, imported from any CAP 1.2 source, and published as a public feed. Uses region
 * (areas and boundaries), organisation (issuing departments, recipient roles), audit and
 * platform.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Warning",
		allowedDependencies = { "region", "organisation", "audit", "platform" })
package org.forewarn.warning;
