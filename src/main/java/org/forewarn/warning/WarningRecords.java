package org.forewarn.warning;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.forewarn.organisation.PersonRole;
import org.forewarn.organisation.ResponsibilityType;
import org.forewarn.platform.SqlFilter;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Warnings and their messages, in plain SQL (tables {@code warning},
 * {@code warning_message}).
 */
@Repository
class WarningRecords {

	private static final String COLUMNS = """
			w.id, w.origin, w.owner_region, w.status, w.event_type, w.event_name, w.colour, w.headline, w.description,
			w.instruction, w.region_codes, w.polygon, w.target_regions, w.area_description, w.expires_at,
			w.audience_roles, w.audience_duties, w.revision, w.drafted_by, w.authors, w.approved_by, w.approved_at,
			w.issued_by, w.issued_at, w.cancelled_by, w.cancelled_at, w.cancel_reason, w.expired_at, w.source,
			w.sender_name, w.cap_xml, w.created_at, w.updated_at, w.version""";

	private final JdbcClient jdbc;

	WarningRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * A warning with its messages, read in one transaction so that they belong together.
	 */
	@Transactional(readOnly = true)
	Optional<Warning> find(WarningId id) {
		return one("select " + COLUMNS + " from warning w where w.id = :id", id);
	}

	/**
	 * Loads the warning and locks its row until the transaction ends: moves on one
	 * warning happen one at a time.
	 */
	Optional<Warning> lock(WarningId id) {
		return one("select " + COLUMNS + " from warning w where w.id = :id for update", id);
	}

	private Optional<Warning> one(String sql, WarningId id) {
		List<Warning.Snapshot> rows = jdbc.sql(sql).param("id", id.value()).query(WarningRecords::snapshot).list();
		if (rows.isEmpty()) {
			return Optional.empty();
		}
		Warning.Snapshot s = rows.getFirst();
		return Optional.of(Warning
			.restore(withMessages(s, messages(List.of(s.id().value())).getOrDefault(s.id().value(), List.of()))));
	}

	/**
	 * The open draft this source proposed or added to, if any (a replayed alarm finds
	 * it).
	 */
	Optional<WarningId> openProposal(String source) {
		return jdbc
			.sql("select id from warning where origin = 'PROPOSED' and status in ('DRAFT', 'APPROVED')"
					+ " and :source = any(sources) order by created_at limit 1")
			.param("source", source)
			.query(UUID.class)
			.optional()
			.map(WarningId::new);
	}

	/**
	 * The oldest open proposed draft of this event type that names one of these areas,
	 * which a further alarm joins instead of proposing another.
	 */
	Optional<WarningId> openProposalFor(String eventType, List<String> regionCodes) {
		if (regionCodes.isEmpty()) {
			return Optional.empty();
		}
		return jdbc
			.sql("select id from warning where origin = 'PROPOSED' and status in ('DRAFT', 'APPROVED')"
					+ " and event_type = :type and region_codes && cast(:areas as text[])"
					+ " order by created_at, id limit 1")
			.param("type", eventType)
			.param("areas", regionCodes.toArray(String[]::new))
			.query(UUID.class)
			.optional()
			.map(WarningId::new);
	}

	/**
	 * Serialises proposals of one event type until the transaction ends, so that two
	 * gauges alarming at once cannot both find no open draft and propose two.
	 */
	void lockProposals(String eventType) {
		jdbc.sql("select pg_advisory_xact_lock(hashtextextended(:claim, 0))")
			.param("claim", "warning.proposal\u001f" + eventType)
			.query((rs, n) -> 1)
			.list();
	}

	/** Records that a further source (an alarm) added to the proposed draft. */
	void addSource(WarningId id, String source) {
		if (source == null) {
			return;
		}
		jdbc.sql("update warning set sources = array_append(sources, :source)"
				+ " where id = :id and not (:source = any(sources))")
			.param("id", id.value())
			.param("source", source)
			.update();
	}

