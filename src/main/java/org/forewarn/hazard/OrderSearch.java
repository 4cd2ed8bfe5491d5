package org.forewarn.hazard;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

import org.forewarn.platform.OutsideJurisdiction;
import org.forewarn.platform.Role;
import org.forewarn.region.Regions;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Lists, statistics and map layers of disposal orders — always within the caller's
 * jurisdiction: regional staff see the orders whose territory lies in their area, a
 * department's handlers the orders their department holds, and every reporter the orders
 * their own reports opened or joined.
 */
@Component
class OrderSearch {

	record Filter(List<OrderStatus> statuses, String region, String department, String category, Grade grade,
			Channel channel, Boolean overdue, String inbox, String query, Supervision supervision, int page, int size) {
	}

	/**
	 * An order in a list: its header, the start of its text, where, who holds it and its
	 * clock — one flat object.
	 */
	record OrderRow(@JsonUnwrapped OrderViews.OrderHeader header, String description,
			@JsonUnwrapped OrderRowPlace place, String departmentCode, String departmentName,
			@JsonUnwrapped OrderRowClock clock, int reportCount) {
	}

	/**
	 * Where a listed order is: the point, the district and street with their names, the
	 * grid.
	 */
	record OrderRowPlace(Double latitude, Double longitude, String districtCode, String districtName, String streetCode,
			String streetName, String gridCode) {
	}

	/** A listed order's clock: opened, the current step's deadline and flag, closed. */
	record OrderRowClock(Instant openedAt, Instant stepDeadline, Supervision supervision, boolean overdue,
			Instant closedAt) {
	}

	record Page<T>(List<T> items, long total, int page, int size) {
	}

	/** GET /api/hazards/stats: the figures of an area since {@code from}. */
	record HazardStatistics(Instant from, HazardTotals totals, @JsonUnwrapped HazardBreakdown breakdown,
			@JsonUnwrapped HazardPerformance performance, List<OrderRow> overdueOrders) {
	}

	/** How many orders, open, closed, overdue, major, waiting for a dispatcher. */
	record HazardTotals(long total, long open, long closed, long overdue, long major, long awaitingDispatch,
			@JsonUnwrapped FlagCounts flags, @JsonUnwrapped Timeliness timeliness) {
	}

	/** Orders under a red and a yellow supervision flag. */
	record FlagCounts(long red, long yellow) {
	}

	/**
	 * @param onTimeRate of the closed orders, the share never overdue (0..1); null when
	 * none has closed
	 * @param averageClosingHours from opening to closing, 0 when none has closed
	 */
	record Timeliness(Double onTimeRate, double averageClosingHours) {
	}

	/** Reports by channel, orders by category, status and month. */
	record HazardBreakdown(List<ChannelCount> byChannel, List<CategoryCount> byCategory, List<StatusCount> byStatus,
			List<MonthCount> byMonth) {
	}

	record ChannelCount(String channel, long count) {
	}

	record CategoryCount(String category, String name, long count, long major) {
	}

	record StatusCount(String status, String name, long count) {
	}

	record MonthCount(String month, long count, long closed) {
	}

	/** How departments and districts handle their orders. */
	record HazardPerformance(List<HandlingPerformance> byDepartment, List<HandlingPerformance> byDistrict) {
	}

	/** One department's or district's handling of its orders. */
	record HandlingPerformance(String code, String name, long total, long closed, long overdue,
			@JsonUnwrapped Timeliness timeliness) {
	}

	/** GET /api/hazards/map: orders with a point, as a GeoJSON FeatureCollection. */
	record HazardPoints(String type, List<HazardPoint> features) {
	}

	/** One order on the map: a GeoJSON Feature. */
	record HazardPoint(String type, HazardPointProperties properties, HazardPointGeometry geometry) {
	}

	record HazardPointProperties(String id, String code, String category, String grade, String status,
			String supervision, boolean overdue) {
	}

	/** A GeoJSON Point: {@code coordinates} are longitude, latitude. */
	record HazardPointGeometry(String type, List<Double> coordinates) {
	}

	/**
	 * GET /api/hazards/heinrich: the pyramid's ratio and the figures per district and per
	 * category.
	 */
	record HeinrichFigures(Instant from, List<HeinrichRatio> ratio, List<HeinrichRow> byDistrict,
			List<HeinrichRow> byCategory, boolean incidentsAvailable) {
	}

	/** One level of Heinrich's 1 : 29 : 300 (: 1000 hazards). */
	record HeinrichRatio(String level, int heinrich) {
	}

