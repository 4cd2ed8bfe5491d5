package org.forewarn.hazard;

import java.io.IOException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.forewarn.platform.Attachments;
import org.forewarn.platform.Refusal;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.web.multipart.MultipartFile;

/**
 * Photos of hazards and of their checks and fixes. Only real images are kept: the type is
 * read from the file's first bytes, never from the name or the declared content type.
 */
@Repository
class Photos {

	static final int MAX_BYTES = 5 * 1024 * 1024;
	static final int MAX_PER_REQUEST = 6;

	/** A checked image, not yet stored. */
	record Photo(byte[] data, String contentType, String sha256) {
	}

	/** What is known of a kept photo, without its bytes. */
	record Metadata(UUID id, UUID orderId, String contentType, int size, String uploadedBy, Instant uploadedAt) {
	}

	private final JdbcClient jdbc;

	Photos(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Checks every file before anything is written; a bad one rejects the whole request.
	 */
	static List<Photo> check(List<MultipartFile> files, String field) {
		List<Photo> photos = new ArrayList<>();
		if (files == null) {
			return photos;
		}
		List<MultipartFile> present = files.stream().filter(f -> f != null && !f.isEmpty()).toList();
		if (present.size() > MAX_PER_REQUEST) {
			throw new ReportRejected(Refusal.TOO_LARGE, field,
					"At most " + MAX_PER_REQUEST + " photos per request (got " + present.size() + ").");
		}
		for (int i = 0; i < present.size(); i++) {
			MultipartFile file = present.get(i);
			String name = field + "[" + i + "]";
			if (file.getSize() > MAX_BYTES) {
				throw new ReportRejected(Refusal.TOO_LARGE, name, "Photo '" + file.getOriginalFilename() + "' is "
						+ file.getSize() / 1024 + " KB; the limit is " + MAX_BYTES / 1024 / 1024 + " MB.");
			}
			try {
				photos.add(image(file.getBytes(), name, file.getOriginalFilename()));
			}
			catch (IOException e) {
				throw new ReportRejected(Refusal.INVALID, name, "Photo could not be read: " + e.getMessage());
			}
		}
		return photos;
	}

	static Photo image(byte[] data, String field, String fileName) {
		String type = Attachments.image(data);
		if (type == null) {
			throw new ReportRejected(Refusal.UNSUPPORTED_TYPE, field,
					"'" + fileName + "' is not a JPEG, PNG, GIF or WebP image.");
		}
		return new Photo(data, type, Attachments.sha256(data));
	}

	UUID store(UUID orderId, UUID reportId, Photo photo, String by, Instant now) {
		UUID id = UUID.randomUUID();
		jdbc.sql(
				"""
						insert into hazard_photo (id, order_id, report_id, content_type, size_bytes, sha256, data, uploaded_by, uploaded_at)
						values (:id, :order, :report, :type, :size, :sha, :data, :by, :at)""")
			.param("id", id)
			.param("order", orderId)
			.param("report", reportId)
			.param("type", photo.contentType())
			.param("size", photo.data().length)
			.param("sha", photo.sha256())
			.param("data", photo.data())
			.param("by", by)
			.param("at", Timestamp.from(now))
			.update();
		return id;
	}

	List<Metadata> ofOrder(UUID orderId) {
		return jdbc.sql("""
				select id, order_id, content_type, size_bytes, uploaded_by, uploaded_at from hazard_photo
				where order_id = :order order by uploaded_at, id""")
			.param("order", orderId)
			.query((rs, n) -> new Metadata(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
					rs.getInt(4), rs.getString(5), rs.getTimestamp(6).toInstant()))
			.list();
	}

	Optional<Metadata> find(UUID id) {
		return jdbc
			.sql("""
					select id, order_id, content_type, size_bytes, uploaded_by, uploaded_at from hazard_photo where id = :id""")
			.param("id", id)
			.query((rs, n) -> new Metadata(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
					rs.getInt(4), rs.getString(5), rs.getTimestamp(6).toInstant()))
			.optional();
	}

	byte[] data(UUID id) {
		return jdbc.sql("select data from hazard_photo where id = :id").param("id", id).query(byte[].class).single();
	}

}
