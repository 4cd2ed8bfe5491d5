package org.forewarn;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** Replaces the platform's clock with a {@link MovableClock} in integration tests. */
@TestConfiguration(proxyBeanMethods = false)
public class TestClockConfiguration {

	@Bean
	@Primary
	MovableClock movableClock() {
		return new MovableClock();
	}

}
