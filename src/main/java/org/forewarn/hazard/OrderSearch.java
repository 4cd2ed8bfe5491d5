package org.forewarn.hazard;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.forewarn.platform.OutsideJurisdiction;
import org.forewarn.platform.Role;
import org.forewarn.region.Regions;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Lists, statistics and map layers of disposal orders — always within the caller's jurisdiction: regional staff see
 * the orders whose territory lies in their area, a department's handlers the orders their department holds, and
 * every reporter the orders their own reports opened or joined.
 */
@Component
class OrderSearch {

	record Filter(List<OrderStatus> statuses, String region, String department, String category, Grade grade,
			Channel channel, Boolean overdue, String inbox, String query, Supervision supervision, int page, int size) {
	}

	record Row(UUID id, String code, OrderStatus status, String statusName, String category, String categoryName,
			Grade grade, Channel channel, String description, Double latitude, Double longitude, String districtCode,
			String districtName, String streetCode, String streetName, String gridCode, String departmentCode,
			String departmentName, Instant openedAt, Instant stepDeadline, Supervision supervision, boolean overdue,
			Instant closedAt, int reportCount) {
	}

	record Page<T>(List<T> items, long total, int page, int size) {
	}

	/** A WHERE fragment and its parameters. */
	record Where(String sql, Map<String, Object> params) {
	}

	private final JdbcClient jdbc;
	private final Regions regions;
	private final OrderViews views;
	private final Clock clock;

	OrderSearch(JdbcClient jdbc, Regions regions, OrderViews views, Clock clock) {
		this.jdbc = jdbc;
		this.regions = regions;
		this.views = views;
		this.clock = clock;
	}

	/** The caller's jurisdiction as SQL over {@code disposal_order o}. */
	Where scope(Actor actor) {
		List<String> any = new ArrayList<>();
		Map<String, Object> params = new HashMap<>();
		if (OrderPolicy.regional(actor)) {
			any.add(within("scopeRegion"));
			params.put("scopeRegion", actor.regionCode());
			params.put("city", regions.city().code());
		}
		if (actor.has(Role.HANDLER) && actor.departmentCode() != null) {
			any.add("o.department_code = :scopeDepartment");
			params.put("scopeDepartment", actor.departmentCode());
		}
		if (actor.id() != null) {
			any.add("exists (select 1 from hazard_report r where r.order_id = o.id and r.reporter_user_id = :scopeUser)");
			params.put("scopeUser", actor.id());
		}
		return new Where(any.isEmpty() ? "false" : "(" + String.join(" or ", any) + ")", params);
	}

	private static String within(String param) {
		return "(:" + param + " = :city or o.district_code = :" + param + " or o.street_code = :" + param
				+ " or o.community_code = :" + param + " or o.grid_code = :" + param + ")";
	}

	/** An area filter must lie inside the caller's own area (403 otherwise, audited). */
	void checkRegion(Actor actor, String region) {
		if (region == null) {
			return;
		}
		if (regions.find(region).isEmpty()) {
			throw new ReportRejected(org.forewarn.platform.Refusal.INVALID, "region", "Unknown region code '" + region + "'.");
		}
		if (OrderPolicy.regional(actor) && !regions.isWithin(region, actor.regionCode())) {
			throw new OutsideJurisdiction("region " + region);
		}
	}

