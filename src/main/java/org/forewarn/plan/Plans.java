package org.forewarn.plan;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Tables {@code plan}, {@code plan_version} and {@code plan_reference}. */
@Repository
class Plans {

	record PlanRow(UUID id, String code, String name, String level, String regionCode, String category,
			String createdBy, Instant createdAt) {
	}

	private static final String VERSION_COLUMNS = """
			v.id, v.plan_id, p.code, p.name, p.level, p.region_code, v.number, v.status, v.content::text as content,
			v.reason, v.origin_kind, v.origin_id, v.author, v.submitted_by, v.approved_by, v.approved_at,
			v.published_at, v.created_at, v.editors""";

	private final JdbcClient jdbc;

	private final JsonMapper json;

	Plans(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	void insertPlan(PlanRow plan) {
		jdbc.sql("""
				insert into plan (id, code, name, level, region_code, category, created_by, created_at)
				values (:id, :code, :name, :level, :region, :category, :by, :at)""")
			.param("id", plan.id())
			.param("code", plan.code())
			.param("name", plan.name())
			.param("level", plan.level())
			.param("region", plan.regionCode())
			.param("category", plan.category())
			.param("by", plan.createdBy())
			.param("at", Timestamp.from(plan.createdAt()))
			.update();
	}

	boolean codeTaken(String code) {
		return jdbc.sql("select count(*) from plan where code = :code")
			.param("code", code)
			.query(Long.class)
			.single() > 0;
	}

	Optional<PlanRow> plan(UUID id) {
		return jdbc
			.sql("select id, code, name, level, region_code, category, created_by, created_at from plan where id = :id")
			.param("id", id)
			.query(Plans::planRow)
			.optional();
	}

	Optional<PlanRow> planForUpdate(UUID id) {
		return jdbc.sql(
				"select id, code, name, level, region_code, category, created_by, created_at from plan where id = :id for update")
			.param("id", id)
			.query(Plans::planRow)
			.optional();
	}

	List<PlanRow> plans() {
		return jdbc.sql(
				"select id, code, name, level, region_code, category, created_by, created_at from plan order by level, code")
			.query(Plans::planRow)
			.list();
	}

	private static PlanRow planRow(ResultSet rs, int n) throws SQLException {
		return new PlanRow(rs.getObject("id", UUID.class), rs.getString("code"), rs.getString("name"),
				rs.getString("level"), rs.getString("region_code"), rs.getString("category"),
				rs.getString("created_by"), rs.getTimestamp("created_at").toInstant());
	}

	/**
	 * What a revision grew out of: an after-action review of an incident or drill (kind
	 * and id), else nothing.
	 */
	record VersionOrigin(String kind, String id) {
	}

	/**
	 * A new draft version; {@code origin} null for a plan's first version or a revision
	 * nothing prompted.
	 */
	void insertVersion(UUID id, UUID planId, int number, PlanContent content, String reason, VersionOrigin origin,
			String author, Instant now) {
		jdbc.sql("""
				insert into plan_version (id, plan_id, number, status, content, reason, origin_kind, origin_id, author,
				  editors, created_at, updated_at)
				values (:id, :plan, :number, 'DRAFT', cast(:content as jsonb), :reason, :ok, :oid, :author,
				  array[:author], :now, :now)""")
			.param("id", id)
			.param("plan", planId)
			.param("number", number)
			.param("content", write(content))
			.param("reason", reason)
			.param("ok", origin == null ? null : origin.kind())
			.param("oid", origin == null ? null : origin.id())
			.param("author", author)
			.param("now", Timestamp.from(now))
			.update();
	}

	int nextNumber(UUID planId) {
		return jdbc.sql("select coalesce(max(number), 0) + 1 from plan_version where plan_id = :plan")
			.param("plan", planId)
			.query(Integer.class)
			.single();
	}

	void edit(UUID versionId, PlanContent content, String reason, String by, Instant now) {
		jdbc.sql("""
				update plan_version set content = cast(:content as jsonb), reason = :reason, updated_at = :now,
				  editors = case when :by = any(editors) then editors else editors || array[:by]::text[] end
				where id = :id""")
			.param("content", write(content))
			.param("reason", reason)
			.param("now", Timestamp.from(now))
			.param("by", by)
			.param("id", versionId)
			.update();
	}

	void submit(UUID versionId, String by, Instant now) {
		jdbc.sql("update plan_version set status = 'REVIEW', submitted_by = :by, updated_at = :now where id = :id")
			.param("by", by)
			.param("now", Timestamp.from(now))
			.param("id", versionId)
			.update();
	}

	void returnToDraft(UUID versionId, Instant now) {
		jdbc.sql("update plan_version set status = 'DRAFT', updated_at = :now where id = :id")
			.param("now", Timestamp.from(now))
			.param("id", versionId)
			.update();
	}

	void publish(UUID planId, UUID versionId, String by, Instant now) {
		jdbc.sql(
				"update plan_version set status = 'SUPERSEDED', updated_at = :now where plan_id = :plan and status = 'PUBLISHED'")
			.param("now", Timestamp.from(now))
			.param("plan", planId)
			.update();
		jdbc.sql(
				"""
						update plan_version set status = 'PUBLISHED', approved_by = :by, approved_at = :now, published_at = :now,
						  updated_at = :now where id = :id""")
			.param("by", by)
			.param("now", Timestamp.from(now))
			.param("id", versionId)
			.update();
	}

	List<Versioned> versions(UUID planId) {
		return jdbc
			.sql("select " + VERSION_COLUMNS
					+ " from plan_version v join plan p on p.id = v.plan_id where v.plan_id = :plan order by v.number")
			.param("plan", planId)
			.query(this::versionRow)
			.list();
	}

	Optional<Versioned> version(UUID planId, int number) {
		return jdbc
			.sql("select " + VERSION_COLUMNS
					+ " from plan_version v join plan p on p.id = v.plan_id where v.plan_id = :plan and v.number = :n")
			.param("plan", planId)
			.param("n", number)
			.query(this::versionRow)
			.optional();
	}

	Optional<Versioned> version(UUID versionId) {
		return jdbc
			.sql("select " + VERSION_COLUMNS + " from plan_version v join plan p on p.id = v.plan_id where v.id = :id")
			.param("id", versionId)
			.query(this::versionRow)
			.optional();
	}

	List<Versioned> published() {
		return jdbc.sql("select " + VERSION_COLUMNS
				+ " from plan_version v join plan p on p.id = v.plan_id where v.status = 'PUBLISHED' order by p.level, p.code")
			.query(this::versionRow)
			.list();
	}

	/** A version with who edited it (for the four-eyes rule). */
	record Versioned(PlanVersionView view, List<String> editors) {
	}

	private Versioned versionRow(ResultSet rs, int n) throws SQLException {
		Array editors = rs.getArray("editors");
		return new Versioned(
				new PlanVersionView(rs.getObject("id", UUID.class), rs.getObject("plan_id", UUID.class),
						rs.getString("code"), rs.getString("name"), rs.getString("level"), rs.getString("region_code"),
						rs.getInt("number"), rs.getString("status"), read(rs.getString("content")),
						rs.getString("reason"), rs.getString("origin_kind"), rs.getString("origin_id"),
						rs.getString("author"), rs.getString("submitted_by"), rs.getString("approved_by"),
						instant(rs, "approved_at"), instant(rs, "published_at"), instant(rs, "created_at")),
				editors == null ? List.of() : List.of((String[]) editors.getArray()));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp t = rs.getTimestamp(column);
		return t == null ? null : t.toInstant();
	}

	Map<String, List<String>> references() {
		Map<String, List<String>> edges = new HashMap<>();
		jdbc.sql("select plan_id, referenced_id from plan_reference").query((ResultSet rs) -> {
			edges.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
		});
		return edges;
	}

	List<UUID> referencesOf(UUID planId) {
		return jdbc.sql("select referenced_id from plan_reference where plan_id = :plan order by referenced_id")
			.param("plan", planId)
			.query(UUID.class)
			.list();
	}

	List<UUID> referencedBy(UUID planId) {
		return jdbc.sql("select plan_id from plan_reference where referenced_id = :plan order by plan_id")
			.param("plan", planId)
			.query(UUID.class)
			.list();
	}

	void setReferences(UUID planId, Set<UUID> to) {
		jdbc.sql("delete from plan_reference where plan_id = :plan").param("plan", planId).update();
		for (UUID ref : to) {
			jdbc.sql("insert into plan_reference (plan_id, referenced_id) values (:plan, :ref)")
				.param("plan", planId)
				.param("ref", ref)
				.update();
		}
	}

	String write(PlanContent content) {
		return json.writeValueAsString(content);
	}

	PlanContent read(String text) {
		return json.readValue(text, PlanContent.class);
	}

}
