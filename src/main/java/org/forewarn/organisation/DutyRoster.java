package org.forewarn.organisation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The duty rosters (table {@code duty_shift}) and the handover log
 * ({@code duty_handover}) of the command centres.
 */
@Repository
class DutyRoster {

	/** A shift with its person (phone masked). */
	record Shift(UUID id, String centreCode, DutyPosition position, UUID personId, String personName,
			String maskedPhone, Instant startsAt, Instant endsAt, String createdBy) {
	}

	record Handover(UUID id, String centreCode, UUID outgoingPerson, String outgoingName, UUID incomingPerson,
			String incomingName, String notes, List<String> openItems, Instant handedOverAt, String recordedBy) {
	}

	private static final String SHIFT = """
			select s.id, s.centre_code, s.position, s.person_id, p.name, p.phone, s.starts_at, s.ends_at, s.created_by
			  from duty_shift s join person p on p.id = s.person_id""";

	private final JdbcClient jdbc;

	DutyRoster(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The shifts covering an instant at these centres (all centres when null). */
	List<Shift> onShift(Instant at, Collection<String> centres) {
		return jdbc
			.sql(SHIFT + " where s.starts_at <= :at and s.ends_at > :at"
					+ (centres == null ? "" : " and s.centre_code = any(cast(:centres as text[]))")
					+ " order by s.centre_code, s.position, p.name")
			.param("at", Timestamp.from(at))
			.params(centres == null ? java.util.Map.of() : java.util.Map.of("centres", centres.toArray(String[]::new)))
			.query(DutyRoster::shift)
			.list();
	}

	/** Shifts of one centre that overlap [from, to). */
	List<Shift> between(String centre, Instant from, Instant to) {
		return jdbc
			.sql(SHIFT + " where s.centre_code = :centre and s.starts_at < :to and s.ends_at > :from"
					+ " order by s.starts_at, s.position, p.name")
			.param("centre", centre)
			.param("from", Timestamp.from(from))
			.param("to", Timestamp.from(to))
			.query(DutyRoster::shift)
			.list();
	}

	Optional<Shift> find(UUID id) {
		return jdbc.sql(SHIFT + " where s.id = :id").param("id", id).query(DutyRoster::shift).optional();
	}

	/** Whether the person already has a shift at this centre overlapping [from, to). */
	boolean overlaps(String centre, UUID person, Instant from, Instant to) {
		return jdbc.sql("""
				select exists(select 1 from duty_shift where centre_code = :centre and person_id = :person
				               and starts_at < :to and ends_at > :from)""")
			.param("centre", centre)
			.param("person", person)
			.param("from", Timestamp.from(from))
			.param("to", Timestamp.from(to))
			.query(Boolean.class)
			.single();
	}

	/** Inserts; false when the id exists (a replayed generation). */
	boolean insert(UUID id, String centre, DutyPosition position, UUID person, Instant from, Instant to, String by,
			Instant now) {
		return jdbc
			.sql("""
					insert into duty_shift (id, centre_code, position, person_id, starts_at, ends_at, created_by, created_at)
					values (:id, :centre, :position, :person, :from, :to, :by, :now) on conflict do nothing""")
			.param("id", id)
			.param("centre", centre)
			.param("position", position.name())
			.param("person", person)
			.param("from", Timestamp.from(from))
			.param("to", Timestamp.from(to))
			.param("by", by)
			.param("now", Timestamp.from(now))
			.update() == 1;
	}

	boolean delete(UUID id) {
		return jdbc.sql("delete from duty_shift where id = :id").param("id", id).update() == 1;
	}

	void insertHandover(UUID id, String centre, UUID outgoing, UUID incoming, String notes, List<String> openItems,
			Instant at, String by) {
		jdbc.sql("""
				insert into duty_handover (id, centre_code, outgoing_person, incoming_person, notes, open_items,
				    handed_over_at, recorded_by)
				values (:id, :centre, :out, :in, :notes, :items, :at, :by)""")
			.param("id", id)
			.param("centre", centre)
			.param("out", outgoing)
			.param("in", incoming)
			.param("notes", notes)
			.param("items", openItems.toArray(String[]::new))
			.param("at", Timestamp.from(at))
			.param("by", by)
			.update();
	}

	List<Handover> handovers(Collection<String> centres, int limit) {
		return jdbc
			.sql("""
					select h.id, h.centre_code, h.outgoing_person, o.name as outgoing_name, h.incoming_person,
					       i.name as incoming_name, h.notes, h.open_items, h.handed_over_at, h.recorded_by
					  from duty_handover h join person o on o.id = h.outgoing_person join person i on i.id = h.incoming_person
					 where h.centre_code = any(cast(:centres as text[]))
					 order by h.handed_over_at desc limit :limit""")
			.param("centres", centres.toArray(String[]::new))
			.param("limit", limit)
			.query((rs, n) -> new Handover(rs.getObject("id", UUID.class), rs.getString("centre_code"),
					rs.getObject("outgoing_person", UUID.class), rs.getString("outgoing_name"),
					rs.getObject("incoming_person", UUID.class), rs.getString("incoming_name"), rs.getString("notes"),
					List.of((String[]) rs.getArray("open_items").getArray()),
					rs.getTimestamp("handed_over_at").toInstant(), rs.getString("recorded_by")))
			.list();
	}

	private static Shift shift(ResultSet rs, int row) throws SQLException {
		return new Shift(rs.getObject("id", UUID.class), rs.getString("centre_code"),
				DutyPosition.valueOf(rs.getString("position")), rs.getObject("person_id", UUID.class),
				rs.getString("name"), new MobileNumber(rs.getString("phone")).masked(),
				rs.getTimestamp("starts_at").toInstant(), rs.getTimestamp("ends_at").toInstant(),
				rs.getString("created_by"));
	}

}
