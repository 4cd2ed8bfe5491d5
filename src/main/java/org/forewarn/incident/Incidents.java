package org.forewarn.incident;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.forewarn.plan.ResponseLevel;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The incident module's tables: incidents, reports, activations, tasks, timeline,
 * consultations, decisions.
 */
@Repository
class Incidents {

	record IncidentRow(UUID id, String code, String title, String typeCode, String category, ResponseLevel level,
			IncidentStatus status, double latitude, double longitude, String districtCode, String streetCode,
			List<String> areaCodes, String polygon, String leadDepartment, IncidentOrigin origin, Instant reportedAt,
			String createdBy, Instant createdAt, int version) {
	}

	record ReportRow(UUID id, int seq, String kind, Facts facts, String summary, String reportedBy,
			Instant reportedAt) {
	}

	record ActivationRow(UUID id, UUID incidentId, int number, UUID planId, UUID planVersionId, String planName,
			int versionNumber, String scenarioCode, String scenarioName, ResponseLevel level, boolean drill,
			String status, String idempotencyKey, String activatedBy, Instant activatedAt) {
	}

	record TaskRow(UUID id, UUID incidentId, UUID activationId, String key, String unitCode, String unitName,
			String title, String detail, String level, List<String> resources, int audience, Instant deadlineAt,
			TaskStatus status, String blockedReason, UUID commandId, boolean drill, Instant createdAt,
			Instant updatedAt, String updatedBy) {
	}

	record TimelineRow(long id, Instant at, String kind, String summary, String actor) {
	}

	record ConsultationRow(UUID id, Instant at, String topic, List<String> participants, String conclusions,
			String recordedBy) {
	}

	record DecisionRow(UUID id, Instant at, String decision, String decidedBy) {
	}

	private static final String INCIDENT = """
			select id, code, title, type_code, category, level, status, latitude, longitude, district_code, street_code,
			  area_codes, polygon, lead_department, origin_kind, origin_id, reported_at, created_by, created_at, version
			from incident""";

	private static final String ACTIVATION = """
			select id, incident_id, number, plan_id, plan_version_id, plan_name, version_number, scenario_code,
			  scenario_name, level, drill, status, idempotency_key, activated_by, activated_at from incident_activation""";

	private static final String TASK = """
			select id, incident_id, activation_id, task_key, unit_code, unit_name, title, detail, level, resources, audience,
			  deadline_at, status, blocked_reason, command_id, drill, created_at, updated_at, updated_by from incident_task""";

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	Incidents(JdbcClient jdbc, JdbcTemplate template) {
		this.jdbc = jdbc;
		this.template = template;
	}

	// --- incidents
	// --------------------------------------------------------------------------------------------------

	void insert(IncidentRow i) {
		template.update(c -> {
			PreparedStatement ps = c.prepareStatement(
					"""
							insert into incident (id, code, title, type_code, category, level, status, latitude, longitude,
							  district_code, street_code, area_codes, polygon, lead_department, origin_kind, origin_id, reported_at,
							  created_by, created_at, updated_at)
							values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""");
			ps.setObject(1, i.id());
			ps.setString(2, i.code());
			ps.setString(3, i.title());
			ps.setString(4, i.typeCode());
			ps.setString(5, i.category());
			ps.setString(6, i.level().name());
			ps.setString(7, i.status().name());
			ps.setDouble(8, i.latitude());
			ps.setDouble(9, i.longitude());
			ps.setString(10, i.districtCode());
			ps.setString(11, i.streetCode());
			ps.setArray(12, c.createArrayOf("text", i.areaCodes().toArray()));
			ps.setString(13, i.polygon());
			ps.setString(14, i.leadDepartment());
			ps.setString(15, i.origin() == null ? null : i.origin().kind());
			ps.setString(16, i.origin() == null ? null : i.origin().id());
			ps.setTimestamp(17, Timestamp.from(i.reportedAt()));
			ps.setString(18, i.createdBy());
			ps.setTimestamp(19, Timestamp.from(i.createdAt()));
			ps.setTimestamp(20, Timestamp.from(i.createdAt()));
			return ps;
		});
	}

	/**
	 * The next running number of incident codes (never repeats, so concurrent reports
	 * never collide).
	 */
	long nextSequence() {
		return jdbc.sql("select nextval('incident_code_seq')").query(Long.class).single();
	}

	Optional<IncidentRow> find(UUID id) {
		return jdbc.sql(INCIDENT + " where id = :id").param("id", id).query(Incidents::incident).optional();
	}