	/**
	 * Drafts waiting for this user's approval among the owners given (null: all): a
	 * person wrote or adopted them and the user is none of their authors. Oldest first,
	 * the order they should be dealt with.
	 */
	List<Warning> awaitingApprovalBy(String username, Set<String> ownedWithin, int limit, int offset) {
		SqlFilter filter = new SqlFilter().and(true, "w.status = 'DRAFT'")
			.and("not (:me = any(w.authors))", "me", username)
			.and("exists (select 1 from unnest(w.authors) a where a <> :system)", "system", Warning.SYSTEM)
			.and("w.owner_region = any(cast(:within as text[]))", "within",
					ownedWithin == null ? null : ownedWithin.toArray(String[]::new));
		return restore(jdbc
			.sql("select " + COLUMNS + " from warning w" + filter.where()
					+ " order by w.updated_at, w.id limit :limit offset :offset")
			.params(filter.params())
			.param("limit", limit)
			.param("offset", offset)
			.query(WarningRecords::snapshot)
			.list());
	}

	/** The imported warning a CAP message (sender, identifier) belongs to. */
	Optional<WarningId> byMessage(String sender, String identifier) {
		return jdbc.sql("select warning_id from warning_message where sender = :sender and identifier = :identifier")
			.param("sender", sender)
			.param("identifier", identifier)
			.query(UUID.class)
			.optional()
			.map(WarningId::new);
	}

	boolean identifierTaken(String sender, String identifier) {
		return jdbc
			.sql("select exists(select 1 from warning_message where sender = :sender and identifier = :identifier)")
			.param("sender", sender)
			.param("identifier", identifier)
			.query(Boolean.class)
			.single();
	}

	/**
	 * Warnings for a list, newest first. {@code scope}: the caller's region and its
	 * ancestors (null: whole city); a warning is listed when its owner is the caller's
	 * region or below ({@code ownedWithin}), or it is in force or ended and owned above.
	 */
	List<Warning> list(Set<String> ownedWithin, Set<String> above, Set<WarningStatus> statuses, int limit, int offset) {
		StringBuilder where = new StringBuilder(" where w.status = any(cast(:statuses as text[]))");
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("statuses", statuses.stream().map(Enum::name).toArray(String[]::new));
		if (ownedWithin != null) {
			where.append(" and (w.owner_region = any(cast(:within as text[]))"
					+ " or (w.owner_region = any(cast(:above as text[])) and w.status not in ('DRAFT', 'APPROVED')))");
			params.put("within", ownedWithin.toArray(String[]::new));
			params.put("above", above.toArray(String[]::new));
		}
		List<Warning.Snapshot> rows = jdbc
			.sql("select " + COLUMNS + " from warning w" + where
					+ " order by w.updated_at desc, w.id limit :limit offset :offset")
			.params(params)
			.param("limit", limit)
			.param("offset", offset)
			.query(WarningRecords::snapshot)
			.list();
		return restore(rows);
	}

	/**
	 * The warnings in force now, newest first (the public feed), with their messages,
	 * read in one transaction.
	 */
	@Transactional(readOnly = true)
	List<Warning> inForce(Instant now) {
		return restore(jdbc
			.sql("select " + COLUMNS + " from warning w where w.status = 'ISSUED'"
					+ " and (w.expires_at is null or w.expires_at > :now) order by w.issued_at desc, w.id")
			.param("now", Timestamp.from(now))
			.query(WarningRecords::snapshot)
			.list());
	}

	/** Issued warnings whose expiry has passed. */
	List<WarningId> expiredBy(Instant now, int limit) {
		return jdbc.sql(
				"select id from warning where status = 'ISSUED' and expires_at <= :now order by expires_at limit :limit")
			.param("now", Timestamp.from(now))
			.param("limit", limit)
			.query(UUID.class)
			.list()
			.stream()
			.map(WarningId::new)
			.toList();
	}

	private List<Warning> restore(List<Warning.Snapshot> rows) {
		Map<UUID, List<Message>> messages = messages(rows.stream().map(s -> s.id().value()).toList());
		return rows.stream()
			.map(s -> Warning.restore(withMessages(s, messages.getOrDefault(s.id().value(), List.of()))))
			.toList();
	}

