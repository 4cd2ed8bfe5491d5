package org.forewarn.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Slows password guessing without locking anyone out of a session they already have: at
 * most {@code max-failed-logins} failed logins per username and
 * {@code max-failed-logins-per-client} per client address within the sliding
 * {@code lockout} window; beyond that, password logins for that name (or from that
 * address) are refused with 429 until the oldest failure leaves the window. The username
 * is counted whether or not such an account exists, so the answer says nothing about
 * which names are real. Tokens already issued are never touched.
 * <p>
 * Each attempt takes its place in both windows <em>before</em> the password is checked
 * (and gives it back when the password was right), so a burst of parallel guesses gets no
 * more tries than the limit. The windows live in this instance's memory: with several
 * instances behind a balancer an attacker gets the limit once per instance, still far too
 * few for guessing.
 */
@Component
class LoginThrottle {

	/**
	 * Above this many remembered keys, keys whose failures have all left the window are
	 * forgotten.
	 */
	private static final int PRUNE_ABOVE = 100_000;

	/** The outcome of asking to try a password. */
	sealed interface Attempt {

	}

	/** May try; {@link #succeeded} gives the place back when the password was right. */
	record Admitted(Instant at) implements Attempt {
	}

	/** Too many failures recently; try again after {@code retryAfter}. */
	record Throttled(Duration retryAfter, String by) implements Attempt {
	}

	private final Clock clock;

	private final int perUsername;

	private final int perClient;

	private final Duration window;

	private final Map<String, Deque<Instant>> failures = new HashMap<>();

	LoginThrottle(Clock clock, @Value("${forewarn.security.max-failed-logins:5}") int perUsername,
			@Value("${forewarn.security.max-failed-logins-per-client:20}") int perClient,
			@Value("${forewarn.security.lockout:15m}") Duration window) {
		this.clock = clock;
		this.perUsername = perUsername;
		this.perClient = perClient;
		this.window = window;
	}

	/**
	 * Takes a place in the username's and the client's windows, or says how long to wait.
	 */
	synchronized Attempt attempt(String client, String username) {
		Instant now = clock.instant();
		prune(now);
		Deque<Instant> byName = recent(userKey(username), now);
		Deque<Instant> byClient = recent(clientKey(client), now);
		Duration wait = Duration.ZERO;
		String by = null;
		if (byName.size() >= perUsername) {
			wait = until(byName, now);
			by = "username";
		}
		if (byClient.size() >= perClient && until(byClient, now).compareTo(wait) > 0) {
			wait = until(byClient, now);
			by = "client";
		}
		if (by != null) {
			return new Throttled(wait, by);
		}
		byName.addLast(now);
		byClient.addLast(now);
		return new Admitted(now);
	}

	/**
	 * The password was right: the place is given back and the username's earlier failures
	 * are forgiven.
	 */
	synchronized void succeeded(String client, String username, Admitted attempt) {
		failures.remove(userKey(username));
		Deque<Instant> byClient = failures.get(clientKey(client));
		if (byClient != null) {
			byClient.removeLastOccurrence(attempt.at());
		}
	}

	/** An administrator unlocked the account: its username may try again at once. */
	synchronized void release(String username) {
		failures.remove(userKey(username));
	}

	/** How long password logins for this username are refused, if they are. */
	synchronized Optional<Duration> throttled(String username) {
		Instant now = clock.instant();
		Deque<Instant> byName = failures.get(userKey(username));
		if (byName == null) {
			return Optional.empty();
		}
		drop(byName, now);
		return byName.size() >= perUsername ? Optional.of(until(byName, now)) : Optional.empty();
	}

	private Deque<Instant> recent(String key, Instant now) {
		Deque<Instant> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
		drop(times, now);
		return times;
	}

	private void drop(Deque<Instant> times, Instant now) {
		Instant start = now.minus(window);
		while (!times.isEmpty() && !times.peekFirst().isAfter(start)) {
			times.pollFirst();
		}
	}

	/**
	 * When the oldest failure leaves the window (at least one second, for
	 * {@code Retry-After}).
	 */
	private Duration until(Deque<Instant> times, Instant now) {
		Duration wait = Duration.between(now, times.peekFirst().plus(window));
		return wait.compareTo(Duration.ofSeconds(1)) < 0 ? Duration.ofSeconds(1) : wait;
	}

	private void prune(Instant now) {
		if (failures.size() > PRUNE_ABOVE) {
			failures.values().forEach(times -> drop(times, now));
			failures.values().removeIf(Deque::isEmpty);
		}
	}

	private static String userKey(String username) {
		return "user:" + username;
	}

	private static String clientKey(String client) {
		return "client:" + (client == null ? "?" : client);
	}

}
