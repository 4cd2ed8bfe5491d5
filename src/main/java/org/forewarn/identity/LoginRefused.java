package org.forewarn.identity;

import java.time.Duration;

/**
 * Why a login failed; rendered as 401 (wrong credentials), 429 (throttled) or 403
 * (disabled) problem details.
 */
sealed interface LoginRefused {

	/**
	 * Deliberately the same for an unknown user and a wrong password: the answer must not
	 * reveal which.
	 */
	record WrongCredentials() implements LoginRefused {
	}

	/**
	 * Too many failed logins for the name or from the client; the same whether or not the
	 * account exists.
	 */
	record Throttled(Duration retryAfter) implements LoginRefused {
	}

	/** Only ever said to someone who gave the right password. */
	record Disabled() implements LoginRefused {
	}

}
