package org.forewarn.notification;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Subjects and notices in plain SQL (tables {@code notification_subject},
 * {@code notification}).
 */
@Repository
class Notices {

	private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(Notices.class);

	/** What is sent: a warning revision or a command. */
	record Subject(UUID id, String kind, int revision, String title, String body, String ownerRegion,
			Integer ackWithinSeconds, boolean active, String createdBy, Instant createdAt) {
	}

	/** A notice to write: one recipient of a subject. */
	record NewNotice(UUID id, UUID personId, String kind, String districtCode, String streetCode, String role,
			String duty, String responsibleFor, String body, List<ChannelType> channels) {
	}

	/** A notice as the delivery worker needs it. */
	record Pending(UUID id, UUID subjectId, String subjectKind, String kind, UUID personId, int revision, String title,
			String text, boolean active, List<ChannelType> channels, int channelIndex, int attempts, Instant sentAt,
			Instant deliveredAt, Instant acknowledgeBy, Instant createdAt) {

		Envelope envelope() {
			return new Envelope(id, subjectId, personId, kind, revision, title, text);
		}

		ChannelType channel() {
			return channelIndex < channels.size() ? channels.get(channelIndex) : null;
		}
	}

	/** A notice as its recipient sees it. */
	record Notice(UUID id, UUID subjectId, String subjectKind, String kind, UUID personId, int revision, String title,
			String text, boolean active, String channel, Instant createdAt, Instant sentAt, Instant deliveredAt,
			Instant acknowledgedAt, Instant acknowledgeBy, Instant failedAt, String districtCode) {

		String status() {
			if (acknowledgedAt != null) {
				return "ACKNOWLEDGED";
			}
			if (deliveredAt != null) {
				return "DELIVERED";
			}
			if (sentAt != null) {
				return "SENT";
			}
			return failedAt != null ? "FAILED" : "PENDING";
		}
	}

	/** One district's counts. */
	record Counts(String districtCode, long recipients, long sent, long delivered, long acknowledged, long failed) {
	}

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	private final DataSource dataSource;

	Notices(JdbcClient jdbc, JdbcTemplate template, DataSource dataSource) {
		this.jdbc = jdbc;
		this.template = template;
		this.dataSource = dataSource;
	}

	// --- subjects
	// ------------------------------------------------------------------------------------------------

	/**
	 * Inserts the subject or moves it to a newer revision, with the delivery workers'
	 * lease on its first delivery and its next escalation time; false when it is there at
	 * this revision already.
	 */
	boolean saveSubject(Subject s, String reference, Instant now, Instant handoverUntil, Instant escalateAt) {
		return jdbc.sql("""
				insert into notification_subject (id, kind, revision, title, body, owner_region, reference,
				    ack_within_seconds, active, handover_until, escalate_at, created_by, created_at, updated_at)
				values (:id, :kind, :revision, :title, :body, :owner, :reference, :ack, true, :handover, :escalate,
				    :by, :at, :at)
				on conflict (id) do update set revision = excluded.revision, title = excluded.title,
				    body = excluded.body, ack_within_seconds = excluded.ack_within_seconds, active = true,
				    handover_until = excluded.handover_until,
				    escalate_at = least(notification_subject.escalate_at, excluded.escalate_at),
				    updated_at = excluded.updated_at
				where notification_subject.revision < excluded.revision""")
			.param("handover", Timestamp.from(handoverUntil))
			.param("escalate", escalateAt == null ? null : Timestamp.from(escalateAt), java.sql.Types.TIMESTAMP)
			.param("id", s.id())
			.param("kind", s.kind())
			.param("revision", s.revision())
			.param("title", s.title())
			.param("body", s.body())
			.param("owner", s.ownerRegion())
			.param("reference", reference)
			.param("ack", s.ackWithinSeconds(), java.sql.Types.INTEGER)
			.param("by", s.createdBy())
			.param("at", Timestamp.from(now))
			.update() == 1;
	}

	Optional<Subject> subject(UUID id) {
		return jdbc.sql("select * from notification_subject where id = :id")
			.param("id", id)
			.query(Notices::subject)
			.optional();
	}

	Optional<UUID> subjectByReference(String reference) {
		return jdbc.sql("select id from notification_subject where reference = :r")
			.param("r", reference)
			.query(UUID.class)
			.optional();
	}

