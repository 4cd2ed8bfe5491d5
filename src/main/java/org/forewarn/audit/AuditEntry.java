package org.forewarn.audit;

import org.forewarn.platform.CurrentUser;

/**
 * One thing that happened: who ({@code actor}, with the region of their jurisdiction,
 * which decides which district administrators may read the entry), what ({@code action},
 * e.g. {@code user.login}), on what ({@code target}), how it ended ({@code outcome}),
 * from where, with optional details (short text or JSON).
 */
public record AuditEntry(String actor, String regionCode, String action, String target, String outcome,
		String remoteAddress, String details) {

	/**
	 * An entry for the current caller, or {@code system} when no one is logged in
	 * (schedulers, start-up).
	 */
	public static AuditEntry of(String action, String target, String outcome, String details) {
		var user = CurrentUser.current();
		return new AuditEntry(user.map(CurrentUser::username).orElse("system"),
				user.map(u -> u.jurisdiction().regionCode()).orElse(null), action, target, outcome,
				RequestOrigin.remoteAddress(), details);
	}

	/**
	 * An entry for a named actor (a user acting through a service, or {@code system}),
	 * from the current request.
	 */
	public static AuditEntry by(String actor, String regionCode, String action, String target, String outcome,
			String details) {
		return new AuditEntry(actor, regionCode, action, target, outcome, RequestOrigin.remoteAddress(), details);
	}
}
