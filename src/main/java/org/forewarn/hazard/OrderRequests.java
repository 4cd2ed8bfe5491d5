package org.forewarn.hazard;

import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The moves made with an {@code Idempotency-Key}, with the answer each got: a repeated
 * request is answered from here and changes nothing.
 */
@Repository
class OrderRequests {

	/**
	 * A move made earlier under a key: which move, by whom, and the answer it got (JSON).
	 */
	record Earlier(String action, String actor, String answer) {
	}

	private final JdbcClient jdbc;

	OrderRequests(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Earlier> find(DisposalOrderId order, String key) {
		return jdbc
			.sql("""
					select action, actor, response from disposal_order_request where order_id = :order and request_key = :key""")
			.param("order", order.value())
			.param("key", key)
			.query((rs, n) -> new Earlier(rs.getString(1), rs.getString(2), rs.getString(3)))
			.optional();
	}

	void remember(DisposalOrderId order, String key, String action, String actor, String answer, Instant at) {
		jdbc.sql("""
				insert into disposal_order_request (order_id, request_key, action, actor, response, created_at)
				values (:order, :key, :action, :actor, :response, :at)""")
			.param("order", order.value())
			.param("key", key)
			.param("action", action)
			.param("actor", actor)
			.param("response", answer)
			.param("at", DisposalOrders.ts(at))
			.update();
	}

}