	private Map<UUID, List<Message>> messages(List<UUID> ids) {
		Map<UUID, List<Message>> byWarning = new HashMap<>();
		if (ids.isEmpty()) {
			return byWarning;
		}
		jdbc.sql("select warning_id, revision, msg_type, identifier, sender, sent_at from warning_message"
				+ " where warning_id = any(cast(:ids as uuid[])) order by warning_id, revision")
			.param("ids", ids.toArray(UUID[]::new))
			.query(rs -> {
				byWarning.computeIfAbsent(rs.getObject("warning_id", UUID.class), k -> new java.util.ArrayList<>())
					.add(new Message(rs.getInt("revision"), rs.getString("msg_type"), rs.getString("identifier"),
							rs.getString("sender"), rs.getTimestamp("sent_at").toInstant()));
			});
		return byWarning;
	}

	void insert(Warning warning) {
		Warning.Snapshot s = warning.snapshot();
		jdbc.sql(
				"""
						insert into warning (id, origin, owner_region, status, event_type, event_name, colour, headline,
						    description, instruction, region_codes, polygon, target_regions, area_description, expires_at,
						    audience_roles, audience_duties, revision, drafted_by, authors, approved_by, approved_at, issued_by,
						    issued_at, cancelled_by, cancelled_at, cancel_reason, expired_at, source, sender_name, cap_xml,
						    created_at, updated_at, version, sources)
						values (:id, :origin, :owner, :status, :eventType, :eventName, :colour, :headline, :description,
						    :instruction, :regions, :polygon, :targets, :areaDescription, :expiresAt, :roles, :duties, :revision,
						    :draftedBy, :authors, :approvedBy, :approvedAt, :issuedBy, :issuedAt, :cancelledBy, :cancelledAt,
						    :cancelReason, :expiredAt, :source, :senderName, :capXml, :createdAt, :updatedAt, 0,
						    case when :origin = 'PROPOSED' and cast(:source as text) is not null
						         then array[cast(:source as text)] else '{}' end)""")
			.params(values(s))
			.param("origin", s.origin().name())
			.param("owner", s.ownerRegion())
			.param("draftedBy", s.draftedBy())
			.param("source", s.source())
			.param("capXml", s.capXml())
			.param("createdAt", ts(s.createdAt()))
			.update();
		appendMessages(warning);
	}

	/**
	 * Writes the warning's new state and messages; the version check refuses a writer
	 * that lost a race.
	 */
	void update(Warning warning) {
		Warning.Snapshot s = warning.snapshot();
		int rows = jdbc
			.sql("""
					update warning set status = :status, event_type = :eventType, event_name = :eventName, colour = :colour,
					    headline = :headline, description = :description, instruction = :instruction,
					    region_codes = :regions, polygon = :polygon, target_regions = :targets,
					    area_description = :areaDescription, expires_at = :expiresAt, audience_roles = :roles,
					    audience_duties = :duties, revision = :revision, authors = :authors, approved_by = :approvedBy,
					    approved_at = :approvedAt, issued_by = :issuedBy, issued_at = :issuedAt, cancelled_by = :cancelledBy,
					    cancelled_at = :cancelledAt, cancel_reason = :cancelReason, expired_at = :expiredAt,
					    sender_name = :senderName, updated_at = :updatedAt, version = version + 1
					where id = :id and version = :version""")
			.params(values(s))
			.param("version", s.version())
			.update();
		if (rows != 1) {
			throw new IllegalWarningMove(
					"Warning " + s.id() + " was changed by someone else in the meantime; reload it.");
		}
		appendMessages(warning);
	}

	private void appendMessages(Warning warning) {
		for (Message m : warning.newMessages()) {
			jdbc.sql("""
					insert into warning_message (warning_id, revision, msg_type, identifier, sender, sent_at)
					values (:warning, :revision, :type, :identifier, :sender, :sent)""")
				.param("warning", warning.id().value())
				.param("revision", m.revision())
				.param("type", m.msgType())
				.param("identifier", m.identifier())
				.param("sender", m.sender())
				.param("sent", ts(m.sentAt()))
				.update();
		}
	}

