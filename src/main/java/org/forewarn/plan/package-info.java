/**
 * Structured contingency plans 预案 — duty list 职责清单, scenarios 情景 with trigger conditions
 * as data and task measures 任务措施 per response level — in versions (draft → review →
 * published, four eyes, readable diffs), with references between plans and matching of
 * scenarios to an incident. Uses region, organisation (units), monitoring (active alarms
 * as live conditions), audit and platform; the incident module activates plans through
 * {@link PlanLibrary}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Plan",
		allowedDependencies = { "region", "organisation", "monitoring", "audit", "platform" })
package org.forewarn.plan;
