package org.forewarn.hazard;

import java.util.Set;
import java.util.UUID;

import org.forewarn.platform.CurrentUser;
import org.forewarn.platform.Role;

/**
 * Who does something to an order: a user, or the platform itself (supervision sweep,
 * sensing channels).
 */
record Actor(UUID id, String username, String displayName, Set<Role> roles, String regionCode, String departmentCode) {

	static final Actor SYSTEM = machine("system", "系统");

	/**
	 * Not a person: the platform itself, or a channel that reports by machine; no roles,
	 * no area, no department.
	 */
	static Actor machine(String username, String displayName) {
		return new Actor(null, username, displayName, Set.of(), null, null);
	}

	static Actor of(CurrentUser user) {
		return new Actor(user.id(), user.username(), user.displayName(), user.roles(), user.jurisdiction().regionCode(),
				user.jurisdiction().departmentCode());
	}

	boolean has(Role role) {
		return roles.contains(role);
	}
}
