package org.forewarn.hazard;

import java.util.Collection;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads the report a signal became and its order, by the signal's channel and external
 * id.
 */
@Repository
class SignalledOrderQuery implements SignalledOrders {

	private final JdbcClient jdbc;

	SignalledOrderQuery(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<SignalledOrder> ordersOf(Channel channel, Collection<String> externalIds) {
		if (externalIds.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("""
				select r.external_ref, o.code, o.status from hazard_report r join disposal_order o on o.id = r.order_id
				where r.channel = :channel and r.external_ref = any(:refs) order by r.external_ref""")
			.param("channel", channel.name())
			.param("refs", externalIds.toArray(String[]::new))
			.query((rs, n) -> new SignalledOrder(rs.getString(1), rs.getString(2), rs.getString(3)))
			.list();
	}

}