	Optional<IncidentRow> lock(UUID id) {
		return jdbc.sql(INCIDENT + " where id = :id for update").param("id", id).query(Incidents::incident).optional();
	}

	List<IncidentRow> all(boolean includeClosed) {
		return jdbc
			.sql(INCIDENT + (includeClosed ? "" : " where status <> 'CLOSED'") + " order by reported_at desc limit 500")
			.query(Incidents::incident)
			.list();
	}

	List<IncidentRow> withTasksOf(String unitCode) {
		return jdbc.sql(INCIDENT
				+ " where id in (select incident_id from incident_task where unit_code = :unit) order by reported_at desc")
			.param("unit", unitCode)
			.query(Incidents::incident)
			.list();
	}

	boolean hasTaskFor(UUID incident, String unitCode) {
		return jdbc.sql("select count(*) from incident_task where incident_id = :id and unit_code = :unit")
			.param("id", incident)
			.param("unit", unitCode)
			.query(Long.class)
			.single() > 0;
	}

	void setStatus(UUID id, IncidentStatus status, Instant now) {
		jdbc.sql("update incident set status = :s, updated_at = :now, version = version + 1 where id = :id")
			.param("s", status.name())
			.param("now", Timestamp.from(now))
			.param("id", id)
			.update();
	}

	void setLevel(UUID id, ResponseLevel level, Instant now) {
		jdbc.sql("update incident set level = :l, updated_at = :now, version = version + 1 where id = :id")
			.param("l", level.name())
			.param("now", Timestamp.from(now))
			.param("id", id)
			.update();
	}

	private static IncidentRow incident(ResultSet rs, int n) throws SQLException {
		return new IncidentRow(rs.getObject("id", UUID.class), rs.getString("code"), rs.getString("title"),
				rs.getString("type_code"), rs.getString("category"), ResponseLevel.valueOf(rs.getString("level")),
				IncidentStatus.valueOf(rs.getString("status")), rs.getDouble("latitude"), rs.getDouble("longitude"),
				rs.getString("district_code"), rs.getString("street_code"), strings(rs.getArray("area_codes")),
				rs.getString("polygon"), rs.getString("lead_department"),
				IncidentOrigin.of(rs.getString("origin_kind"), rs.getString("origin_id")),
				rs.getTimestamp("reported_at").toInstant(), rs.getString("created_by"),
				rs.getTimestamp("created_at").toInstant(), rs.getInt("version"));
	}

	// --- reports
	// ------------------------------------------------------------------------------------------------------

	List<ReportRow> reports(UUID incident) {
		return jdbc
			.sql("""
					select id, seq, kind, deaths, injured, missing, trapped, evacuated, direct_loss, summary, reported_by, reported_at
					from incident_report where incident_id = :id order by seq""")
			.param("id", incident)
			.query((rs, n) -> new ReportRow(rs.getObject("id", UUID.class), rs.getInt("seq"), rs.getString("kind"),
					new Facts(rs.getInt("deaths"), rs.getInt("injured"), rs.getInt("missing"), rs.getInt("trapped"),
							rs.getInt("evacuated"), rs.getBigDecimal("direct_loss")),
					rs.getString("summary"), rs.getString("reported_by"), rs.getTimestamp("reported_at").toInstant()))
			.list();
	}

	void insertReport(UUID incident, ReportRow r) {
		jdbc.sql(
				"""
						insert into incident_report (id, incident_id, seq, kind, deaths, injured, missing, trapped, evacuated,
						  direct_loss, summary, reported_by, reported_at)
						values (:id, :incident, :seq, :kind, :deaths, :injured, :missing, :trapped, :evacuated, :loss, :summary, :by, :at)""")
			.param("id", r.id())
			.param("incident", incident)
			.param("seq", r.seq())
			.param("kind", r.kind())
			.param("deaths", r.facts().deaths())
			.param("injured", r.facts().injured())
			.param("missing", r.facts().missing())
			.param("trapped", r.facts().trapped())
			.param("evacuated", r.facts().evacuated())
			.param("loss", r.facts().directLoss())
			.param("summary", r.summary())
			.param("by", r.reportedBy())
			.param("at", Timestamp.from(r.reportedAt()))
			.update();
	}

	// --- activations and tasks
	// -------------------------------------------------------------------------------------

	List<ActivationRow> activations(UUID incident) {
		return jdbc.sql(ACTIVATION + " where incident_id = :id order by number")
			.param("id", incident)
			.query(Incidents::activation)
			.list();
	}

	Optional<ActivationRow> activationByKey(UUID incident, String key) {
		return jdbc.sql(ACTIVATION + " where incident_id = :id and idempotency_key = :key")
			.param("id", incident)
			.param("key", key)
			.query(Incidents::activation)
			.optional();
	}

