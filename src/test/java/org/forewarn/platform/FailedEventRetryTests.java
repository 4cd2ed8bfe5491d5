package org.forewarn.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.forewarn.PlatformIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An event whose listener failed on a transient fault reaches it again without a restart.
 */
@PlatformIntegrationTest
class FailedEventRetryTests {

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	FailedEventRetry retry;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aListenerThatFailedOnceGetsItsEventAgainAndCompletesIt() {
		UUID id = UUID.randomUUID();
		transactions.executeWithoutResult(tx -> events.publishEvent(new FlakyListener.Probe(id)));

		Awaitility.await()
			.atMost(Duration.ofSeconds(10))
			.until(() -> FlakyListener.calls.containsKey(id) && FlakyListener.calls.get(id).get() == 1);
		assertThat(FlakyListener.handled).doesNotContainKey(id);

		// the publication is kept as failed; the retry (every 30 s, here called directly)
		// hands it over again once it
		// is older than 10 s
		Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(2)).until(() -> {
			retry.retry();
			return FlakyListener.handled.containsKey(id);
		});
		assertThat(FlakyListener.calls.get(id).get()).isEqualTo(2);
		Awaitility.await()
			.atMost(Duration.ofSeconds(10))
			.until(() -> jdbc.sql(
					"select count(*) from event_publication where completion_date is null and serialized_event like :id")
				.param("id", "%" + id + "%")
				.query(Long.class)
				.single() == 0);
	}

}