	Page<Row> list(Actor actor, Filter f) {
		checkRegion(actor, f.region());
		Where scope = scope(actor);
		StringBuilder where = new StringBuilder(" where ").append(scope.sql());
		Map<String, Object> params = new HashMap<>(scope.params());
		params.put("city", regions.city().code());
		Instant now = clock.instant();
		if (f.statuses() != null && !f.statuses().isEmpty()) {
			where.append(" and o.status in (:statuses)");
			params.put("statuses", f.statuses().stream().map(Enum::name).toList());
		}
		if (f.region() != null) {
			where.append(" and ").append(within("region"));
			params.put("region", f.region());
		}
		if (f.department() != null) {
			where.append(" and o.department_code = :department");
			params.put("department", f.department());
		}
		if (f.category() != null) {
			where.append(" and o.category_code = :category");
			params.put("category", f.category());
		}
		if (f.grade() != null) {
			where.append(" and o.grade = :grade");
			params.put("grade", f.grade().name());
		}
		if (f.channel() != null) {
			where.append(" and o.channel = :channel");
			params.put("channel", f.channel().name());
		}
		if (f.supervision() != null) {
			where.append(" and o.supervision = :supervision");
			params.put("supervision", f.supervision().name());
		}
		if (Boolean.TRUE.equals(f.overdue())) {
			where.append(" and o.status <> 'CLOSED' and o.step_deadline <= :now");
			params.put("now", Timestamp.from(now));
		}
		else if (Boolean.FALSE.equals(f.overdue())) {
			where.append(" and (o.status = 'CLOSED' or o.step_deadline is null or o.step_deadline > :now)");
			params.put("now", Timestamp.from(now));
		}
		if (f.query() != null && !f.query().isBlank()) {
			where.append(" and (o.code = :q or o.description like :qLike or o.address like :qLike)");
			params.put("q", f.query().strip());
			params.put("qLike", "%" + f.query().strip().replace("%", "\\%").replace("_", "\\_") + "%");
		}
		if (f.inbox() != null) {
			switch (f.inbox()) {
				case "dispatch" -> {
					where.append(" and o.status in ('PENDING_DISPATCH', 'RETURNED')");
					if (!actor.has(Role.DUTY_OFFICER)) {
						where.append(" and false");
					}
					else {
						where.append(" and ").append(within("inboxRegion"));
						params.put("inboxRegion", actor.regionCode());
					}
				}
				case "department" -> {
					where.append(" and o.status <> 'CLOSED' and o.department_code = :inboxDepartment");
					params.put("inboxDepartment", actor.departmentCode() == null ? "-" : actor.departmentCode());
				}
				case "territory" -> {
					where.append(" and o.status <> 'CLOSED' and ").append(within("inboxRegion"));
					params.put("inboxRegion", actor.regionCode());
				}
				case "reported" -> {
					where.append(" and exists (select 1 from hazard_report r2 where r2.order_id = o.id and r2.reporter_user_id = :me)");
					params.put("me", actor.id());
				}
				default -> throw new ReportRejected(org.forewarn.platform.Refusal.INVALID, "inbox",
						"inbox is one of dispatch, department, territory, reported.");
			}
		}
		int size = Math.max(1, Math.min(f.size(), 200));
		int page = Math.max(0, f.page());
		long total = jdbc.sql("select count(*) from disposal_order o" + where).params(params).query(Long.class).single();
		params.put("limit", size);
		params.put("offset", (long) page * size);
		String order = f.inbox() != null || Boolean.TRUE.equals(f.overdue())
				? " order by o.step_deadline nulls last, o.opened_at" : " order by o.opened_at desc, o.code desc";
		List<Row> rows = jdbc.sql("select " + DisposalOrders.COLUMNS + " from disposal_order o" + where + order
				+ " limit :limit offset :offset")
			.params(params)
			.query((rs, n) -> row(DisposalOrders.snapshot(rs)))
			.list();
		return new Page<>(rows, total, page, size);
	}

	Row row(DisposalOrder.Snapshot s) {
		var at = s.location();
		String text = s.description().length() > 120 ? s.description().substring(0, 120) + "…" : s.description();
		return new Row(s.id().value(), s.code(), s.status(), s.status().chinese(), s.categoryCode(),
				views.categoryName(s.categoryCode()), s.grade(), s.channel(), text, at.latitude(), at.longitude(),
				at.districtCode(), views.regionName(at.districtCode()), at.streetCode(), views.regionName(at.streetCode()),
				at.gridCode(), s.departmentCode(), views.departmentName(s.departmentCode()), s.openedAt(),
				s.stepDeadline(), s.supervision(), views.overdue(s.status(), s.stepDeadline()), s.closedAt(),
				s.reportCount());
	}

