package org.forewarn.hazard;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Disposal orders and their timelines, in plain SQL. */
@Repository
class DisposalOrders {

	static final String COLUMNS = """
			o.id, o.code, o.status, o.category_code, o.grade, o.channel, o.description, o.latitude, o.longitude,
			o.address, o.district_code, o.street_code, o.community_code, o.grid_code, o.department_code,
			o.classifier_category, o.classifier_confidence, o.routing_note, o.verification, o.resolution,
			o.step_started_at, o.step_deadline, o.red_at, o.rectify_deadline, o.supervision, o.ever_overdue,
			o.opened_at, o.closed_at, o.report_count, o.enterprise_name, o.enterprise_uscc, o.last_submitted_by,
			o.version""";

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd").withZone(StepDeadlines.CHINA);

	private final JdbcClient jdbc;

	DisposalOrders(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * A new order code: {@code YH} + the day in China + a six-digit number, e.g.
	 * {@code YH20261123000042}.
	 */
	String nextCode(Instant now) {
		long n = jdbc.sql("select nextval('disposal_order_number')").query(Long.class).single();
		return "YH" + DAY.format(now) + "%06d".formatted(n % 1_000_000);
	}

	Optional<DisposalOrder> find(DisposalOrderId id) {
		return jdbc.sql("select " + COLUMNS + " from disposal_order o where o.id = :id")
			.param("id", id.value())
			.query((rs, n) -> DisposalOrder.restore(snapshot(rs)))
			.optional();
	}

	Optional<DisposalOrder> findByCode(String code) {
		return jdbc.sql("select " + COLUMNS + " from disposal_order o where o.code = :code")
			.param("code", code)
			.query((rs, n) -> DisposalOrder.restore(snapshot(rs)))
			.optional();
	}

	/**
	 * Loads the order and locks its row until the transaction ends: moves on one order
	 * happen one at a time.
	 */
	Optional<DisposalOrder> lock(DisposalOrderId id) {
		return jdbc.sql("select " + COLUMNS + " from disposal_order o where o.id = :id for update")
			.param("id", id.value())
			.query((rs, n) -> DisposalOrder.restore(snapshot(rs)))
			.optional();
	}

	void insert(DisposalOrder order) {
		DisposalOrder.Snapshot s = order.snapshot();
		state(jdbc.sql("""
				insert into disposal_order (id, code, status, category_code, grade, channel, description, latitude,
				    longitude, address, district_code, street_code, community_code, grid_code, department_code,
				    classifier_category, classifier_confidence, routing_note, verification, resolution, step_started_at,
				    step_deadline, red_at, rectify_deadline, supervision, ever_overdue, opened_at, closed_at,
				    report_count, enterprise_name, enterprise_uscc, last_submitted_by, version)
				values (:id, :code, :status, :category, :grade, :channel, :description, :lat, :lon, :address,
				    :district, :street, :community, :grid, :department, :classifierCategory, :classifierConfidence,
				    :routingNote, :verification, :resolution, :stepStartedAt, :stepDeadline, :redAt, :rectifyDeadline,
				    :supervision, :everOverdue, :openedAt, :closedAt, :reportCount, :enterpriseName, :enterpriseUscc,
				    :lastSubmittedBy, 0)"""), s).param("id", s.id().value())
			.param("code", s.code())
			.param("channel", s.channel().name())
			.param("description", s.description())
			.param("lat", s.location().latitude())
			.param("lon", s.location().longitude())
			.param("address", s.location().address())
			.param("district", s.location().districtCode())
			.param("street", s.location().streetCode())
			.param("community", s.location().communityCode())
			.param("grid", s.location().gridCode())
			.param("classifierCategory", s.classifierCategory())
			.param("classifierConfidence", s.classifierConfidence())
			.param("openedAt", ts(s.openedAt()))
			.param("enterpriseName", s.enterpriseName())
			.param("enterpriseUscc", s.enterpriseUscc())
			.update();
		appendSteps(order);
	}

	/**
	 * The columns a move can change, bound alike when the order is inserted and when it
	 * is updated.
	 */
	private static JdbcClient.StatementSpec state(JdbcClient.StatementSpec spec, DisposalOrder.Snapshot s) {
		return spec.param("status", s.status().name())
			.param("category", s.categoryCode())
			.param("grade", s.grade().name())
			.param("department", s.departmentCode())
			.param("routingNote", s.routingNote())
			.param("verification", name(s.verification()))
			.param("resolution", name(s.resolution()))
			.param("stepStartedAt", ts(s.stepStartedAt()))
			.param("stepDeadline", ts(s.stepDeadline()))
			.param("redAt", ts(s.redAt()))
			.param("rectifyDeadline", ts(s.rectifyDeadline()))
			.param("supervision", s.supervision().name())
			.param("everOverdue", s.everOverdue())
			.param("closedAt", ts(s.closedAt()))
			.param("reportCount", s.reportCount())
			.param("lastSubmittedBy", s.lastSubmittedBy());
	}

	/**
	 * Writes the order's new state and timeline lines. The version guards against a
	 * writer that did not lock (there is none today; the check costs nothing and keeps it
	 * so).
	 */
	void update(DisposalOrder order) {
		DisposalOrder.Snapshot s = order.snapshot();
		List<Step> steps = order.newSteps();
		// The usual move adds one timeline line: the update and the line go in one
		// statement (one round trip).
		Step only = steps.size() == 1 ? steps.getFirst() : null;
		String sql = """
				update disposal_order set status = :status, category_code = :category, grade = :grade,
				    department_code = :department, routing_note = :routingNote, verification = :verification,
				    resolution = :resolution, step_started_at = :stepStartedAt, step_deadline = :stepDeadline,
				    red_at = :redAt, rectify_deadline = :rectifyDeadline, supervision = :supervision,
				    ever_overdue = :everOverdue, closed_at = :closedAt, report_count = :reportCount,
				    last_submitted_by = :lastSubmittedBy, version = version + 1
				where id = :id and version = :version""";
		if (only != null) {
			sql = "with changed as (" + sql
					+ """
							 returning id)
							insert into disposal_order_step (order_id, at, action, from_status, to_status, actor, actor_name,
							    department_code, note, photo_ids)
							select id, :at, :action, :from, :to, :actor, :actorName, :stepDepartment, :note, :photos from changed""";
		}
		var statement = state(jdbc.sql(sql), s).param("id", s.id().value()).param("version", s.version());
		if (only != null) {
			statement = statement.param("at", ts(only.at()))
				.param("action", only.action())
				.param("from", only.from() == null ? null : only.from().name())
				.param("to", only.to().name())
				.param("actor", only.actor())
				.param("actorName", only.actorName())
				.param("stepDepartment", only.departmentCode())
				.param("note", only.note())
				.param("photos", only.photoIds().toArray(UUID[]::new));
		}
		int rows = statement.update();
		if (rows != 1) {
			throw new IllegalTransition(
					"Order " + s.code() + " was changed by someone else in the meantime; reload it.");
		}
		if (only == null) {
			appendSteps(order);
		}
	}

	private void appendSteps(DisposalOrder order) {
		for (Step step : order.newSteps()) {
			jdbc.sql("""
					insert into disposal_order_step (order_id, at, action, from_status, to_status, actor, actor_name,
					    department_code, note, photo_ids)
					values (:order, :at, :action, :from, :to, :actor, :actorName, :department, :note, :photos)""")
				.param("order", order.id().value())
				.param("at", ts(step.at()))
				.param("action", step.action())
				.param("from", step.from() == null ? null : step.from().name())
				.param("to", step.to().name())
				.param("actor", step.actor())
				.param("actorName", step.actorName())
				.param("department", step.departmentCode())
				.param("note", step.note())
				.param("photos", step.photoIds().toArray(UUID[]::new))
				.update();
		}
	}

	List<Step> timeline(DisposalOrderId id) {
		return jdbc.sql("""
				select at, action, from_status, to_status, actor, actor_name, department_code, note, photo_ids
				from disposal_order_step where order_id = :id order by id""")
			.param("id", id.value())
			.query((rs, n) -> new Step(rs.getTimestamp(1).toInstant(), rs.getString(2),
					rs.getString(3) == null ? null : OrderStatus.valueOf(rs.getString(3)),
					OrderStatus.valueOf(rs.getString(4)), rs.getString(5), rs.getString(6), rs.getString(7),
					rs.getString(8), uuids(rs.getArray(9))))
			.list();
	}

	/**
	 * Open orders of the same category near a point, opened since {@code since}: the
	 * candidates a new report may duplicate. The box is a little larger than the radius;
	 * the caller measures the real distance.
	 */
	List<DisposalOrder> openNear(String category, double latitude, double longitude, double radiusMetres,
			Instant since) {
		double dLat = radiusMetres / 111_000.0 * 1.2;
		double dLon = radiusMetres / (111_000.0 * Math.cos(Math.toRadians(latitude))) * 1.2;
		return jdbc.sql("select " + COLUMNS + """
				 from disposal_order o
				where o.status <> 'CLOSED' and o.category_code = :category and o.opened_at >= :since
				  and o.latitude between :latMin and :latMax and o.longitude between :lonMin and :lonMax
				order by o.opened_at desc limit 50""")
			.param("category", category)
			.param("since", ts(since))
			.param("latMin", latitude - dLat)
			.param("latMax", latitude + dLat)
			.param("lonMin", longitude - dLon)
			.param("lonMax", longitude + dLon)
			.query((rs, n) -> DisposalOrder.restore(snapshot(rs)))
			.list();
	}

	/**
	 * Open orders whose step deadline has passed and whose flag is below what is due now,
	 * oldest first.
	 */
	/** An order due for a supervision flag, with the deadline the sweep pages by. */
	record Due(DisposalOrderId id, Instant stepDeadline) {
	}

	/**
	 * Orders past their step deadline that may need a flag, in deadline order after
	 * {@code after} (null: from the start), so a sweep pages through all of them even
	 * where a whole page raises nothing.
	 */
	List<Due> overdue(Instant now, Due after, int limit) {
		return jdbc.sql("""
				select id, step_deadline from disposal_order
				where status <> 'CLOSED' and step_deadline <= :now
				  and (supervision = 'NONE' or (supervision = 'YELLOW' and red_at <= :now))
				  and (cast(:afterDeadline as timestamptz) is null
				       or (step_deadline, id) > (cast(:afterDeadline as timestamptz), cast(:afterId as uuid)))
				order by step_deadline, id limit :limit""")
			.param("now", ts(now))
			.param("afterDeadline", after == null ? null : ts(after.stepDeadline()))
			.param("afterId", after == null ? null : after.id().value())
			.param("limit", limit)
			.query((rs, n) -> new Due(new DisposalOrderId(rs.getObject(1, UUID.class)), rs.getTimestamp(2).toInstant()))
			.list();
	}

	static DisposalOrder.Snapshot snapshot(ResultSet rs) throws SQLException {
		return new DisposalOrder.Snapshot(new DisposalOrderId(rs.getObject("id", UUID.class)), rs.getString("code"),
				OrderStatus.valueOf(rs.getString("status")), rs.getString("category_code"),
				Grade.valueOf(rs.getString("grade")), Channel.valueOf(rs.getString("channel")),
				rs.getString("description"),
				new DisposalOrder.Location(nullableDouble(rs, "latitude"), nullableDouble(rs, "longitude"),
						rs.getString("address"), rs.getString("district_code"), rs.getString("street_code"),
						rs.getString("community_code"), rs.getString("grid_code")),
				rs.getString("department_code"), rs.getString("classifier_category"),
				nullableDouble(rs, "classifier_confidence"), rs.getString("routing_note"),
				rs.getString("verification") == null ? null : Verification.valueOf(rs.getString("verification")),
				rs.getString("resolution") == null ? null : Resolution.valueOf(rs.getString("resolution")),
				instant(rs, "step_started_at"), instant(rs, "step_deadline"), instant(rs, "red_at"),
				instant(rs, "rectify_deadline"), Supervision.valueOf(rs.getString("supervision")),
				rs.getBoolean("ever_overdue"), instant(rs, "opened_at"), instant(rs, "closed_at"),
				rs.getInt("report_count"), rs.getString("enterprise_name"), rs.getString("enterprise_uscc"),
				rs.getObject("last_submitted_by", UUID.class), rs.getInt("version"));
	}

	static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp t = rs.getTimestamp(column);
		return t == null ? null : t.toInstant();
	}

	static Double nullableDouble(ResultSet rs, String column) throws SQLException {
		double v = rs.getDouble(column);
		return rs.wasNull() ? null : v;
	}

	static Timestamp ts(Instant instant) {
		return instant == null ? null : Timestamp.from(instant);
	}

	private static String name(Enum<?> value) {
		return value == null ? null : value.name();
	}

	private static List<UUID> uuids(Array array) throws SQLException {
		if (array == null) {
			return List.of();
		}
		Object[] values = (Object[]) array.getArray();
		return new ArrayList<>(Arrays.stream(values).map(v -> (UUID) v).toList());
	}

}
