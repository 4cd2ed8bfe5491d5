/**
 * Enterprises 生产经营单位 keyed by their Unified Social Credit Code: the registry, the holographic profile 企业全息档案
 * with a quantified risk score, the enterprise code 一企一码 and the enterprise portal. Uses region, organisation,
 * hazard, monitoring, warning, notification, identity, audit and platform; the enforcement and incident modules link
 * their facts to an enterprise through {@link org.forewarn.enterprise.EnterpriseRecords}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Enterprise")
package org.forewarn.enterprise;
