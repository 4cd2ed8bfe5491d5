package org.forewarn.hazard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Collectors;

import org.forewarn.PlatformIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The demo year of hazards: enough of every state, channel and district for the
 * dashboards to mean something.
 */
@PlatformIntegrationTest
class HazardDemoDataIntegrationTests {

	@Autowired
	JdbcClient jdbc;

	@Test
	void aYearOfOrdersInEveryStateIsLoadedOnce() {
		long demo = jdbc.sql("select count(*) from disposal_order where routing_note = '演示数据'")
			.query(Long.class)
			.single();
		assertThat(demo).isEqualTo(24_000);
		assertThat(jdbc.sql("select count(*) from hazard_demo_load").query(Long.class).single()).isEqualTo(1);
		Map<String, Long> byStatus = jdbc
			.sql("select status, count(*) from disposal_order where routing_note = '演示数据' group by status")
			.query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2)))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
		assertThat(byStatus.keySet()).contains("PENDING_DISPATCH", "DISPATCHED", "VERIFYING", "RECTIFYING", "REVIEW",
				"CLOSED");
		assertThat(byStatus.get("CLOSED")).isGreaterThan(demo / 2);
		assertThat(jdbc.sql("select count(distinct district_code) from disposal_order").query(Long.class).single())
			.isGreaterThanOrEqualTo(10);
		assertThat(jdbc.sql("select count(distinct channel) from hazard_report").query(Long.class).single())
			.isEqualTo(7);
		// some open orders are overdue, with their notices; most closed orders were on
		// time
		assertThat(jdbc.sql("select count(*) from disposal_order where status <> 'CLOSED' and supervision <> 'NONE'")
			.query(Long.class)
			.single()).isPositive();
		assertThat(jdbc.sql("select count(*) from hazard_supervision where raised_by = 'system'")
			.query(Long.class)
			.single()).isPositive();
		double onTime = jdbc
			.sql("select avg(case when ever_overdue then 0 else 1 end) from disposal_order where status = 'CLOSED'")
			.query(Double.class)
			.single();
		assertThat(onTime).isBetween(0.5, 0.99);
		// the demo grid worker has work in their own grid
		assertThat(jdbc.sql("select count(*) from disposal_order where grid_code = :g")
			.param("g", HazardDemoData.DEMO_GRID)
			.query(Long.class)
			.single()).isGreaterThanOrEqualTo(20);
		// every order has a report and a timeline that starts with the report
		assertThat(jdbc.sql(
				"select count(*) from disposal_order o where not exists (select 1 from hazard_report r where r.order_id = o.id)")
			.query(Long.class)
			.single()).isZero();
		assertThat(jdbc.sql("""
				select count(*) from disposal_order o where (select action from disposal_order_step s
				 where s.order_id = o.id order by s.id limit 1) is distinct from 'report'""")
			.query(Long.class)
			.single()).isZero();
	}

}
