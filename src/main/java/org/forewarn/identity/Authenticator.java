package org.forewarn.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

import org.forewarn.audit.AuditEntry;
import org.forewarn.audit.AuditTrail;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The login policy: a correct password on an enabled, unlocked account gets a token; {@code max-failed-logins}
 * consecutive wrong passwords lock the account for {@code lockout}. Every attempt is audited, successful or not.
 */
@Service
class Authenticator {

	sealed interface Outcome {
	}

	record Success(User user, Tokens.Issued token) implements Outcome {
	}

	record Refusal(LoginRefused reason) implements Outcome {
	}

	private final Users users;
	private final Tokens tokens;
	private final PasswordEncoder passwords;
	private final AuditTrail audit;
	private final Clock clock;
	private final int maxFailures;
	private final Duration lockout;
	private final String dummyHash;
	private final TransactionTemplate transactions;

	Authenticator(Users users, Tokens tokens, PasswordEncoder passwords, AuditTrail audit, Clock clock,
			TransactionTemplate transactions,
			@Value("${forewarn.security.max-failed-logins:5}") int maxFailures,
			@Value("${forewarn.security.lockout:15m}") Duration lockout) {
		this.users = users;
		this.tokens = tokens;
		this.passwords = passwords;
		this.audit = audit;
		this.clock = clock;
		this.maxFailures = maxFailures;
		this.lockout = lockout;
		this.dummyHash = passwords.encode("timing-equaliser");
		this.transactions = transactions;
	}

	/**
	 * One attempt, under a lock on the account's row: concurrent guesses are counted one after the other, so a burst
	 * of parallel requests gets no more than {@code max-failed-logins} tries before the lock.
	 */
	Outcome login(String username, String password, String remoteAddress) {
		String name = username.trim().toLowerCase(Locale.ROOT);
		return transactions.execute(status -> attempt(name, password, remoteAddress));
	}

	private Outcome attempt(String name, String password, String remoteAddress) {
		Instant now = clock.instant();
		Optional<User> found = users.byUsernameForUpdate(name);
		if (found.isEmpty()) {
			passwords.matches(password, dummyHash); // same cost as a real check: no user enumeration by timing
			record(name, null, "failed", "unknown user", remoteAddress);
			return new Refusal(new LoginRefused.WrongCredentials());
		}
		User user = found.get();
		String region = user.jurisdiction().regionCode();
		if (user.lockedAt(now)) {
			record(name, region, "refused", "account locked until " + user.lockedUntil(), remoteAddress);
			return new Refusal(new LoginRefused.Locked(user.lockedUntil()));
		}
		if (!passwords.matches(password, user.passwordHash())) {
			Instant until = now.plus(lockout);
			int failures = users.recordFailure(user.id(), maxFailures, until);
			if (failures >= maxFailures) {
				record(name, region, "locked", failures + " consecutive wrong passwords; locked until " + until, remoteAddress);
				return new Refusal(new LoginRefused.Locked(until));
			}
			record(name, region, "failed", "wrong password (" + failures + " of " + maxFailures + ")", remoteAddress);
			return new Refusal(new LoginRefused.WrongCredentials());
		}
		if (!user.enabled()) {
			// only said after the right password, so it tells a guesser nothing
			record(name, region, "refused", "account disabled", remoteAddress);
			return new Refusal(new LoginRefused.Disabled());
		}
		users.recordSuccess(user.id());
		Tokens.Issued token = tokens.issue(user.id(), remoteAddress);
		record(name, region, "success", null, remoteAddress);
		return new Success(user, token);
	}

	private void record(String username, String regionCode, String outcome, String details, String remoteAddress) {
		audit.recordIndependently(new AuditEntry(username, regionCode, "user.login", "user:" + username, outcome, remoteAddress,
				details));
	}
}
