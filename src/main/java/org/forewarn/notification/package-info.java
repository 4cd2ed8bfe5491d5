/**
 * Notification: who receives an issued warning or a response command (responsible persons of the objects and areas
 * affected, by role), delivery through in-app, SMS, e-mail and webhook channels with retry and fallback,
 * acknowledgement, escalation of the unacknowledged, and live delivery counts. Uses warning (issued warnings), organisation
 * (people and their superiors), region (area names), identity (the person behind an account), audit and platform.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notification",
		allowedDependencies = { "warning", "organisation", "region", "identity", "audit", "platform" })
package org.forewarn.notification;
