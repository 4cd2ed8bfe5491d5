/**
 * The violation → supervision loop (违法—监督): inspection plans and records 检查/巡查 with
 * checklists and findings, enforcement cases 执法案件 under one case code 一案一码 from filing to
 * closing, and accident investigations 事故调查. Uses enterprise (the registry and its
 * records), hazard (findings become hazard reports), region, audit and platform.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Enforcement",
		allowedDependencies = { "enterprise", "hazard", "region", "audit", "platform" })
package org.forewarn.enforcement;
