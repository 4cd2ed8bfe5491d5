package org.forewarn.enforcement;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Enforcement cases, their steps, evidence and consultations, in plain SQL. */
@Repository
class Cases {

	private static final String COLUMNS = """
			id, case_code, case_number, uscc, enterprise, district_code, department_code, title, cause, status,
			investigator, investigator_id, submitted_by_id, reviewer, penalty_type, fine_amount, legal_basis,
			decision_note, decided_by, decided_at, rectified, step_started_at, step_deadline, ever_overdue, filed_by,
			filed_at, closed_at, version""";

	record Evidence(UUID id, Uploads.EvidenceKind kind, String fileName, String contentType, long size, String sha256,
			String note, String uploadedBy, Instant uploadedAt) {
	}

	record Consultation(UUID id, List<String> experts, String opinion, Instant heldAt, String recordedBy,
			Instant recordedAt) {
	}

	/** A row of the case list. */
	record CaseRow(String caseCode, String caseNumber, String uscc, String enterprise, String districtCode,
			String title, CaseStatus status, Instant stepDeadline, boolean everOverdue, String penalty,
			BigDecimal fineAmount, Instant filedAt, Instant closedAt) {
	}

	private final JdbcClient jdbc;

	Cases(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	CaseDeadlines deadlines() {
		Map<CaseStatus, Duration> limits = new EnumMap<>(CaseStatus.class);
		jdbc.sql("select status, days from case_step_deadline").query((rs, n) -> {
			limits.put(CaseStatus.valueOf(rs.getString(1)), Duration.ofDays(rs.getInt(2)));
			return null;
		}).list();
		return new CaseDeadlines(limits);
	}

	void insert(EnforcementCase c, String idempotencyKey) {
		var s = c.snapshot();
		jdbc.sql("""
				insert into enforcement_case (id, case_code, case_number, uscc, enterprise, district_code,
				    department_code, title, cause, status, step_started_at, step_deadline, ever_overdue, filed_by,
				    filed_at, idempotency_key, version)
				values (:id, :code, :number, :uscc, :enterprise, :district, :department, :title, :cause, :status,
				    :started, :deadline, false, :filedBy, :filedAt, :key, 0)""")
			.param("id", s.id())
			.param("code", s.code().value())
			.param("number", s.caseNumber())
			.param("uscc", s.uscc())
			.param("enterprise", s.enterprise())
			.param("district", s.districtCode())
			.param("department", s.departmentCode())
			.param("title", s.title())
			.param("cause", s.cause())
			.param("status", s.status().name())
			.param("started", Timestamp.from(s.stepStartedAt()))
			.param("deadline", ts(s.stepDeadline()))
			.param("filedBy", s.filedBy())
			.param("filedAt", Timestamp.from(s.filedAt()))
			.param("key", idempotencyKey)
			.update();
		appendSteps(c);
	}

	void update(EnforcementCase c) {
		var s = c.snapshot();
		var d = s.decision();
		int updated = jdbc.sql("""
				update enforcement_case set status = :status, investigator = :investigator,
				    investigator_id = :investigatorId, submitted_by_id = :submittedBy, reviewer = :reviewer,
				    penalty_type = :penalty, fine_amount = :amount, legal_basis = :basis, decision_note = :decisionNote,
				    decided_by = :decidedBy, decided_at = :decidedAt, rectified = :rectified,
				    step_started_at = :started, step_deadline = :deadline, ever_overdue = :everOverdue,
				    closed_at = :closedAt, version = version + 1
				where id = :id and version = :version""")
			.param("status", s.status().name())
			.param("investigator", s.investigator())
			.param("investigatorId", s.investigatorId())
			.param("submittedBy", s.submittedById())
			.param("reviewer", s.reviewer())
			.param("penalty", d == null ? null : d.penalty().name())
			.param("amount", d == null ? null : d.fineAmount())
			.param("basis", d == null ? null : d.legalBasis())
			.param("decisionNote", d == null ? null : d.note())
			.param("decidedBy", d == null ? null : d.decidedBy())
			.param("decidedAt", d == null ? null : Timestamp.from(d.decidedAt()))
			.param("rectified", s.rectified())
			.param("started", Timestamp.from(s.stepStartedAt()))
			.param("deadline", ts(s.stepDeadline()))
			.param("everOverdue", s.everOverdue())
			.param("closedAt", ts(s.closedAt()))
			.param("id", s.id())
			.param("version", s.version())
			.update();
		if (updated != 1) {
			throw new IllegalCaseMove("Case " + s.code() + " was changed by someone else in the meantime; reload it.");
		}
		appendSteps(c);
	}

	private void appendSteps(EnforcementCase c) {
		for (EnforcementCase.Step step : c.newSteps()) {
			jdbc.sql(
					"""
							insert into case_step (case_id, seq, action, status, actor, note, at, overdue)
							values (:id, (select coalesce(max(seq), 0) + 1 from case_step where case_id = :id), :action, :status,
							    :actor, :note, :at, :overdue)""")
				.param("id", c.id())
				.param("action", step.action())
				.param("status", step.status().name())
				.param("actor", step.actor())
				.param("note", step.note())
				.param("at", Timestamp.from(step.at()))
				.param("overdue", step.overdue())
				.update();
		}
	}

	Optional<EnforcementCase> find(CaseCode code) {
		return jdbc.sql("select " + COLUMNS + " from enforcement_case where case_code = :code")
			.param("code", code.value())
			.query((rs, n) -> restore(rs))
			.optional();
	}

	/**
	 * Loads the case and locks its row until the transaction ends: moves on one case
	 * happen one at a time.
	 */
	Optional<EnforcementCase> lock(CaseCode code) {
		return jdbc.sql("select " + COLUMNS + " from enforcement_case where case_code = :code for update")
			.param("code", code.value())
			.query((rs, n) -> restore(rs))
			.optional();
	}

	/**
	 * Claims a filer's Idempotency-Key until this transaction ends: a concurrent request
	 * with the same key waits here and then finds the first one's case, instead of racing
	 * it for the inspection or the key.
	 */
	void claimIdempotencyKey(String filedBy, String key) {
		jdbc.sql("select pg_advisory_xact_lock(hashtextextended(:claim, 0))")
			.param("claim", "enforcement_case\u001f" + filedBy + "\u001f" + key)
			.query((rs, n) -> 1)
			.list();
	}

	Optional<String> codeByIdempotencyKey(String filedBy, String key) {
		return jdbc.sql("select case_code from enforcement_case where filed_by = :by and idempotency_key = :key")
			.param("by", filedBy)
			.param("key", key)
			.query(String.class)
			.optional();
	}

	List<EnforcementCase.Step> steps(UUID caseId) {
		return jdbc
			.sql("select action, status, actor, note, at, overdue from case_step where case_id = :id order by seq")
			.param("id", caseId)
			.query((rs, n) -> new EnforcementCase.Step(rs.getString(1), CaseStatus.valueOf(rs.getString(2)),
					rs.getString(3), rs.getString(4), rs.getTimestamp(5).toInstant(), rs.getBoolean(6)))
			.list();
	}

	List<CaseRow> list(Optional<List<String>> districts, CaseStatus status, String uscc, String q, Boolean overdue,
			Instant now, int limit, int offset) {
		StringBuilder sql = new StringBuilder(
				"""
						select case_code, case_number, uscc, enterprise, district_code, title, status, step_deadline, ever_overdue,
						    penalty_type, fine_amount, filed_at, closed_at from enforcement_case where true""");
		if (districts.isPresent()) {
			sql.append(" and district_code = any(:districts)");
		}
		if (status != null) {
			sql.append(" and status = :status");
		}
		if (uscc != null) {
			sql.append(" and uscc = :uscc");
		}
		if (q != null) {
			sql.append(" and (case_code ilike :q or case_number ilike :q or enterprise ilike :q or title ilike :q)");
		}
		if (Boolean.TRUE.equals(overdue)) {
			sql.append(" and status <> 'CLOSED' and step_deadline < :now");
		}
		sql.append(" order by filed_at desc, case_code desc limit :limit offset :offset");
		var spec = jdbc.sql(sql.toString()).param("limit", limit).param("offset", offset);
		if (districts.isPresent()) {
			spec = spec.param("districts", districts.get().toArray(String[]::new));
		}
		if (status != null) {
			spec = spec.param("status", status.name());
		}
		if (uscc != null) {
			spec = spec.param("uscc", uscc);
		}
		if (q != null) {
			spec = spec.param("q", "%" + q.replace("%", "\\%").replace("_", "\\_") + "%");
		}
		if (Boolean.TRUE.equals(overdue)) {
			spec = spec.param("now", Timestamp.from(now));
		}
		return spec
			.query((rs, n) -> new CaseRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getString(5), rs.getString(6), CaseStatus.valueOf(rs.getString(7)), instant(rs, 8),
					rs.getBoolean(9), rs.getString(10), rs.getBigDecimal(11), instant(rs, 12), instant(rs, 13)))
			.list();
	}