	/**
	 * The subject ended (warning cancelled or expired): nothing more is sent, nobody more
	 * is escalated.
	 */
	int end(UUID subjectId, String why) {
		jdbc.sql("update notification_subject set active = false, escalate_at = null where id = :id")
			.param("id", subjectId)
			.update();
		return jdbc.sql("""
				update notification set next_attempt_at = null, last_error = :why
				where subject_id = :id and next_attempt_at is not null and sent_at is null""")
			.param("id", subjectId)
			.param("why", why)
			.update();
	}

	// --- fan-out
	// -------------------------------------------------------------------------------------------------

	/**
	 * Writes the notices of a subject revision. A new subject has no notices yet: COPY
	 * straight into the table (the unique (subject, person, kind) constraint still guards
	 * it). A later revision goes through a temporary table and one insert that adds new
	 * recipients and moves existing ones to this revision (their delivery and
	 * acknowledgement start again); rows at this revision already are left alone. Returns
	 * the ids written.
	 */
	List<UUID> fanOut(UUID subjectId, int revision, List<NewNotice> notices, Instant now, Instant acknowledgeBy,
			boolean newSubject) {
		if (notices.isEmpty()) {
			return List.of();
		}
		long started = System.nanoTime();
		String table = newSubject ? "notification" : "notification_load";
		if (!newSubject) {
			template
				.execute("create temporary table if not exists notification_load (like notification including defaults)"
						+ " on commit drop");
			template.execute("truncate notification_load");
		}
		String created = now.toString();
		String ack = acknowledgeBy == null ? "" : acknowledgeBy.toString();
		Connection connection = DataSourceUtils.getConnection(dataSource);
		CopyIn copy = null;
		try {
			copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn("copy " + table + """
					 (id, subject_id, kind, person_id, revision, district_code, street_code, role, duty,
					  responsible_for, body, channels, created_at, acknowledge_by)
					from stdin with (format csv)""");
			// rows go to the server in chunks while the next ones are written, so both
			// cores work
			StringBuilder csv = new StringBuilder(2000 * 200);
			for (int i = 0; i < notices.size(); i++) {
				NewNotice n = notices.get(i);
				csv.append(n.id())
					.append(',')
					.append(subjectId)
					.append(',')
					.append(n.kind())
					.append(',')
					.append(n.personId())
					.append(',')
					.append(revision)
					.append(',')
					.append(nz(n.districtCode()))
					.append(',')
					.append(nz(n.streetCode()))
					.append(',')
					.append(n.role())
					.append(',')
					.append(nz(n.duty()))
					.append(',')
					.append(quote(n.responsibleFor()))
					.append(',')
					.append(quote(n.body()))
					.append(",\"{");
				for (int c = 0; c < n.channels().size(); c++) {
					csv.append(c == 0 ? "" : ",").append(n.channels().get(c).name());
				}
				csv.append("}\",").append(created).append(',').append(ack).append('\n');
				if (csv.length() > 256 * 1024 || i == notices.size() - 1) {
					byte[] bytes = csv.toString().getBytes(StandardCharsets.UTF_8);
					copy.writeToCopy(bytes, 0, bytes.length);
					csv.setLength(0);
				}
			}
			copy.endCopy();
		}
		catch (SQLException e) {
			throw new IllegalStateException("could not write the notices of " + subjectId, e);
		}
		finally {
			if (copy != null && copy.isActive()) {
				try {
					copy.cancelCopy();
				}
				catch (SQLException ignored) {
					// the transaction rolls back anyway
				}
			}
			DataSourceUtils.releaseConnection(connection, dataSource);
		}
		if (notices.size() >= 10_000) {
			log.info("{} notices of {}: streamed by COPY into {} in {} ms", notices.size(), subjectId, table,
					(System.nanoTime() - started) / 1_000_000);
		}
		if (newSubject) {
			return notices.stream().map(NewNotice::id).toList();
		}
		return template.queryForList("""
				insert into notification select * from notification_load
				on conflict (subject_id, person_id, kind) do update set revision = excluded.revision,
				    district_code = excluded.district_code, street_code = excluded.street_code, role = excluded.role,
				    duty = excluded.duty, responsible_for = excluded.responsible_for, body = excluded.body,
				    channels = excluded.channels, channel_index = 0, attempts = 0,
				    next_attempt_at = excluded.next_attempt_at, channel = null, last_error = null, sent_at = null,
				    delivered_at = null, failed_at = null, acknowledged_at = null,
				    acknowledge_by = excluded.acknowledge_by, escalated_at = null
				where notification.revision < excluded.revision
				returning id""", UUID.class);
	}

