package org.forewarn.hazard;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The reports as they arrived, each linked to the order it opened or joined. */
@Repository
class HazardReports {

	record Report(UUID id, DisposalOrderId orderId, Channel channel, String trackingCode, UUID reporterUserId,
			String reporterName, String contact, String description, Double latitude, Double longitude, String address,
			String externalRef, boolean duplicate, Instant receivedAt, String clientAddress) {
	}

	private static final String COLUMNS = """
			id, order_id, channel, tracking_code, reporter_user_id, reporter_name, contact, description, latitude,
			longitude, address, external_ref, duplicate, received_at, client_address""";

	private final JdbcClient jdbc;

	HazardReports(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(Report r) {
		jdbc.sql("insert into hazard_report (" + COLUMNS
				+ """
						) values (:id, :order, :channel, :tracking, :reporter, :reporterName, :contact, :description, :lat, :lon,
						    :address, :externalRef, :duplicate, :receivedAt, :client)""")
			.param("id", r.id())
			.param("order", r.orderId().value())
			.param("channel", r.channel().name())
			.param("tracking", r.trackingCode())
			.param("reporter", r.reporterUserId())
			.param("reporterName", r.reporterName())
			.param("contact", r.contact())
			.param("description", r.description())
			.param("lat", r.latitude())
			.param("lon", r.longitude())
			.param("address", r.address())
			.param("externalRef", r.externalRef())
			.param("duplicate", r.duplicate())
			.param("receivedAt", Timestamp.from(r.receivedAt()))
			.param("client", r.clientAddress())
			.update();
	}

	Optional<Report> byTrackingCode(String code) {
		return jdbc.sql("select " + COLUMNS + " from hazard_report where tracking_code = :code")
			.param("code", code)
			.query((rs, n) -> report(rs))
			.optional();
	}

	/**
	 * Claims a channel's external reference until this transaction ends: the same alarm
	 * delivered twice at once waits here and then finds the first delivery's report,
	 * instead of opening a second order and failing on the index.
	 */
	void claimExternalRef(Channel channel, String externalRef) {
		jdbc.sql("select pg_advisory_xact_lock(hashtextextended(:claim, 0))")
			.param("claim", "hazard_report\u001f" + channel.name() + "\u001f" + externalRef)
			.query((rs, n) -> 1)
			.list();
	}

	Optional<Report> byExternalRef(Channel channel, String externalRef) {
		return jdbc.sql("select " + COLUMNS + " from hazard_report where channel = :channel and external_ref = :ref")
			.param("channel", channel.name())
			.param("ref", externalRef)
			.query((rs, n) -> report(rs))
			.optional();
	}

	List<Report> ofOrder(DisposalOrderId order) {
		return jdbc.sql("select " + COLUMNS + " from hazard_report where order_id = :order order by received_at, id")
			.param("order", order.value())
			.query((rs, n) -> report(rs))
			.list();
	}

	boolean reportedBy(DisposalOrderId order, UUID userId) {
		return userId != null && jdbc
			.sql("select exists (select 1 from hazard_report where order_id = :order and reporter_user_id = :user)")
			.param("order", order.value())
			.param("user", userId)
			.query(Boolean.class)
			.single();
	}

	private static Report report(ResultSet rs) throws SQLException {
		return new Report(rs.getObject("id", UUID.class), new DisposalOrderId(rs.getObject("order_id", UUID.class)),
				Channel.valueOf(rs.getString("channel")), rs.getString("tracking_code"),
				rs.getObject("reporter_user_id", UUID.class), rs.getString("reporter_name"), rs.getString("contact"),
				rs.getString("description"), DisposalOrders.nullableDouble(rs, "latitude"),
				DisposalOrders.nullableDouble(rs, "longitude"), rs.getString("address"), rs.getString("external_ref"),
				rs.getBoolean("duplicate"), rs.getTimestamp("received_at").toInstant(), rs.getString("client_address"));
	}

}