	/** The dashboard figures for an area (default: the caller's). */
	Map<String, Object> statistics(Actor actor, String region, Instant from) {
		checkRegion(actor, region);
		Where scope = scope(actor);
		Map<String, Object> params = new HashMap<>(scope.params());
		params.put("city", regions.city().code());
		params.put("region", region == null ? regions.city().code() : region);
		params.put("from", Timestamp.from(from));
		params.put("now", Timestamp.from(clock.instant()));
		String where = " where " + scope.sql() + " and " + within("region") + " and o.opened_at >= :from";
		Map<String, Object> stats = new LinkedHashMap<>();
		stats.put("from", from);
		stats.put("totals", jdbc.sql("""
				select count(*) total,
				       count(*) filter (where o.status <> 'CLOSED') open,
				       count(*) filter (where o.status = 'CLOSED') closed,
				       count(*) filter (where o.status = 'CLOSED' and not o.ever_overdue) closed_on_time,
				       count(*) filter (where o.status <> 'CLOSED' and o.step_deadline <= :now) overdue,
				       count(*) filter (where o.grade = 'MAJOR') major,
				       count(*) filter (where o.status in ('PENDING_DISPATCH', 'RETURNED')) awaiting_dispatch,
				       count(*) filter (where o.supervision = 'RED') red,
				       count(*) filter (where o.supervision = 'YELLOW') yellow,
				       coalesce(avg(extract(epoch from o.closed_at - o.opened_at) / 3600) filter (where o.status = 'CLOSED'), 0) avg_close_hours
				from disposal_order o""" + where)
			.params(params)
			.query((rs, n) -> {
				Map<String, Object> t = new LinkedHashMap<>();
				long closed = rs.getLong("closed");
				t.put("total", rs.getLong("total"));
				t.put("open", rs.getLong("open"));
				t.put("closed", closed);
				t.put("overdue", rs.getLong("overdue"));
				t.put("major", rs.getLong("major"));
				t.put("awaitingDispatch", rs.getLong("awaiting_dispatch"));
				t.put("red", rs.getLong("red"));
				t.put("yellow", rs.getLong("yellow"));
				t.put("onTimeRate", closed == 0 ? null : round(rs.getLong("closed_on_time") / (double) closed));
				t.put("averageClosingHours", round(rs.getDouble("avg_close_hours")));
				return t;
			})
			.single());
		stats.put("byChannel", jdbc.sql("""
				select r.channel key, count(*) n from hazard_report r join disposal_order o on o.id = r.order_id"""
				+ where + " group by r.channel order by n desc")
			.params(params)
			.query((rs, n) -> Map.of("channel", rs.getString(1), "count", rs.getLong(2)))
			.list());
		stats.put("byCategory", jdbc.sql("select o.category_code, count(*) n, count(*) filter (where o.grade = 'MAJOR') major"
				+ " from disposal_order o" + where + " group by o.category_code order by n desc")
			.params(params)
			.query((rs, n) -> Map.of("category", rs.getString(1), "name", views.categoryName(rs.getString(1)),
					"count", rs.getLong(2), "major", rs.getLong(3)))
			.list());
		stats.put("byStatus", jdbc.sql("select o.status, count(*) n from disposal_order o" + where + " group by o.status")
			.params(params)
			.query((rs, n) -> Map.of("status", rs.getString(1), "name", OrderStatus.valueOf(rs.getString(1)).chinese(),
					"count", rs.getLong(2)))
			.list());
		stats.put("byDepartment", performance("o.department_code", where, params, views::departmentName));
		stats.put("byDistrict", performance("o.district_code", where, params, views::regionName));
		stats.put("byMonth", jdbc.sql("""
				select to_char(o.opened_at at time zone 'Asia/Shanghai', 'YYYY-MM') m, count(*) n,
				       count(*) filter (where o.status = 'CLOSED') closed
				from disposal_order o""" + where + " group by m order by m")
			.params(params)
			.query((rs, n) -> Map.of("month", rs.getString(1), "count", rs.getLong(2), "closed", rs.getLong(3)))
			.list());
		params.put("limit", 20);
		stats.put("overdueOrders", jdbc.sql("select " + DisposalOrders.COLUMNS + " from disposal_order o" + where
				+ " and o.status <> 'CLOSED' and o.step_deadline <= :now order by o.supervision desc, o.step_deadline limit :limit")
			.params(params)
			.query((rs, n) -> row(DisposalOrders.snapshot(rs)))
			.list());
		return stats;
	}

	private List<Map<String, Object>> performance(String column, String where, Map<String, Object> params,
			java.util.function.Function<String, String> name) {
		return jdbc.sql("select " + column + """
				 k, count(*) total, count(*) filter (where o.status = 'CLOSED') closed,
				       count(*) filter (where o.status = 'CLOSED' and not o.ever_overdue) on_time,
				       count(*) filter (where o.status <> 'CLOSED' and o.step_deadline <= :now) overdue,
				       coalesce(avg(extract(epoch from o.closed_at - o.opened_at) / 3600) filter (where o.status = 'CLOSED'), 0) hours
				from disposal_order o""" + where + " and " + column + " is not null group by k order by total desc")
			.params(params)
			.query((rs, n) -> {
				Map<String, Object> m = new LinkedHashMap<>();
				long closed = rs.getLong("closed");
				m.put("code", rs.getString("k"));
				m.put("name", name.apply(rs.getString("k")));
				m.put("total", rs.getLong("total"));
				m.put("closed", closed);
				m.put("overdue", rs.getLong("overdue"));
				m.put("onTimeRate", closed == 0 ? null : round(rs.getLong("on_time") / (double) closed));
				m.put("averageClosingHours", round(rs.getDouble("hours")));
				return m;
			})
			.list();
	}

