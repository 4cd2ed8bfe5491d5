package org.forewarn.platform;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The authenticated caller as every module sees it: who, with which roles, over which
 * jurisdiction. Put into the security context by the identity module; read with
 * {@code @AuthenticationPrincipal CurrentUser}.
 *
 * @param enterpriseUscc for an enterprise user (role {@link Role#ENTERPRISE}), the
 * Unified Social Credit Code of the enterprise it acts for; null for everybody else
 */
public record CurrentUser(UUID id, String username, String displayName, Set<Role> roles, Jurisdiction jurisdiction,
		String enterpriseUscc) {

	public CurrentUser {
		roles = Set.copyOf(roles);
	}

	/** A caller who acts for no enterprise. */
	public CurrentUser(UUID id, String username, String displayName, Set<Role> roles, Jurisdiction jurisdiction) {
		this(id, username, displayName, roles, jurisdiction, null);
	}

	public boolean has(Role role) {
		return roles.contains(role);
	}

	/** The caller of the current request, if one is authenticated. */
	public static Optional<CurrentUser> current() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof CurrentUser user) {
			return Optional.of(user);
		}
		return Optional.empty();
	}
}
