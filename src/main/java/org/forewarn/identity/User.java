package org.forewarn.identity;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import org.forewarn.platform.CurrentUser;
import org.forewarn.platform.Jurisdiction;
import org.forewarn.platform.Role;

/**
 * A platform account: bound to a person, with roles and a jurisdiction; switched off
 * ({@code enabled = false}) by an administrator. An enterprise user is also bound to its
 * enterprise ({@code enterpriseUscc}). {@code failedLogins} and {@code lockedUntil} are
 * columns of an earlier lockout, no longer set: see {@link LoginThrottle}.
 */
record User(UUID id, String username, String passwordHash, String displayName, UUID personId, Jurisdiction jurisdiction,
		Set<Role> roles, boolean enabled, int failedLogins, Instant lockedUntil, String enterpriseUscc) {

	User(UUID id, String username, String passwordHash, String displayName, UUID personId, Jurisdiction jurisdiction,
			Set<Role> roles, boolean enabled, int failedLogins, Instant lockedUntil) {
		this(id, username, passwordHash, displayName, personId, jurisdiction, roles, enabled, failedLogins, lockedUntil,
				null);
	}

	CurrentUser asCurrentUser() {
		return new CurrentUser(id, username, displayName, roles, jurisdiction, enterpriseUscc);
	}
}
