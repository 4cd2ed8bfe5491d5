package org.forewarn.identity;

import java.time.Instant;

/** Why a login failed; rendered as 401 (wrong credentials) or 423 (locked) problem details. */
sealed interface LoginRefused {

	/** Deliberately the same for an unknown user and a wrong password: the answer must not reveal which. */
	record WrongCredentials() implements LoginRefused {
	}

	record Locked(Instant until) implements LoginRefused {
	}

	record Disabled() implements LoginRefused {
	}
}