	// --- delivery
	// ------------------------------------------------------------------------------------------------

	List<Pending> forDelivery(Collection<UUID> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("""
				select n.id, n.subject_id, s.kind as subject_kind, n.kind, n.person_id, n.revision, s.title,
				       coalesce(n.body, s.body) as text,
				       s.active, n.channels, n.channel_index, n.attempts, n.sent_at, n.delivered_at, n.acknowledge_by,
				       n.created_at
				  from notification n join notification_subject s on s.id = n.subject_id
				 where n.id = any(cast(:ids as uuid[]))""")
			.param("ids", ids.toArray(UUID[]::new))
			.query((rs, row) -> new Pending(rs.getObject("id", UUID.class), rs.getObject("subject_id", UUID.class),
					rs.getString("subject_kind"), rs.getString("kind"), rs.getObject("person_id", UUID.class),
					rs.getInt("revision"), rs.getString("title"), rs.getString("text"), rs.getBoolean("active"),
					Arrays.stream((String[]) rs.getArray("channels").getArray()).map(ChannelType::valueOf).toList(),
					rs.getInt("channel_index"), rs.getInt("attempts"), instant(rs, "sent_at"),
					instant(rs, "delivered_at"), instant(rs, "acknowledge_by"), instant(rs, "created_at")))
			.list();
	}

	/**
	 * Claims notices whose next attempt is due (leasing them, so no other worker takes
	 * them meanwhile).
	 */
	List<UUID> claimDue(Instant now, Instant lease, int limit) {
		return jdbc.sql("""
				update notification set next_attempt_at = :lease
				 where id in (select id from notification where next_attempt_at <= :now
				              order by next_attempt_at limit :limit for update skip locked)
				returning id""")
			.param("lease", Timestamp.from(lease))
			.param("now", Timestamp.from(now))
			.param("limit", limit)
			.query(UUID.class)
			.list();
	}

	/**
	 * Every notice of the subject has had its first attempt: drop the lease (unless a
	 * newer hand-over took it).
	 */
	void handedOver(UUID subjectId, Instant lease) {
		jdbc.sql("update notification_subject set handover_until = null where id = :s and handover_until = :lease")
			.param("s", subjectId)
			.param("lease", Timestamp.from(lease))
			.update();
	}

	/**
	 * Subjects whose first delivery's lease ran out (a crashed instance), leased anew to
	 * the caller.
	 */
	List<UUID> claimOrphans(Instant now, Instant lease, int limit) {
		return jdbc.sql("""
				update notification_subject set handover_until = :lease
				 where id in (select id from notification_subject where handover_until <= :now
				              order by handover_until limit :limit for update skip locked)
				returning id""")
			.param("lease", Timestamp.from(lease))
			.param("now", Timestamp.from(now))
			.param("limit", limit)
			.query(UUID.class)
			.list();
	}

	/** The subject's notices that have not had their first attempt. */
	List<UUID> awaitingFirstAttempt(UUID subjectId) {
		return jdbc.sql("""
				select id from notification where subject_id = :s
				   and sent_at is null and failed_at is null and next_attempt_at is null""")
			.param("s", subjectId)
			.query(UUID.class)
			.list();
	}

	void markSent(Collection<UUID> ids, ChannelType channel, Instant now) {
		if (ids.isEmpty()) {
			return;
		}
		jdbc.sql("""
				update notification set sent_at = coalesce(sent_at, :now), channel = :channel, next_attempt_at = null,
				    last_error = null
				where id = any(cast(:ids as uuid[]))""")
			.param("now", Timestamp.from(now))
			.param("channel", channel.name())
			.param("ids", ids.toArray(UUID[]::new))
			.update();
	}

	void markDelivered(Collection<UUID> ids, Instant now) {
		if (ids.isEmpty()) {
			return;
		}
		jdbc.sql(
				"update notification set delivered_at = coalesce(delivered_at, :now) where id = any(cast(:ids as uuid[]))"
						+ " and delivered_at is null")
			.param("now", Timestamp.from(now))
			.param("ids", ids.toArray(UUID[]::new))
			.update();
	}

	/** Where a failed notice goes next. {@code failedAt} set: every channel failed. */
	record Failure(UUID id, int channelIndex, int attempts, Instant nextAttemptAt, Instant failedAt, String error) {
	}

