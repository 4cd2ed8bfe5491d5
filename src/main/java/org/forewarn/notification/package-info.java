/**
 * Notification: who receives an issued warning or a response command (responsible persons
 * of the objects and areas affected, by role), delivery through in-app, SMS, e-mail and
 * webhook channels with retry and fallback, acknowledgement, escalation of the
 * unacknowledged, and live delivery counts. Uses warning (issued warnings), organisation
 * (people and their superiors), region (area names), identity (the person behind an
 * account), audit and platform.
 *
 * <p>
 * Other modules that need no answer ask for notices by publishing their own events, which
 * this module listens to: hazard's {@code DisposalOrderSupervised} (supervision 督办 to the
 * level above) and enterprise's {@code WarningPushRequested} (a warning to an
 * enterprise's contacts). The incident module alone still calls
 * {@link org.forewarn.notification.Notifications#send}, because it needs the answer in
 * the same transaction: each task keeps the id of its command (an acknowledgement of that
 * command acknowledges the task), and the activation reports how many were notified and
 * marks a task whose unit has nobody to receive it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notification", allowedDependencies = { "warning",
		"hazard", "enterprise", "organisation", "region", "identity", "audit", "platform" })
package org.forewarn.notification;