	private static Map<String, Object> values(Warning.Snapshot s) {
		Content c = s.content();
		Map<String, Object> v = new HashMap<>();
		v.put("id", s.id().value());
		v.put("status", s.status().name());
		v.put("eventType", c.eventType());
		v.put("eventName", c.eventName());
		v.put("colour", c.colour() == null ? null : c.colour().name());
		v.put("headline", c.headline());
		v.put("description", c.description());
		v.put("instruction", c.instruction());
		v.put("regions", c.regionCodes().toArray(String[]::new));
		v.put("polygon", c.polygon());
		v.put("targets", c.targetRegionCodes().toArray(String[]::new));
		v.put("areaDescription", c.areaDescription());
		v.put("expiresAt", ts(c.expiresAt()));
		v.put("roles", c.audienceRoles().stream().map(Enum::name).sorted().toArray(String[]::new));
		v.put("duties", c.audienceDuties().stream().map(Enum::name).sorted().toArray(String[]::new));
		v.put("revision", s.revision());
		v.put("authors", s.authors().toArray(String[]::new));
		v.put("approvedBy", s.approvedBy());
		v.put("approvedAt", ts(s.approvedAt()));
		v.put("issuedBy", s.issuedBy());
		v.put("issuedAt", ts(s.issuedAt()));
		v.put("cancelledBy", s.cancelledBy());
		v.put("cancelledAt", ts(s.cancelledAt()));
		v.put("cancelReason", s.cancelReason());
		v.put("expiredAt", ts(s.expiredAt()));
		v.put("senderName", s.senderName());
		v.put("updatedAt", ts(s.updatedAt()));
		return v;
	}

	private static Warning.Snapshot withMessages(Warning.Snapshot s, List<Message> messages) {
		return new Warning.Snapshot(s.id(), s.origin(), s.ownerRegion(), s.status(), s.content(), s.revision(),
				s.draftedBy(), s.authors(), s.approvedBy(), s.approvedAt(), s.issuedBy(), s.issuedAt(), s.cancelledBy(),
				s.cancelledAt(), s.cancelReason(), s.expiredAt(), s.source(), s.senderName(), s.capXml(), s.createdAt(),
				s.updatedAt(), s.version(), messages);
	}

	private static Warning.Snapshot snapshot(ResultSet rs, int row) throws SQLException {
		String colour = rs.getString("colour");
		Content content = new Content(rs.getString("event_type"), rs.getString("event_name"),
				colour == null ? null : Colour.valueOf(colour), rs.getString("headline"), rs.getString("description"),
				rs.getString("instruction"), strings(rs.getArray("region_codes")), rs.getString("polygon"),
				strings(rs.getArray("target_regions")), rs.getString("area_description"), instant(rs, "expires_at"),
				strings(rs.getArray("audience_roles")).stream()
					.map(PersonRole::valueOf)
					.collect(Collectors.toCollection(() -> EnumSet.noneOf(PersonRole.class))),
				strings(rs.getArray("audience_duties")).stream()
					.map(ResponsibilityType::valueOf)
					.collect(Collectors.toCollection(() -> EnumSet.noneOf(ResponsibilityType.class))));
		return new Warning.Snapshot(new WarningId(rs.getObject("id", UUID.class)),
				Warning.Origin.valueOf(rs.getString("origin")), rs.getString("owner_region"),
				WarningStatus.valueOf(rs.getString("status")), content, rs.getInt("revision"),
				rs.getString("drafted_by"), strings(rs.getArray("authors")), rs.getString("approved_by"),
				instant(rs, "approved_at"), rs.getString("issued_by"), instant(rs, "issued_at"),
				rs.getString("cancelled_by"), instant(rs, "cancelled_at"), rs.getString("cancel_reason"),
				instant(rs, "expired_at"), rs.getString("source"), rs.getString("sender_name"), rs.getString("cap_xml"),
				instant(rs, "created_at"), instant(rs, "updated_at"), rs.getInt("version"), List.of());
	}

	private static List<String> strings(Array array) throws SQLException {
		return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp t = rs.getTimestamp(column);
		return t == null ? null : t.toInstant();
	}

	static Timestamp ts(Instant instant) {
		return instant == null ? null : Timestamp.from(instant);
	}

}
