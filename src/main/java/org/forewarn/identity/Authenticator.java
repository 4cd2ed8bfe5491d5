package org.forewarn.identity;

import java.util.Locale;
import java.util.Optional;

import io.micrometer.core.instrument.MeterRegistry;

import org.forewarn.audit.AuditEntry;
import org.forewarn.audit.AuditTrail;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/**
 * The login policy: a correct password on an enabled account gets a token, unless the
 * {@link LoginThrottle} says the username or the client has failed too often lately.
 * Failed logins slow down further password logins only; they never end a session (token)
 * the account already has, so an attacker cannot log a duty officer out by guessing. An
 * unknown user, a wrong password and a throttled name look the same to the caller whether
 * the account exists or not. Every attempt is audited (never with the password) and every
 * refusal counted in {@code forewarn.security.login.refusals}.
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

	private final LoginThrottle throttle;

	private final MeterRegistry meters;

	private final String dummyHash;

	Authenticator(Users users, Tokens tokens, PasswordEncoder passwords, AuditTrail audit, LoginThrottle throttle,
			MeterRegistry meters) {
		this.users = users;
		this.tokens = tokens;
		this.passwords = passwords;
		this.audit = audit;
		this.throttle = throttle;
		this.meters = meters;
		this.dummyHash = passwords.encode("timing-equaliser");
	}

	/** One attempt from {@code client} (see {@link ClientAddress}). */
	Outcome login(String username, String password, String client) {
		String name = username.strip().toLowerCase(Locale.ROOT);
		LoginThrottle.Attempt attempt = throttle.attempt(client, name);
		if (attempt instanceof LoginThrottle.Throttled throttled) {
			// the password is not even checked: a throttled guess learns nothing
			record(name, regionOf(name), "throttled", "too many failed logins for this " + throttled.by()
					+ "; password not checked; retry after " + throttled.retryAfter().toSeconds() + " s", client);
			return refused(new LoginRefused.Throttled(throttled.retryAfter()), "throttled");
		}
		LoginThrottle.Admitted admitted = (LoginThrottle.Admitted) attempt;
		Optional<User> found = users.byUsername(name);
		if (found.isEmpty()) {
			passwords.matches(password, dummyHash); // same cost as a real check: no user
													// enumeration by timing
			record(name, null, "failed", "unknown user", client);
			return refused(new LoginRefused.WrongCredentials(), "wrong-credentials");
		}
		User user = found.get();
		String region = user.jurisdiction().regionCode();
		if (!passwords.matches(password, user.passwordHash())) {
			record(name, region, "failed", "wrong password", client);
			return refused(new LoginRefused.WrongCredentials(), "wrong-credentials");
		}
		throttle.succeeded(client, name, admitted);
		if (!user.enabled()) {
			// only said after the right password, so it tells a guesser nothing
			record(name, region, "refused", "account disabled", client);
			return refused(new LoginRefused.Disabled(), "disabled");
		}
		Tokens.Issued token = tokens.issue(user.id(), client);
		record(name, region, "success", null, client);
		return new Success(user, token);
	}

	/**
	 * Checks the password of a logged-in user (to change it), counted like a login so it
	 * cannot be guessed faster there: empty when it is right, else why not.
	 */
	Optional<LoginRefused> confirm(User user, String password, String client) {
		LoginThrottle.Attempt attempt = throttle.attempt(client, user.username());
		if (attempt instanceof LoginThrottle.Throttled throttled) {
			return Optional.of(refused(new LoginRefused.Throttled(throttled.retryAfter()), "throttled").reason());
		}
		if (!passwords.matches(password, user.passwordHash())) {
			return Optional.of(refused(new LoginRefused.WrongCredentials(), "wrong-credentials").reason());
		}
		throttle.succeeded(client, user.username(), (LoginThrottle.Admitted) attempt);
		return Optional.empty();
	}

	private String regionOf(String name) {
		return users.byUsername(name).map(u -> u.jurisdiction().regionCode()).orElse(null);
	}

	private Refusal refused(LoginRefused reason, String tag) {
		meters.counter("forewarn.security.login.refusals", "reason", tag).increment();
		return new Refusal(reason);
	}

	private void record(String username, String regionCode, String outcome, String details, String client) {
		audit.recordIndependently(
				new AuditEntry(username, regionCode, "user.login", "user:" + username, outcome, client, details));
	}

}