	void insertActivation(ActivationRow a) {
		jdbc.sql(
				"""
						insert into incident_activation (id, incident_id, number, plan_id, plan_version_id, plan_name, version_number,
						  scenario_code, scenario_name, level, drill, status, idempotency_key, activated_by, activated_at)
						values (:id, :incident, :number, :plan, :version, :name, :vn, :sc, :sn, :level, :drill, :status, :key, :by, :at)""")
			.param("id", a.id())
			.param("incident", a.incidentId())
			.param("number", a.number())
			.param("plan", a.planId())
			.param("version", a.planVersionId())
			.param("name", a.planName())
			.param("vn", a.versionNumber())
			.param("sc", a.scenarioCode())
			.param("sn", a.scenarioName())
			.param("level", a.level().name())
			.param("drill", a.drill())
			.param("status", a.status())
			.param("key", a.idempotencyKey())
			.param("by", a.activatedBy())
			.param("at", Timestamp.from(a.activatedAt()))
			.update();
	}

	void setActivationLevel(UUID activation, ResponseLevel level) {
		jdbc.sql("update incident_activation set level = :l where id = :id")
			.param("l", level.name())
			.param("id", activation)
			.update();
	}

	void endActivations(UUID incident) {
		jdbc.sql("update incident_activation set status = 'ENDED' where incident_id = :id")
			.param("id", incident)
			.update();
	}

	private static ActivationRow activation(ResultSet rs, int n) throws SQLException {
		return new ActivationRow(rs.getObject("id", UUID.class), rs.getObject("incident_id", UUID.class),
				rs.getInt("number"), rs.getObject("plan_id", UUID.class), rs.getObject("plan_version_id", UUID.class),
				rs.getString("plan_name"), rs.getInt("version_number"), rs.getString("scenario_code"),
				rs.getString("scenario_name"), ResponseLevel.valueOf(rs.getString("level")), rs.getBoolean("drill"),
				rs.getString("status"), rs.getString("idempotency_key"), rs.getString("activated_by"),
				rs.getTimestamp("activated_at").toInstant());
	}

