package org.forewarn.hazard;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The supervisions 督办记录 raised on disposal orders — by the sweep when a step runs over,
 * by a superior by hand — and the notices they make for the areas they are addressed to.
 */
@Repository
class Supervisions {

	/** A supervision notice 督办通报 as the area it is addressed to reads it. */
	record SupervisionNotice(String level, String step, Instant raisedAt, String raisedBy, String notifyRegion,
			String notifyDepartment, String note, @JsonUnwrapped NoticedOrder order) {
	}

	/** The order a supervision notice is about. */
	record NoticedOrder(UUID orderId, String orderCode, String status, String category, String grade) {
	}

	private final JdbcClient jdbc;

	Supervisions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Records a supervision of the order's current step. The sweep's flags (YELLOW, RED)
	 * are kept once per step and level, so a second sweep over the same overdue step adds
	 * nothing; a superior's (MANUAL) are all kept.
	 */
	void raise(DisposalOrder order, String level, String by, String notifyRegion, String note, Instant at) {
		jdbc.sql("""
				insert into hazard_supervision (order_id, level, step, step_started_at, raised_at, raised_by,
				    notify_region, notify_department, note)
				values (:order, :level, :step, :started, :at, :by, :region, :department, :note)
				on conflict do nothing""")
			.param("order", order.id().value())
			.param("level", level)
			.param("step", order.status().step().name())
			.param("started", DisposalOrders.ts(order.snapshot().stepStartedAt()))
			.param("at", DisposalOrders.ts(at))
			.param("by", by)
			.param("region", notifyRegion)
			.param("department", order.departmentCode())
			.param("note", note)
			.update();
	}

	/**
	 * Notices addressed to the area {@code region} or an area inside it (the city reads
	 * them all), newest first.
	 */
	List<SupervisionNotice> addressedTo(String region, String city, int limit) {
		return jdbc.sql("""
				select s.level, s.step, s.raised_at, s.raised_by, s.notify_region, s.notify_department, s.note,
				       o.id, o.code, o.status, o.category_code, o.grade
				from hazard_supervision s join disposal_order o on o.id = s.order_id
				where :region = :city or s.notify_region = :region
				   or (o.district_code = :region and s.notify_region in (o.street_code, o.community_code, o.grid_code))
				   or (o.street_code = :region and s.notify_region in (o.community_code, o.grid_code))
				   or (o.community_code = :region and s.notify_region = o.grid_code)
				order by s.raised_at desc, s.id desc limit :limit""")
			.param("region", region)
			.param("city", city)
			.param("limit", limit)
			.query((rs, n) -> new SupervisionNotice(rs.getString(1), rs.getString(2), rs.getTimestamp(3).toInstant(),
					rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7),
					new NoticedOrder(rs.getObject(8, UUID.class), rs.getString(9), rs.getString(10), rs.getString(11),
							rs.getString(12))))
			.list();
	}

}