	void recordFailures(List<Failure> failures) {
		if (failures.isEmpty()) {
			return;
		}
		template.batchUpdate(
				"""
						update notification set channel_index = ?, attempts = ?, next_attempt_at = ?, failed_at = ?, last_error = ?
						where id = ?""",
				failures, 1000, (ps, f) -> {
					ps.setInt(1, f.channelIndex());
					ps.setInt(2, f.attempts());
					ps.setTimestamp(3, f.nextAttemptAt() == null ? null : Timestamp.from(f.nextAttemptAt()));
					ps.setTimestamp(4, f.failedAt() == null ? null : Timestamp.from(f.failedAt()));
					ps.setString(5, f.error());
					ps.setObject(6, f.id());
				});
	}

	// --- the recipient's side
	// --------------------------------------------------------------------------------------

	private static final String NOTICE = """
			select n.id, n.subject_id, s.kind as subject_kind, n.kind, n.person_id, n.revision, s.title,
			       coalesce(n.body, s.body) as text, s.active, n.channel, n.created_at, n.sent_at, n.delivered_at,
			       n.acknowledged_at, n.acknowledge_by, n.failed_at, n.district_code
			  from notification n join notification_subject s on s.id = n.subject_id""";

	List<Notice> inbox(UUID person, int limit) {
		return jdbc.sql(NOTICE + " where n.person_id = :p order by n.created_at desc, n.id limit :l")
			.param("p", person)
			.param("l", limit)
			.query(Notices::notice)
			.list();
	}

	/**
	 * Unacknowledged notices of subjects still active: what a stream sends first when it
	 * opens.
	 */
	List<Notice> backlog(UUID person, int limit) {
		return jdbc
			.sql(NOTICE + " where n.person_id = :p and n.acknowledged_at is null and s.active"
					+ " order by n.created_at desc, n.id limit :l")
			.param("p", person)
			.param("l", limit)
			.query(Notices::notice)
			.list();
	}

	Optional<Notice> notice(UUID id) {
		return jdbc.sql(NOTICE + " where n.id = :id").param("id", id).query(Notices::notice).optional();
	}

	List<Notice> notices(Collection<UUID> ids) {
		return jdbc.sql(NOTICE + " where n.id = any(cast(:ids as uuid[]))")
			.param("ids", ids.toArray(UUID[]::new))
			.query(Notices::notice)
			.list();
	}

	/** Acknowledges the notice; false when it was acknowledged before. */
	boolean acknowledge(UUID id, Instant now) {
		return jdbc.sql("""
				update notification set acknowledged_at = :now, delivered_at = coalesce(delivered_at, :now)
				where id = :id and acknowledged_at is null""")
			.param("now", Timestamp.from(now))
			.param("id", id)
			.update() == 1;
	}

	List<Counts> counts(UUID subjectId) {
		return jdbc.sql("""
				select district_code, count(*) as recipients, count(sent_at) as sent, count(delivered_at) as delivered,
				       count(acknowledged_at) as acknowledged, count(failed_at) as failed
				  from notification where subject_id = :s and kind = 'NOTICE'
				 group by district_code order by district_code nulls last""")
			.param("s", subjectId)
			.query((rs, row) -> new Counts(rs.getString("district_code"), rs.getLong("recipients"), rs.getLong("sent"),
					rs.getLong("delivered"), rs.getLong("acknowledged"), rs.getLong("failed")))
			.list();
	}

	long escalations(UUID subjectId) {
		return jdbc.sql("select count(*) from notification where subject_id = :s and kind = 'ESCALATION'")
			.param("s", subjectId)
			.query(Long.class)
			.single();
	}

	// --- escalation
	// ----------------------------------------------------------------------------------------------

	record Overdue(UUID id, UUID subjectId, UUID personId, String title, Integer ackWithinSeconds) {
	}

	/** Active subjects whose escalation time has come. */
	List<UUID> dueForEscalation(Instant now) {
		return jdbc.sql("select id from notification_subject where escalate_at <= :now and active")
			.param("now", Timestamp.from(now))
			.query(UUID.class)
			.list();
	}

