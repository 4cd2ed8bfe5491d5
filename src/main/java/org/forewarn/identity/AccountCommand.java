package org.forewarn.identity;

import java.util.Set;
import java.util.UUID;

import org.forewarn.platform.Role;

/**
 * An administrator's moves on an account, each with exactly its fields;
 * {@link AccountDesk} takes them.
 */
sealed interface AccountCommand {

	/** Opens an account (the password is checked against the {@link PasswordPolicy}). */
	record Open(String username, String password, String displayName, Set<Role> roles, String regionCode,
			String departmentCode, UUID personId) implements AccountCommand {
	}

	/**
	 * Lets the username try passwords again at once after failed logins slowed it down.
	 */
	record Unlock(String username) implements AccountCommand {
	}

	/** No new logins, and every session of the account ends. */
	record Disable(String username) implements AccountCommand {
	}

	record Enable(String username) implements AccountCommand {
	}

	/** Ends every session of the account; it may log in again. */
	record RevokeTokens(String username) implements AccountCommand {
	}

}
