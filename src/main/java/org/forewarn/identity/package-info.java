/**
 * Who may do what where: users bound to a person, roles, jurisdiction, login with
 * throttling and a password policy, bearer tokens and the authorisation rules of every
 * endpoint. Uses region, organisation (department names), audit and platform.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity",
		allowedDependencies = { "region", "organisation", "audit", "platform" })
package org.forewarn.identity;
