package org.forewarn.resource;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.forewarn.platform.SqlFilter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The dispatches, in tables {@code dispatch} and {@code dispatch_step}. */
@Repository
class Dispatches {

	private static final String COLUMNS = "id, resource_id, quantity, returned_quantity, incident_id, latitude, longitude,"
			+ " status, requested_by, requester_region, purpose, created_at, updated_at";

	record DispatchStep(String status, Instant at, String by, String note) {
	}

	private final JdbcClient jdbc;

	Dispatches(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Dispatch> find(UUID id) {
		return jdbc.sql("select " + COLUMNS + " from dispatch where id = :id")
			.param("id", id)
			.query(Dispatches::map)
			.optional();
	}

	Optional<Dispatch> lock(UUID id) {
		return jdbc.sql("select " + COLUMNS + " from dispatch where id = :id for update")
			.param("id", id)
			.query(Dispatches::map)
			.optional();
	}

	Optional<UUID> byKey(String requestedBy, String key) {
		return jdbc.sql("select id from dispatch where requested_by = :by and idempotency_key = :key")
			.param("by", requestedBy)
			.param("key", key)
			.query(UUID.class)
			.optional();
	}

	/**
	 * Whether this user requested the resource and it is approved, dispatched or arrived
	 * (not yet back).
	 */
	boolean underWayFor(String requestedBy, UUID resourceId) {
		return jdbc.sql("""
				select exists(select 1 from dispatch where resource_id = :resource and requested_by = :by
				                 and status in ('APPROVED', 'DISPATCHED', 'ARRIVED'))""")
			.param("resource", resourceId)
			.param("by", requestedBy)
			.query(Boolean.class)
			.single();
	}

	/**
	 * Inserts; false when the requester used this idempotency key already (a concurrent
	 * replay).
	 */
	boolean insert(Dispatch d, String key) {
		return jdbc
			.sql("""
					insert into dispatch (id, resource_id, quantity, incident_id, latitude, longitude, status, requested_by,
					    requester_region, purpose, idempotency_key, created_at, updated_at)
					values (:id, :resource, :quantity, :incident, :lat, :lon, :status, :by, :region, :purpose, :key, :at, :at)
					on conflict (requested_by, idempotency_key) do nothing""")
			.param("id", d.id())
			.param("resource", d.resourceId())
			.param("quantity", d.quantity())
			.param("incident", d.incidentId(), Types.OTHER)
			.param("lat", d.latitude())
			.param("lon", d.longitude())
			.param("status", d.status().name())
			.param("by", d.requestedBy())
			.param("region", d.requesterRegion())
			.param("purpose", d.purpose(), Types.VARCHAR)
			.param("key", key, Types.VARCHAR)
			.param("at", Timestamp.from(d.createdAt()))
			.update() == 1;
	}

	void update(Dispatch d) {
		jdbc.sql("update dispatch set status = :status, returned_quantity = :returned, updated_at = :at where id = :id")
			.param("id", d.id())
			.param("status", d.status().name())
			.param("returned", d.returnedQuantity(), Types.INTEGER)
			.param("at", Timestamp.from(d.updatedAt()))
			.update();
	}

	void step(Dispatch d, String by, String note) {
		jdbc.sql("""
				insert into dispatch_step (dispatch_id, seq, status, at, by_user, note)
				values (:id, (select count(*) from dispatch_step where dispatch_id = :id), :status, :at, :by, :note)""")
			.param("id", d.id())
			.param("status", d.status().name())
			.param("at", Timestamp.from(d.updatedAt()))
			.param("by", by)
			.param("note", note, Types.VARCHAR)
			.update();
	}

	List<DispatchStep> steps(UUID id) {
		return jdbc.sql("select status, at, by_user, note from dispatch_step where dispatch_id = :id order by seq")
			.param("id", id)
			.query((rs, n) -> new DispatchStep(rs.getString(1), rs.getTimestamp(2).toInstant(), rs.getString(3),
					rs.getString(4)))
			.list();
	}

	/**
	 * Dispatches the caller sees: those they or their area requested, and those of
	 * resources in their area ({@code scope} null: all).
	 */
	List<Dispatch> search(String scope, String me, String status, UUID incidentId, UUID resourceId, int limit) {
		SqlFilter where = new SqlFilter()
			.and("(d.requester_region = :scope or :scope = any(r.region_path) or d.requested_by = :me)", "scope", scope)
			.and("d.status = :status", "status", status)
			.and("d.incident_id = :incident", "incident", incidentId)
			.and("d.resource_id = :resource", "resource", resourceId);
		if (scope != null) {
			where.param("me", me);
		}
		return jdbc
			.sql("select d.* from dispatch d join resource r on r.id = d.resource_id" + where
					+ " order by d.created_at desc limit :limit")
			.params(where.params())
			.param("limit", limit)
			.query(Dispatches::map)
			.list();
	}

	static Dispatch map(ResultSet rs, int row) throws SQLException {
		return new Dispatch(rs.getObject("id", UUID.class), rs.getObject("resource_id", UUID.class),
				rs.getInt("quantity"), rs.getObject("incident_id", UUID.class),
				new Dispatch.Destination(rs.getDouble("latitude"), rs.getDouble("longitude"), rs.getString("purpose")),
				new Dispatch.Requester(rs.getString("requested_by"), rs.getString("requester_region")),
				new Dispatch.Progress(DispatchStatus.valueOf(rs.getString("status")),
						(Integer) rs.getObject("returned_quantity"), rs.getTimestamp("created_at").toInstant(),
						rs.getTimestamp("updated_at").toInstant()));
	}

}