	/**
	 * Overdue notices of the subjects whose escalation time has come (found through the
	 * subject, not a row index).
	 */
	List<Overdue> overdue(Instant now, int limit) {
		return jdbc.sql("""
				select n.id, n.subject_id, n.person_id, s.title, s.ack_within_seconds
				  from notification_subject s join notification n on n.subject_id = s.id
				 where s.escalate_at <= :now and s.active
				   and n.kind = 'NOTICE' and n.acknowledge_by <= :now and n.acknowledged_at is null
				   and n.escalated_at is null
				 order by n.acknowledge_by limit :limit
				   for update of n skip locked""")
			.param("now", Timestamp.from(now))
			.param("limit", limit)
			.query((rs, row) -> new Overdue(rs.getObject("id", UUID.class), rs.getObject("subject_id", UUID.class),
					rs.getObject("person_id", UUID.class), rs.getString("title"),
					(Integer) rs.getObject("ack_within_seconds")))
			.list();
	}

	/**
	 * Sets each subject's next escalation time to its earliest notice still
	 * unacknowledged and unescalated.
	 */
	void rescheduleEscalation(Collection<UUID> subjects) {
		jdbc.sql("""
				update notification_subject s set escalate_at = (
				    select min(n.acknowledge_by) from notification n
				     where n.subject_id = s.id and n.kind = 'NOTICE' and n.acknowledged_at is null
				       and n.escalated_at is null)
				 where s.id = any(cast(:ids as uuid[]))""").param("ids", subjects.toArray(UUID[]::new)).update();
	}

	void markEscalated(Collection<UUID> ids, Instant now) {
		jdbc.sql("update notification set escalated_at = :now where id = any(cast(:ids as uuid[]))")
			.param("now", Timestamp.from(now))
			.param("ids", ids.toArray(UUID[]::new))
			.update();
	}

	/**
	 * The escalation notice of a subject for a superior, new or replacing an earlier one
	 * (delivery starts again).
	 */
	Optional<UUID> saveEscalation(UUID subjectId, NewNotice n, int revision, Instant now, Instant lease) {
		return jdbc.sql("""
				insert into notification (id, subject_id, kind, person_id, revision, district_code, street_code, role,
				    duty, responsible_for, body, channels, next_attempt_at, created_at)
				values (:id, :subject, 'ESCALATION', :person, :revision, :district, :street, :role, :duty, :for, :body,
				    :channels, :lease, :now)
				on conflict (subject_id, person_id, kind) do update set body = excluded.body,
				    revision = excluded.revision, channels = excluded.channels, channel_index = 0, attempts = 0,
				    next_attempt_at = excluded.next_attempt_at, sent_at = null, delivered_at = null, failed_at = null,
				    created_at = excluded.created_at
				returning id""")
			.param("id", n.id())
			.param("subject", subjectId)
			.param("person", n.personId())
			.param("revision", revision)
			.param("district", n.districtCode())
			.param("street", n.streetCode())
			.param("role", n.role())
			.param("duty", n.duty())
			.param("for", n.responsibleFor())
			.param("body", n.body())
			.param("channels", n.channels().stream().map(Enum::name).toArray(String[]::new))
			.param("lease", Timestamp.from(lease))
			.param("now", Timestamp.from(now))
			.query(UUID.class)
			.optional();
	}

	// --- mapping
	// -------------------------------------------------------------------------------------------------

	private static Subject subject(ResultSet rs, int row) throws SQLException {
		return new Subject(rs.getObject("id", UUID.class), rs.getString("kind"), rs.getInt("revision"),
				rs.getString("title"), rs.getString("body"), rs.getString("owner_region"),
				(Integer) rs.getObject("ack_within_seconds"), rs.getBoolean("active"), rs.getString("created_by"),
				instant(rs, "created_at"));
	}

	private static Notice notice(ResultSet rs, int row) throws SQLException {
		return new Notice(rs.getObject("id", UUID.class), rs.getObject("subject_id", UUID.class),
				rs.getString("subject_kind"), rs.getString("kind"), rs.getObject("person_id", UUID.class),
				rs.getInt("revision"), rs.getString("title"), rs.getString("text"), rs.getBoolean("active"),
				rs.getString("channel"), instant(rs, "created_at"), instant(rs, "sent_at"), instant(rs, "delivered_at"),
				instant(rs, "acknowledged_at"), instant(rs, "acknowledge_by"), instant(rs, "failed_at"),
				rs.getString("district_code"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp t = rs.getTimestamp(column);
		return t == null ? null : t.toInstant();
	}

	private static String nz(String value) {
		return value == null ? "" : value;
	}

	private static String quote(String value) {
		return value == null ? "" : '"' + value.replace("\"", "\"\"") + '"';
	}

}
