package org.forewarn.identity;

import java.util.Optional;
import java.util.UUID;

import org.forewarn.audit.AuditEntry;
import org.forewarn.audit.AuditTrail;
import org.forewarn.platform.Refusal;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where a user changes their own password: the current one is checked (and counted like a
 * login, so guessing it here is throttled too), the new one must pass the
 * {@link PasswordPolicy}; every other session of the account ends, the one asking stays.
 * Refusals are audited even though nothing else is written.
 */
@Service
class PasswordDesk {

	private final Authenticator authenticator;

	private final Users users;

	private final Tokens tokens;

	private final PasswordPolicy policy;

	private final PasswordEncoder passwords;

	private final AuditTrail audit;

	PasswordDesk(Authenticator authenticator, Users users, Tokens tokens, PasswordPolicy policy,
			PasswordEncoder passwords, AuditTrail audit) {
		this.authenticator = authenticator;
		this.users = users;
		this.tokens = tokens;
		this.policy = policy;
		this.passwords = passwords;
		this.audit = audit;
	}

	/**
	 * Changes the password of this account, keeping the session of {@code keptToken}.
	 * Empty when changed; the throttling refusal when too many failed logins stop the
	 * current password from being checked at all.
	 */
	@Transactional
	Optional<LoginRefused> change(UUID userId, String currentPassword, String newPassword, String keptToken,
			String client) {
		User user = users.byId(userId).orElseThrow();
		String target = "user:" + user.username();
		Optional<LoginRefused> refusal = authenticator.confirm(user, currentPassword, client);
		if (refusal.isPresent()) {
			boolean throttled = refusal.get() instanceof LoginRefused.Throttled;
			audit.recordIndependently(AuditEntry.of("user.password", target, throttled ? "throttled" : "refused",
					throttled ? "too many failed logins; password not checked" : "current password wrong"));
			if (throttled) {
				return refusal;
			}
			throw new AccountRejected(Refusal.FORBIDDEN, "currentPassword", "当前密码不正确。The current password is wrong.");
		}
		PasswordPolicy.Verdict verdict = policy.check(user.username(), newPassword);
		if (!verdict.accepted()) {
			audit.recordIndependently(
					AuditEntry.of("user.password", target, "refused", "password policy: " + verdict.codes()));
			throw new PasswordRefused("newPassword", verdict);
		}
		users.changePassword(user.id(), passwords.encode(newPassword));
		tokens.revokeAllOfExcept(user.id(), keptToken);
		audit.record(AuditEntry.of("user.password", target, "success", "other sessions ended"));
		return Optional.empty();
	}

}