	void insertTasks(List<TaskRow> tasks) {
		template.batchUpdate(
				"""
						insert into incident_task (id, incident_id, activation_id, task_key, unit_code, unit_name, title, detail, level,
						  resources, audience, deadline_at, status, command_id, drill, created_at, updated_at)
						values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
				tasks, 500, (ps, t) -> {
					ps.setObject(1, t.id());
					ps.setObject(2, t.incidentId());
					ps.setObject(3, t.activationId());
					ps.setString(4, t.key());
					ps.setString(5, t.unitCode());
					ps.setString(6, t.unitName());
					ps.setString(7, t.title());
					ps.setString(8, t.detail());
					ps.setString(9, t.level());
					ps.setArray(10, ps.getConnection().createArrayOf("text", t.resources().toArray()));
					ps.setInt(11, t.audience());
					ps.setTimestamp(12, Timestamp.from(t.deadlineAt()));
					ps.setString(13, t.status().name());
					ps.setObject(14, t.commandId());
					ps.setBoolean(15, t.drill());
					ps.setTimestamp(16, Timestamp.from(t.createdAt()));
					ps.setTimestamp(17, Timestamp.from(t.updatedAt()));
				});
	}

	List<TaskRow> tasks(UUID incident) {
		return jdbc.sql(TASK + " where incident_id = :id order by unit_code, deadline_at, task_key")
			.param("id", incident)
			.query(Incidents::task)
			.list();
	}

	List<TaskRow> tasksOf(UUID activation) {
		return jdbc.sql(TASK + " where activation_id = :id order by unit_code, task_key")
			.param("id", activation)
			.query(Incidents::task)
			.list();
	}

	Optional<TaskRow> task(UUID id) {
		return jdbc.sql(TASK + " where id = :id").param("id", id).query(Incidents::task).optional();
	}

	Optional<TaskRow> taskByCommand(UUID command) {
		return jdbc.sql(TASK + " where command_id = :id").param("id", command).query(Incidents::task).optional();
	}

	/**
	 * Moves a task if it is still in {@code from}; false when someone else moved it
	 * first.
	 */
	boolean moveTask(UUID id, TaskStatus from, TaskStatus to, String reason, String by, Instant now) {
		return jdbc.sql("""
				update incident_task set status = :to, blocked_reason = :reason, updated_at = :now, updated_by = :by
				where id = :id and status = :from""")
			.param("to", to.name())
			.param("reason", reason)
			.param("now", Timestamp.from(now))
			.param("by", by)
			.param("id", id)
			.param("from", from.name())
			.update() == 1;
	}

	void reassign(UUID id, UUID command, Instant deadline, Instant now) {
		jdbc.sql("""
				update incident_task set status = 'ASSIGNED', command_id = :command, deadline_at = :deadline,
				  blocked_reason = null, updated_at = :now where id = :id""")
			.param("command", command)
			.param("deadline", Timestamp.from(deadline))
			.param("now", Timestamp.from(now))
			.param("id", id)
			.update();
	}

	private static TaskRow task(ResultSet rs, int n) throws SQLException {
		return new TaskRow(rs.getObject("id", UUID.class), rs.getObject("incident_id", UUID.class),
				rs.getObject("activation_id", UUID.class), rs.getString("task_key"), rs.getString("unit_code"),
				rs.getString("unit_name"), rs.getString("title"), rs.getString("detail"), rs.getString("level"),
				strings(rs.getArray("resources")), rs.getInt("audience"), rs.getTimestamp("deadline_at").toInstant(),
				TaskStatus.valueOf(rs.getString("status")), rs.getString("blocked_reason"),
				rs.getObject("command_id", UUID.class), rs.getBoolean("drill"),
				rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant(),
				rs.getString("updated_by"));
	}

	// --- timeline, consultations, decisions
	// ---------------------------------------------------------------------

	void appendTimeline(UUID incident, Instant at, String kind, String summary, String actor) {
		jdbc.sql(
				"insert into incident_timeline (incident_id, at, kind, summary, actor) values (:id, :at, :kind, :summary, :actor)")
			.param("id", incident)
			.param("at", Timestamp.from(at))
			.param("kind", kind)
			.param("summary", summary)
			.param("actor", actor)
			.update();
	}

	List<TimelineRow> timeline(UUID incident) {
		return jdbc.sql(
				"select id, at, kind, summary, actor from incident_timeline where incident_id = :id order by id desc limit 500")
			.param("id", incident)
			.query((rs, n) -> new TimelineRow(rs.getLong("id"), rs.getTimestamp("at").toInstant(), rs.getString("kind"),
					rs.getString("summary"), rs.getString("actor")))
			.list();
	}

	void insertConsultation(UUID incident, ConsultationRow c) {
		template.update(con -> {
			PreparedStatement ps = con.prepareStatement(
					"""
							insert into incident_consultation (id, incident_id, at, topic, participants, conclusions, recorded_by)
							values (?, ?, ?, ?, ?, ?, ?)""");
			ps.setObject(1, c.id());
			ps.setObject(2, incident);
			ps.setTimestamp(3, Timestamp.from(c.at()));
			ps.setString(4, c.topic());
			ps.setArray(5, con.createArrayOf("text", c.participants().toArray()));
			ps.setString(6, c.conclusions());
			ps.setString(7, c.recordedBy());
			return ps;
		});
	}

	List<ConsultationRow> consultations(UUID incident) {
		return jdbc.sql(
				"select id, at, topic, participants, conclusions, recorded_by from incident_consultation where incident_id = :id order by at")
			.param("id", incident)
			.query((rs, n) -> new ConsultationRow(rs.getObject("id", UUID.class), rs.getTimestamp("at").toInstant(),
					rs.getString("topic"), strings(rs.getArray("participants")), rs.getString("conclusions"),
					rs.getString("recorded_by")))
			.list();
	}

	void insertDecision(UUID incident, DecisionRow d) {
		jdbc.sql(
				"insert into incident_decision (id, incident_id, at, decision, decided_by) values (:id, :incident, :at, :d, :by)")
			.param("id", d.id())
			.param("incident", incident)
			.param("at", Timestamp.from(d.at()))
			.param("d", d.decision())
			.param("by", d.decidedBy())
			.update();
	}

	List<DecisionRow> decisions(UUID incident) {
		return jdbc
			.sql("select id, at, decision, decided_by from incident_decision where incident_id = :id order by at")
			.param("id", incident)
			.query((rs, n) -> new DecisionRow(rs.getObject("id", UUID.class), rs.getTimestamp("at").toInstant(),
					rs.getString("decision"), rs.getString("decided_by")))
			.list();
	}

	static List<String> strings(Array array) throws SQLException {
		return array == null ? List.of() : List.of((String[]) array.getArray());
	}

	static BigDecimal zeroIfNull(BigDecimal value) {
		return value == null ? BigDecimal.ZERO : value;
	}

}
