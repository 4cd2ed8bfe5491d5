/**
 * Incidents 突发事件 and their response: type and level by law, information reports 首报/续报/终报
 * with deadlines, activation of a plan 一键调度 into tasks for every unit with the response
 * command sent through notification, and the command board 指挥板 (tasks, timeline,
 * consultations 会商, decisions, live stream). Uses plan (matching and plan versions),
 * region, organisation, notification, warning (to validate a warning an incident grew
 * from), resource (its dispatches appear on the board), audit and platform.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Incident", allowedDependencies = { "plan", "region",
		"organisation", "notification", "warning", "resource", "audit", "platform" })
package org.forewarn.incident;
