/**
 * Enterprises 生产经营单位 keyed by their Unified Social Credit Code: the registry, the
 * holographic profile 企业全息档案 with a quantified risk score, the enterprise code 一企一码 and
 * the enterprise portal. Uses region, organisation, hazard, monitoring, warning,
 * identity, audit and platform; warnings reach an enterprise's contacts through the
 * notification module, which listens to
 * {@link org.forewarn.enterprise.WarningPushRequested}; the enforcement module links its
 * inspections, cases and investigations to an enterprise through
 * {@link org.forewarn.enterprise.EnterpriseRecords} (no module records
 * {@link org.forewarn.enterprise.FactKind#INCIDENT} facts yet; incident does not use
 * enterprise).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Enterprise", allowedDependencies = { "region",
		"organisation", "hazard", "monitoring", "warning", "identity", "audit", "platform" })
package org.forewarn.enterprise;
