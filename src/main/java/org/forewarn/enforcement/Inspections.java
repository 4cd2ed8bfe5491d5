package org.forewarn.enforcement;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Inspection records 检查记录 with their checklist results, findings and photos, in plain
 * SQL.
 */
@Repository
class Inspections {

	enum Result {

		PASS, FAIL, NOT_APPLICABLE

	}

	record Inspection(UUID id, String number, String uscc, String enterprise, String districtCode,
			String departmentCode, List<String> inspectors, Instant inspectedAt, Double latitude, Double longitude,
			String address, String conclusion, UUID dueId, String caseCode, String createdBy, Instant createdAt) {
	}

	record ItemResult(String itemCode, String itemText, Result result, String note) {
	}

	record Finding(int findingNo, String description, String itemCode, String categoryCode, String grade,
			String hazardRef, boolean toCase) {
	}

	record InspectionPhoto(UUID id, Integer findingNo, String contentType, int size, String sha256, String uploadedBy,
			Instant uploadedAt) {
	}

	private static final String COLUMNS = """
			id, number, uscc, enterprise, district_code, department_code, inspectors, inspected_at, latitude, longitude,
			address, conclusion, due_id, case_code, created_by, created_at""";

	private final JdbcClient jdbc;

	Inspections(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(Inspection i, UUID createdById, String idempotencyKey, List<ItemResult> items, List<Finding> findings) {
		jdbc.sql(
				"""
						insert into inspection (id, number, uscc, enterprise, district_code, department_code, inspectors,
						    inspected_at, latitude, longitude, address, conclusion, due_id, case_code, created_by, created_by_id,
						    idempotency_key, created_at)
						values (:id, :number, :uscc, :enterprise, :district, :department, :inspectors, :at, :lat, :lon, :address,
						    :conclusion, :due, :case, :by, :byId, :key, :createdAt)""")
			.param("id", i.id())
			.param("number", i.number())
			.param("uscc", i.uscc())
			.param("enterprise", i.enterprise())
			.param("district", i.districtCode())
			.param("department", i.departmentCode())
			.param("inspectors", i.inspectors().toArray(String[]::new))
			.param("at", Timestamp.from(i.inspectedAt()))
			.param("lat", i.latitude())
			.param("lon", i.longitude())
			.param("address", i.address())
			.param("conclusion", i.conclusion())
			.param("due", i.dueId())
			.param("case", i.caseCode())
			.param("by", i.createdBy())
			.param("byId", createdById)
			.param("key", idempotencyKey)
			.param("createdAt", Timestamp.from(i.createdAt()))
			.update();
		for (ItemResult item : items) {
			jdbc.sql("""
					insert into inspection_item (inspection_id, item_code, item_text, result, note)
					values (:id, :code, :text, :result, :note)""")
				.param("id", i.id())
				.param("code", item.itemCode())
				.param("text", item.itemText())
				.param("result", item.result().name())
				.param("note", item.note())
				.update();
		}
		for (Finding f : findings) {
			jdbc.sql("""
					insert into inspection_finding (inspection_id, finding_no, description, item_code, category_code,
					    grade, hazard_ref, to_case)
					values (:id, :no, :description, :item, :category, :grade, :hazardRef, :toCase)""")
				.param("id", i.id())
				.param("no", f.findingNo())
				.param("description", f.description())
				.param("item", f.itemCode())
				.param("category", f.categoryCode())
				.param("grade", f.grade())
				.param("hazardRef", f.hazardRef())
				.param("toCase", f.toCase())
				.update();
		}
	}

	void linkCase(UUID inspectionId, String caseCode) {
		jdbc.sql("update inspection set case_code = :code where id = :id")
			.param("code", caseCode)
			.param("id", inspectionId)
			.update();
	}

	Optional<Inspection> byNumber(String number) {
		return jdbc.sql("select " + COLUMNS + " from inspection where number = :number")
			.param("number", number)
			.query((rs, n) -> inspection(rs))
			.optional();
	}

	/** Locks the record: linking it to a case happens once. */
	Optional<Inspection> lockByNumber(String number) {
		return jdbc.sql("select " + COLUMNS + " from inspection where number = :number for update")
			.param("number", number)
			.query((rs, n) -> inspection(rs))
			.optional();
	}

	/**
	 * Claims an inspector's Idempotency-Key until this transaction ends (see
	 * {@link Cases#claimIdempotencyKey}).
	 */
	void claimIdempotencyKey(String createdBy, String key) {
		jdbc.sql("select pg_advisory_xact_lock(hashtextextended(:claim, 0))")
			.param("claim", "inspection\u001f" + createdBy + "\u001f" + key)
			.query((rs, n) -> 1)
			.list();
	}

	Optional<Inspection> byIdempotencyKey(String createdBy, String key) {
		return jdbc.sql("select " + COLUMNS + " from inspection where created_by = :by and idempotency_key = :key")
			.param("by", createdBy)
			.param("key", key)
			.query((rs, n) -> inspection(rs))
			.optional();
	}

	List<Inspection> ofCase(String caseCode) {
		return jdbc.sql("select " + COLUMNS + " from inspection where case_code = :code order by inspected_at")
			.param("code", caseCode)
			.query((rs, n) -> inspection(rs))
			.list();
	}

	/**
	 * The newest records, optionally of some districts, one enterprise or matching a
	 * number/name.
	 */
	List<Inspection> list(Optional<List<String>> districts, String uscc, String q, int limit, int offset) {
		StringBuilder sql = new StringBuilder("select " + COLUMNS + " from inspection where true");
		if (districts.isPresent()) {
			sql.append(" and district_code = any(:districts)");
		}
		if (uscc != null) {
			sql.append(" and uscc = :uscc");
		}
		if (q != null) {
			sql.append(" and (number ilike :q or enterprise ilike :q or uscc ilike :q)");
		}
		sql.append(" order by inspected_at desc, number desc limit :limit offset :offset");
		var spec = jdbc.sql(sql.toString()).param("limit", limit).param("offset", offset);
		if (districts.isPresent()) {
			spec = spec.param("districts", districts.get().toArray(String[]::new));
		}
		if (uscc != null) {
			spec = spec.param("uscc", uscc);
		}
		if (q != null) {
			spec = spec.param("q", "%" + q.replace("%", "\\%").replace("_", "\\_") + "%");
		}
		return spec.query((rs, n) -> inspection(rs)).list();
	}

	List<ItemResult> items(UUID inspectionId) {
		return jdbc
			.sql("""
					select item_code, item_text, result, note from inspection_item where inspection_id = :id order by item_code""")
			.param("id", inspectionId)
			.query((rs, n) -> new ItemResult(rs.getString(1), rs.getString(2), Result.valueOf(rs.getString(3)),
					rs.getString(4)))
			.list();
	}

	List<Finding> findings(UUID inspectionId) {
		return jdbc.sql("""
				select finding_no, description, item_code, category_code, grade, hazard_ref, to_case
				from inspection_finding where inspection_id = :id order by finding_no""")
			.param("id", inspectionId)
			.query((rs, n) -> new Finding(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getString(5), rs.getString(6), rs.getBoolean(7)))
			.list();
	}

	/** Counts of failed items and findings per inspection, for lists. */
	int failures(UUID inspectionId) {
		return jdbc.sql("select count(*) from inspection_item where inspection_id = :id and result = 'FAIL'")
			.param("id", inspectionId)
			.query(Integer.class)
			.single();
	}

	String districtOf(UUID inspectionId) {
		return jdbc.sql("select district_code from inspection where id = :id")
			.param("id", inspectionId)
			.query(String.class)
			.optional()
			.orElse(null);
	}

	// photos

	UUID storePhoto(Uploads.Checked photo, String by, Instant now) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into inspection_photo (id, content_type, size_bytes, sha256, data, uploaded_by, uploaded_at)
				values (:id, :type, :size, :sha, :data, :by, :at)""")
			.param("id", id)
			.param("type", photo.contentType())
			.param("size", photo.data().length)
			.param("sha", photo.sha256())
			.param("data", photo.data())
			.param("by", by)
			.param("at", Timestamp.from(now))
			.update();
		return id;
	}

	/**
	 * Attaches an uploaded, not yet attached photo of this user to a finding; false if
	 * there is no such photo.
	 */
	boolean attachPhoto(UUID photoId, String by, UUID inspectionId, int findingNo) {
		return jdbc.sql("""
				update inspection_photo set inspection_id = :inspection, finding_no = :finding
				where id = :id and uploaded_by = :by and inspection_id is null""")
			.param("inspection", inspectionId)
			.param("finding", findingNo)
			.param("id", photoId)
			.param("by", by)
			.update() == 1;
	}

	List<InspectionPhoto> photos(UUID inspectionId) {
		return jdbc.sql("""
				select id, finding_no, content_type, size_bytes, sha256, uploaded_by, uploaded_at from inspection_photo
				where inspection_id = :id order by finding_no, uploaded_at""")
			.param("id", inspectionId)
			.query((rs, n) -> new InspectionPhoto(rs.getObject(1, UUID.class), (Integer) rs.getObject(2),
					rs.getString(3), rs.getInt(4), rs.getString(5), rs.getString(6), rs.getTimestamp(7).toInstant()))
			.list();
	}

	record PhotoData(UUID inspectionId, String uploadedBy, String contentType, String sha256, byte[] data) {
	}

	Optional<PhotoData> photo(UUID id) {
		return jdbc
			.sql("select inspection_id, uploaded_by, content_type, sha256, data from inspection_photo where id = :id")
			.param("id", id)
			.query((rs, n) -> new PhotoData(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
					rs.getString(4), rs.getBytes(5)))
			.optional();
	}

	private static Inspection inspection(ResultSet rs) throws SQLException {
		return new Inspection(rs.getObject("id", UUID.class), rs.getString("number"), rs.getString("uscc"),
				rs.getString("enterprise"), rs.getString("district_code"), rs.getString("department_code"),
				strings(rs.getArray("inspectors")), rs.getTimestamp("inspected_at").toInstant(),
				(Double) rs.getObject("latitude"), (Double) rs.getObject("longitude"), rs.getString("address"),
				rs.getString("conclusion"), rs.getObject("due_id", UUID.class), rs.getString("case_code"),
				rs.getString("created_by"), rs.getTimestamp("created_at").toInstant());
	}

	static List<String> strings(Array array) throws SQLException {
		return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
	}

}
