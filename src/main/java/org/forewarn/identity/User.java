package org.forewarn.identity;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import org.forewarn.platform.CurrentUser;
import org.forewarn.platform.Jurisdiction;
import org.forewarn.platform.Role;

/**
 * A platform account: bound to a person, with roles and a jurisdiction; locked for a while after failed logins. An
 * enterprise user is also bound to its enterprise ({@code enterpriseUscc}).
 */
record User(UUID id, String username, String passwordHash, String displayName, UUID personId, Jurisdiction jurisdiction,
		Set<Role> roles, boolean enabled, int failedLogins, Instant lockedUntil, String enterpriseUscc) {

	User(UUID id, String username, String passwordHash, String displayName, UUID personId, Jurisdiction jurisdiction,
			Set<Role> roles, boolean enabled, int failedLogins, Instant lockedUntil) {
		this(id, username, passwordHash, displayName, personId, jurisdiction, roles, enabled, failedLogins, lockedUntil,
				null);
	}

	boolean lockedAt(Instant now) {
		return lockedUntil != null && lockedUntil.isAfter(now);
	}

	CurrentUser asCurrentUser() {
		return new CurrentUser(id, username, displayName, roles, jurisdiction, enterpriseUscc);
	}
}