	/** Open (or all) orders with a point, most urgent first, as GeoJSON. */
	Map<String, Object> map(Actor actor, String region, boolean openOnly, int limit) {
		checkRegion(actor, region);
		Where scope = scope(actor);
		Map<String, Object> params = new HashMap<>(scope.params());
		params.put("city", regions.city().code());
		params.put("region", region == null ? regions.city().code() : region);
		params.put("limit", Math.max(1, Math.min(limit, 20_000)));
		params.put("now", Timestamp.from(clock.instant()));
		List<Map<String, Object>> features = jdbc.sql("""
				select o.id, o.code, o.category_code, o.grade, o.status, o.supervision, o.latitude, o.longitude,
				       o.status <> 'CLOSED' and o.step_deadline <= :now overdue
				from disposal_order o where """ + scope.sql() + " and " + within("region")
				+ " and o.latitude is not null" + (openOnly ? " and o.status <> 'CLOSED'" : "")
				+ " order by o.supervision desc, o.step_deadline nulls last limit :limit")
			.params(params)
			.query((rs, n) -> {
				Map<String, Object> properties = new LinkedHashMap<>();
				properties.put("id", rs.getObject(1, UUID.class).toString());
				properties.put("code", rs.getString(2));
				properties.put("category", rs.getString(3));
				properties.put("grade", rs.getString(4));
				properties.put("status", rs.getString(5));
				properties.put("supervision", rs.getString(6));
				properties.put("overdue", rs.getBoolean(9));
				return Map.<String, Object>of("type", "Feature", "properties", properties, "geometry",
						Map.of("type", "Point", "coordinates", List.of(rs.getDouble(8), rs.getDouble(7))));
			})
			.list();
		return Map.of("type", "FeatureCollection", "features", features);
	}

	/**
	 * Heinrich's pyramid per district and per category: hazards and major hazards now; incidents and accidents come
	 * with the incident module (0 until then, so the pyramid is ready).
	 */
	Map<String, Object> heinrich(Actor actor, String region, Instant from) {
		checkRegion(actor, region);
		Where scope = scope(actor);
		Map<String, Object> params = new HashMap<>(scope.params());
		params.put("city", regions.city().code());
		params.put("region", region == null ? regions.city().code() : region);
		params.put("from", Timestamp.from(from));
		String where = " where " + scope.sql() + " and " + within("region") + " and o.opened_at >= :from";
		java.util.function.BiFunction<String, java.util.function.Function<String, String>, List<Map<String, Object>>> by =
				(column, name) -> jdbc.sql("select " + column + " k, count(*) n, count(*) filter (where o.grade = 'MAJOR') major,"
						+ " count(*) filter (where o.verification = 'CONFIRMED' or o.resolution = 'RECTIFIED') confirmed"
						+ " from disposal_order o" + where + " and " + column + " is not null group by k order by n desc")
					.params(params)
					.query((rs, n) -> {
						Map<String, Object> m = new LinkedHashMap<>();
						m.put("code", rs.getString(1));
						m.put("name", name.apply(rs.getString(1)));
						m.put("hazards", rs.getLong(2));
						m.put("majorHazards", rs.getLong(3));
						m.put("confirmedHazards", rs.getLong(4));
						m.put("incidents", 0);
						m.put("accidents", 0);
						return m;
					})
					.list();
		Map<String, Object> result = new LinkedHashMap<>();
		result.put("from", from);
		result.put("ratio", List.of(Map.of("level", "seriousAccident", "heinrich", 1), Map.of("level", "minorAccident",
				"heinrich", 29), Map.of("level", "nearMiss", "heinrich", 300), Map.of("level", "hazard", "heinrich", 1000)));
		result.put("byDistrict", by.apply("o.district_code", views::regionName));
		result.put("byCategory", by.apply("o.category_code", views::categoryName));
		result.put("incidentsAvailable", false);
		return result;
	}

	private static double round(double value) {
		return Math.round(value * 1000) / 1000.0;
	}
}