	record HeinrichRow(String code, String name, long hazards, long majorHazards, long confirmedHazards, long incidents,
			long accidents) {
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
			throw new ReportRejected(org.forewarn.platform.Refusal.INVALID, "region",
					"Unknown region code '" + region + "'.");
		}
		if (OrderPolicy.regional(actor) && !regions.isWithin(region, actor.regionCode())) {
			throw new OutsideJurisdiction("region " + region);
		}
	}

	Page<OrderRow> list(Actor actor, Filter f) {
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
					where.append(
							" and exists (select 1 from hazard_report r2 where r2.order_id = o.id and r2.reporter_user_id = :me)");
					params.put("me", actor.id());
				}
				default -> throw new ReportRejected(org.forewarn.platform.Refusal.INVALID, "inbox",
						"inbox is one of dispatch, department, territory, reported.");
			}
		}
		int size = Math.max(1, Math.min(f.size(), 200));
		int page = Math.max(0, f.page());
		long total = jdbc.sql("select count(*) from disposal_order o" + where)
			.params(params)
			.query(Long.class)
			.single();
		params.put("limit", size);
		params.put("offset", (long) page * size);
		String order = f.inbox() != null || Boolean.TRUE.equals(f.overdue())
				? " order by o.step_deadline nulls last, o.opened_at" : " order by o.opened_at desc, o.code desc";
		List<OrderRow> rows = jdbc
			.sql("select " + DisposalOrders.COLUMNS + " from disposal_order o" + where + order
					+ " limit :limit offset :offset")
			.params(params)
			.query((rs, n) -> row(DisposalOrders.snapshot(rs)))
			.list();
		return new Page<>(rows, total, page, size);
	}

	OrderRow row(DisposalOrder.Snapshot s) {
		var at = s.location();
		String text = s.description().length() > 120 ? s.description().substring(0, 120) + "…" : s.description();
		return new OrderRow(views.header(s), text,
				new OrderRowPlace(at.latitude(), at.longitude(), at.districtCode(), views.regionName(at.districtCode()),
						at.streetCode(), views.regionName(at.streetCode()), at.gridCode()),
				s.departmentCode(), views.departmentName(s.departmentCode()), new OrderRowClock(s.openedAt(),
						s.stepDeadline(), s.supervision(), views.overdue(s.status(), s.stepDeadline()), s.closedAt()),
				s.reportCount());
	}

	/** The dashboard figures for an area (default: the caller's). */
	HazardStatistics statistics(Actor actor, String region, Instant from) {
		checkRegion(actor, region);
		Where scope = scope(actor);
		Map<String, Object> params = new HashMap<>(scope.params());
		params.put("city", regions.city().code());
		params.put("region", region == null ? regions.city().code() : region);
		params.put("from", Timestamp.from(from));
		params.put("now", Timestamp.from(clock.instant()));
		String where = " where " + scope.sql() + " and " + within("region") + " and o.opened_at >= :from";
		HazardTotals totals = jdbc
			.sql("""
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
					from disposal_order o"""
					+ where)
			.params(params)
			.query((rs, n) -> new HazardTotals(rs.getLong("total"), rs.getLong("open"), rs.getLong("closed"),
					rs.getLong("overdue"), rs.getLong("major"), rs.getLong("awaiting_dispatch"),
					new FlagCounts(rs.getLong("red"), rs.getLong("yellow")),
					timeliness(rs.getLong("closed"), rs.getLong("closed_on_time"), rs.getDouble("avg_close_hours"))))
			.single();
		List<ChannelCount> byChannel = jdbc
			.sql("""
					select r.channel key, count(*) n from hazard_report r join disposal_order o on o.id = r.order_id"""
					+ where + " group by r.channel order by n desc")
			.params(params)
			.query((rs, n) -> new ChannelCount(rs.getString(1), rs.getLong(2)))
			.list();
		List<CategoryCount> byCategory = jdbc
			.sql("select o.category_code, count(*) n, count(*) filter (where o.grade = 'MAJOR') major"
					+ " from disposal_order o" + where + " group by o.category_code order by n desc")
			.params(params)
			.query((rs, n) -> new CategoryCount(rs.getString(1), views.categoryName(rs.getString(1)), rs.getLong(2),
					rs.getLong(3)))
			.list();
		List<StatusCount> byStatus = jdbc
			.sql("select o.status, count(*) n from disposal_order o" + where + " group by o.status")
			.params(params)
			.query((rs, n) -> new StatusCount(rs.getString(1), OrderStatus.valueOf(rs.getString(1)).chinese(),
					rs.getLong(2)))
			.list();
		List<HandlingPerformance> byDepartment = performance("o.department_code", where, params, views::departmentName);
		List<HandlingPerformance> byDistrict = performance("o.district_code", where, params, views::regionName);
		List<MonthCount> byMonth = jdbc.sql("""
				select to_char(o.opened_at at time zone 'Asia/Shanghai', 'YYYY-MM') m, count(*) n,
				       count(*) filter (where o.status = 'CLOSED') closed
				from disposal_order o""" + where + " group by m order by m")
			.params(params)
			.query((rs, n) -> new MonthCount(rs.getString(1), rs.getLong(2), rs.getLong(3)))
			.list();
		params.put("limit", 20);
		List<OrderRow> overdueOrders = jdbc.sql("select " + DisposalOrders.COLUMNS + " from disposal_order o" + where
				+ " and o.status <> 'CLOSED' and o.step_deadline <= :now order by o.supervision desc, o.step_deadline limit :limit")
			.params(params)
			.query((rs, n) -> row(DisposalOrders.snapshot(rs)))
			.list();
		return new HazardStatistics(from, totals, new HazardBreakdown(byChannel, byCategory, byStatus, byMonth),
				new HazardPerformance(byDepartment, byDistrict), overdueOrders);
	}

	private static Timeliness timeliness(long closed, long closedOnTime, double averageHours) {
		return new Timeliness(closed == 0 ? null : round(closedOnTime / (double) closed), round(averageHours));
	}

	private List<HandlingPerformance> performance(String column, String where, Map<String, Object> params,
			java.util.function.Function<String, String> name) {
		return jdbc
			.sql("select " + column
					+ """
							 k, count(*) total, count(*) filter (where o.status = 'CLOSED') closed,
							       count(*) filter (where o.status = 'CLOSED' and not o.ever_overdue) on_time,
							       count(*) filter (where o.status <> 'CLOSED' and o.step_deadline <= :now) overdue,
							       coalesce(avg(extract(epoch from o.closed_at - o.opened_at) / 3600) filter (where o.status = 'CLOSED'), 0) hours
							from disposal_order o"""
					+ where + " and " + column + " is not null group by k order by total desc")
			.params(params)
			.query((rs, n) -> new HandlingPerformance(rs.getString("k"), name.apply(rs.getString("k")),
					rs.getLong("total"), rs.getLong("closed"), rs.getLong("overdue"),
					timeliness(rs.getLong("closed"), rs.getLong("on_time"), rs.getDouble("hours"))))
			.list();
	}

	/** Open (or all) orders with a point, most urgent first, as GeoJSON. */
	HazardPoints map(Actor actor, String region, boolean openOnly, int limit) {
		checkRegion(actor, region);
		Where scope = scope(actor);
		Map<String, Object> params = new HashMap<>(scope.params());
		params.put("city", regions.city().code());
		params.put("region", region == null ? regions.city().code() : region);
		params.put("limit", Math.max(1, Math.min(limit, 20_000)));
		params.put("now", Timestamp.from(clock.instant()));
		List<HazardPoint> features = jdbc
			.sql("""
					select o.id, o.code, o.category_code, o.grade, o.status, o.supervision, o.latitude, o.longitude,
					       o.status <> 'CLOSED' and o.step_deadline <= :now overdue
					from disposal_order o where """ + scope.sql() + " and " + within("region")
					+ " and o.latitude is not null" + (openOnly ? " and o.status <> 'CLOSED'" : "")
					+ " order by o.supervision desc, o.step_deadline nulls last limit :limit")
			.params(params)
			.query((rs, n) -> new HazardPoint("Feature",
					new HazardPointProperties(rs.getObject(1, UUID.class).toString(), rs.getString(2), rs.getString(3),
							rs.getString(4), rs.getString(5), rs.getString(6), rs.getBoolean(9)),
					new HazardPointGeometry("Point", List.of(rs.getDouble(8), rs.getDouble(7)))))
			.list();
		return new HazardPoints("FeatureCollection", features);
	}

	/**
	 * Heinrich's pyramid per district and per category: hazards and major hazards now;
	 * incidents and accidents come with the incident module (0 until then, so the pyramid
	 * is ready).
	 */
	HeinrichFigures heinrich(Actor actor, String region, Instant from) {
		checkRegion(actor, region);
		Where scope = scope(actor);
		Map<String, Object> params = new HashMap<>(scope.params());
		params.put("city", regions.city().code());
		params.put("region", region == null ? regions.city().code() : region);
		params.put("from", Timestamp.from(from));
		String where = " where " + scope.sql() + " and " + within("region") + " and o.opened_at >= :from";
		java.util.function.BiFunction<String, java.util.function.Function<String, String>, List<HeinrichRow>> by = (
				column,
				name) -> jdbc.sql("select " + column
						+ " k, count(*) n, count(*) filter (where o.grade = 'MAJOR') major,"
						+ " count(*) filter (where o.verification = 'CONFIRMED' or o.resolution = 'RECTIFIED') confirmed"
						+ " from disposal_order o" + where + " and " + column
						+ " is not null group by k order by n desc")
					.params(params)
					.query((rs, n) -> new HeinrichRow(rs.getString(1), name.apply(rs.getString(1)), rs.getLong(2),
							rs.getLong(3), rs.getLong(4), 0, 0))
					.list();
		return new HeinrichFigures(from, HEINRICH_RATIO, by.apply("o.district_code", views::regionName),
				by.apply("o.category_code", views::categoryName), false);
	}

	/**
	 * Heinrich's pyramid: one serious accident to 29 minor ones, 300 near misses and (a
	 * later rule) 1000 hazards.
	 */
	static final List<HeinrichRatio> HEINRICH_RATIO = List.of(new HeinrichRatio("seriousAccident", 1),
			new HeinrichRatio("minorAccident", 29), new HeinrichRatio("nearMiss", 300),
			new HeinrichRatio("hazard", 1000));

	private static double round(double value) {
		return Math.round(value * 1000) / 1000.0;
	}

}
