/**
 * The audit log: an append-only, hash-chained record of every state change, every login
 * and every refused access (who, what, when, from where). Uses region (to scope reading
 * by jurisdiction) and platform.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit", allowedDependencies = { "region", "platform" })
package org.forewarn.audit;