	// evidence

	UUID storeEvidence(UUID caseId, Uploads.EvidenceKind kind, Uploads.Checked file, String note, String by,
			Instant now) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into case_evidence (id, case_id, kind, file_name, content_type, size_bytes, sha256, data, note,
				    uploaded_by, uploaded_at)
				values (:id, :case, :kind, :name, :type, :size, :sha, :data, :note, :by, :at)""")
			.param("id", id)
			.param("case", caseId)
			.param("kind", kind.name())
			.param("name", file.fileName())
			.param("type", file.contentType())
			.param("size", file.data().length)
			.param("sha", file.sha256())
			.param("data", file.data())
			.param("note", note)
			.param("by", by)
			.param("at", Timestamp.from(now))
			.update();
		return id;
	}

	List<Evidence> evidence(UUID caseId) {
		return jdbc.sql("""
				select id, kind, file_name, content_type, size_bytes, sha256, note, uploaded_by, uploaded_at
				from case_evidence where case_id = :case order by uploaded_at, id""")
			.param("case", caseId)
			.query((rs, n) -> evidence(rs))
			.list();
	}

	int evidenceCount(UUID caseId) {
		return jdbc.sql("select count(*) from case_evidence where case_id = :case")
			.param("case", caseId)
			.query(Integer.class)
			.single();
	}

	record EvidenceFile(UUID caseId, Evidence evidence, byte[] data) {
	}

	Optional<EvidenceFile> evidenceFile(UUID id) {
		return jdbc
			.sql("""
					select id, kind, file_name, content_type, size_bytes, sha256, note, uploaded_by, uploaded_at, case_id, data
					from case_evidence where id = :id""")
			.param("id", id)
			.query((rs, n) -> new EvidenceFile(rs.getObject("case_id", UUID.class), evidence(rs), rs.getBytes("data")))
			.optional();
	}

	Optional<String> caseCodeOf(UUID caseId) {
		return jdbc.sql("select case_code from enforcement_case where id = :id")
			.param("id", caseId)
			.query(String.class)
			.optional();
	}

	// consultations

	void insertConsultation(UUID caseId, Consultation c) {
		jdbc.sql("""
				insert into case_consultation (id, case_id, experts, opinion, held_at, recorded_by, recorded_at)
				values (:id, :case, :experts, :opinion, :held, :by, :at)""")
			.param("id", c.id())
			.param("case", caseId)
			.param("experts", c.experts().toArray(String[]::new))
			.param("opinion", c.opinion())
			.param("held", Timestamp.from(c.heldAt()))
			.param("by", c.recordedBy())
			.param("at", Timestamp.from(c.recordedAt()))
			.update();
	}

	List<Consultation> consultations(UUID caseId) {
		return jdbc.sql("""
				select id, experts, opinion, held_at, recorded_by, recorded_at from case_consultation
				where case_id = :case order by held_at, id""")
			.param("case", caseId)
			.query((rs, n) -> new Consultation(rs.getObject(1, UUID.class), Inspections.strings(rs.getArray(2)),
					rs.getString(3), rs.getTimestamp(4).toInstant(), rs.getString(5), rs.getTimestamp(6).toInstant()))
			.list();
	}

	private static Evidence evidence(ResultSet rs) throws SQLException {
		return new Evidence(rs.getObject("id", UUID.class), Uploads.EvidenceKind.valueOf(rs.getString("kind")),
				rs.getString("file_name"), rs.getString("content_type"), rs.getLong("size_bytes"),
				rs.getString("sha256"), rs.getString("note"), rs.getString("uploaded_by"),
				rs.getTimestamp("uploaded_at").toInstant());
	}

	private static EnforcementCase restore(ResultSet rs) throws SQLException {
		String penalty = rs.getString("penalty_type");
		EnforcementCase.Decision decision = penalty == null ? null
				: new EnforcementCase.Decision(PenaltyType.valueOf(penalty), rs.getBigDecimal("fine_amount"),
						rs.getString("legal_basis"), rs.getString("decision_note"), rs.getString("decided_by"),
						instant(rs, "decided_at"));
		return EnforcementCase.restore(new EnforcementCase.Snapshot(rs.getObject("id", UUID.class),
				CaseCode.parse(rs.getString("case_code")), rs.getString("case_number"), rs.getString("uscc"),
				rs.getString("enterprise"), rs.getString("district_code"), rs.getString("department_code"),
				rs.getString("title"), rs.getString("cause"), CaseStatus.valueOf(rs.getString("status")),
				rs.getString("investigator"), rs.getObject("investigator_id", UUID.class),
				rs.getObject("submitted_by_id", UUID.class), rs.getString("reviewer"), decision,
				(Boolean) rs.getObject("rectified"), instant(rs, "step_started_at"), instant(rs, "step_deadline"),
				rs.getBoolean("ever_overdue"), rs.getString("filed_by"), instant(rs, "filed_at"),
				instant(rs, "closed_at"), rs.getInt("version")));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp t = rs.getTimestamp(column);
		return t == null ? null : t.toInstant();
	}

	private static Instant instant(ResultSet rs, int column) throws SQLException {
		Timestamp t = rs.getTimestamp(column);
		return t == null ? null : t.toInstant();
	}

	private static Timestamp ts(Instant instant) {
		return instant == null ? null : Timestamp.from(instant);
	}

}
