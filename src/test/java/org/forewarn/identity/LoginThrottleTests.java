package org.forewarn.identity;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LoginThrottleTests {

	final MutableClock clock = new MutableClock();

	final LoginThrottle throttle = new LoginThrottle(clock, 5, 20, Duration.ofMinutes(15));

	@Test
	void aUsernameIsThrottledAfterFiveFailuresFromAnyMixOfClientsUntilTheOldestLeavesTheWindow() {
		for (int i = 0; i < 5; i++) {
			assertThat(throttle.attempt("198.51.100." + i, "duty.city")).isInstanceOf(LoginThrottle.Admitted.class);
			clock.advance(Duration.ofMinutes(1));
		}
		assertThat(throttle.attempt("198.51.100.99", "duty.city")).isInstanceOfSatisfying(LoginThrottle.Throttled.class,
				t -> {
					assertThat(t.by()).isEqualTo("username");
					assertThat(t.retryAfter()).isEqualTo(Duration.ofMinutes(10));
				});
		assertThat(throttle.throttled("duty.city")).isPresent();
		clock.advance(Duration.ofMinutes(10).plusSeconds(1));
		assertThat(throttle.attempt("198.51.100.99", "duty.city")).isInstanceOf(LoginThrottle.Admitted.class);
	}

	@Test
	void aClientIsThrottledAfterTwentyFailuresAcrossUsernames() {
		for (int i = 0; i < 20; i++) {
			assertThat(throttle.attempt("203.0.113.7", "user" + i)).isInstanceOf(LoginThrottle.Admitted.class);
		}
		assertThat(throttle.attempt("203.0.113.7", "fresh.name")).isInstanceOfSatisfying(LoginThrottle.Throttled.class,
				t -> assertThat(t.by()).isEqualTo("client"));
		assertThat(throttle.attempt("203.0.113.8", "fresh.name")).isInstanceOf(LoginThrottle.Admitted.class);
	}

	@Test
	void aRightPasswordGivesItsPlaceBackAndForgivesTheUsername() {
		for (int i = 0; i < 4; i++) {
			throttle.attempt("203.0.113.9", "duty.city");
		}
		var right = (LoginThrottle.Admitted) throttle.attempt("203.0.113.9", "duty.city");
		throttle.succeeded("203.0.113.9", "duty.city", right);
		assertThat(throttle.throttled("duty.city")).isEmpty();
		for (int i = 0; i < 5; i++) {
			assertThat(throttle.attempt("203.0.113.10", "duty.city")).isInstanceOf(LoginThrottle.Admitted.class);
		}
	}

	@Test
	void unknownAndRealUsernamesAreCountedAlike() {
		for (int i = 0; i < 5; i++) {
			throttle.attempt("203.0.113.11", "no.such.user");
		}
		assertThat(throttle.attempt("203.0.113.12", "no.such.user")).isInstanceOf(LoginThrottle.Throttled.class);
	}

	@Test
	void anAdministratorsUnlockReleasesTheUsername() {
		for (int i = 0; i < 5; i++) {
			throttle.attempt("203.0.113.13", "duty.city");
		}
		throttle.release("duty.city");
		assertThat(throttle.attempt("203.0.113.14", "duty.city")).isInstanceOf(LoginThrottle.Admitted.class);
	}

	static class MutableClock extends java.time.Clock {

		private Instant now = Instant.parse("2026-12-07T08:00:00Z");

		void advance(Duration by) {
			now = now.plus(by);
		}

		@Override
		public ZoneOffset getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public java.time.Clock withZone(java.time.ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return now;
		}

	}

}
