package org.forewarn.enforcement;

import java.util.Set;
import java.util.UUID;

import org.forewarn.platform.CurrentUser;
import org.forewarn.platform.Role;

/**
 * Who makes a move: an inspector, handler or commander, with the jurisdiction
 * authorisation checks.
 */
record Officer(UUID id, String username, String displayName, Set<Role> roles, String regionCode,
		String departmentCode) {

	static final Officer SYSTEM = new Officer(null, "system", "系统", Set.of(), null, null);

	static Officer of(CurrentUser user) {
		return new Officer(user.id(), user.username(), user.displayName(), user.roles(),
				user.jurisdiction().regionCode(), user.jurisdiction().departmentCode());
	}

	boolean has(Role role) {
		return roles.contains(role);
	}

	boolean is(UUID other) {
		return id != null && id.equals(other);
	}
}
