/**
 * How the platform runs: the embedded PostgreSQL default, demo mode, the caller's
 * identity and jurisdiction as seen by every module, RFC 9457 problem details, console
 * hosting and the start-up report. Uses no other module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Platform", allowedDependencies = {},
		type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.forewarn.platform;
