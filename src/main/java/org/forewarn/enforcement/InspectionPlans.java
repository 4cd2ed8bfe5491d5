package org.forewarn.enforcement;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Inspection plans 检查计划 (which enterprises — area, industry, key category, risk levels —
 * by whom, from when) and the due inspections they generate: an enterprise is due when
 * its last inspection is older than its risk level's frequency (red monthly, orange
 * quarterly, yellow half-yearly, blue yearly; table {@code inspection_frequency}).
 */
@Repository
class InspectionPlans {

	record Plan(UUID id, String name, String regionCode, String departmentCode, String industryPrefix,
			String keyCategory, List<String> riskLevels, List<String> inspectors, LocalDate startsOn, String createdBy,
			Instant createdAt) {
	}

	record DueInspection(UUID id, UUID planId, String uscc, String enterprise, String districtCode, String riskLevel,
			LocalDate dueOn, String inspectionNumber) {
	}

	private static final String PLAN_COLUMNS = """
			id, name, region_code, department_code, industry_prefix, key_category, risk_levels, inspectors, starts_on,
			created_by, created_at""";

	private final JdbcClient jdbc;

	InspectionPlans(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Map<String, Integer> frequencies() {
		Map<String, Integer> months = new HashMap<>();
		jdbc.sql("select risk_level, months from inspection_frequency").query((rs, n) -> {
			months.put(rs.getString(1), rs.getInt(2));
			return null;
		}).list();
		return months;
	}

	void insert(Plan p) {
		jdbc.sql(
				"""
						insert into inspection_plan (id, name, region_code, department_code, industry_prefix, key_category,
						    risk_levels, inspectors, starts_on, created_by, created_at)
						values (:id, :name, :region, :department, :industry, :category, :levels, :inspectors, :starts, :by, :at)""")
			.param("id", p.id())
			.param("name", p.name())
			.param("region", p.regionCode())
			.param("department", p.departmentCode())
			.param("industry", p.industryPrefix())
			.param("category", p.keyCategory())
			.param("levels", p.riskLevels().toArray(String[]::new))
			.param("inspectors", p.inspectors().toArray(String[]::new))
			.param("starts", Date.valueOf(p.startsOn()))
			.param("by", p.createdBy())
			.param("at", Timestamp.from(p.createdAt()))
			.update();
	}

	Optional<Plan> find(UUID id) {
		return jdbc.sql("select " + PLAN_COLUMNS + " from inspection_plan where id = :id")
			.param("id", id)
			.query((rs, n) -> plan(rs))
			.optional();
	}

	List<Plan> all() {
		return jdbc.sql("select " + PLAN_COLUMNS + " from inspection_plan order by created_at desc")
			.query((rs, n) -> plan(rs))
			.list();
	}

	/**
	 * The day each enterprise was last inspected (China date), for the enterprises asked
	 * about.
	 */
	Map<String, LocalDate> lastInspected(List<String> usccs) {
		Map<String, LocalDate> last = new HashMap<>();
		if (usccs.isEmpty()) {
			return last;
		}
		jdbc.sql("""
				select uscc, max(inspected_at at time zone 'Asia/Shanghai')::date from inspection
				where uscc = any(:usccs) group by uscc""")
			.param("usccs", usccs.toArray(String[]::new))
			.query((rs, n) -> {
				last.put(rs.getString(1), rs.getDate(2).toLocalDate());
				return null;
			})
			.list();
		return last;
	}

	/**
	 * Adds a due inspection unless the plan already has an open one for the enterprise;
	 * true if added.
	 */
	boolean addDue(DueInspection due, Instant now) {
		return jdbc
			.sql("""
					insert into due_inspection (id, plan_id, uscc, enterprise, district_code, risk_level, due_on, created_at)
					select :id, :plan, :uscc, :enterprise, :district, :risk, :due, :at
					where not exists (select 1 from due_inspection where plan_id = :plan and uscc = :uscc
					                  and inspection_number is null)
					on conflict (plan_id, uscc, due_on) do nothing""")
			.param("id", due.id())
			.param("plan", due.planId())
			.param("uscc", due.uscc())
			.param("enterprise", due.enterprise())
			.param("district", due.districtCode())
			.param("risk", due.riskLevel())
			.param("due", Date.valueOf(due.dueOn()))
			.param("at", Timestamp.from(now))
			.update() == 1;
	}

	/**
	 * Marks an open due inspection of this enterprise as done by the inspection; false if
	 * there is none.
	 */
	boolean completes(UUID dueId, String uscc, String inspectionNumber) {
		return jdbc.sql("""
				update due_inspection set inspection_number = :number
				where id = :id and uscc = :uscc and inspection_number is null""")
			.param("number", inspectionNumber)
			.param("id", dueId)
			.param("uscc", uscc)
			.update() == 1;
	}

	/** Due inspections, open ones first by date; of one plan or of some districts. */
	List<DueInspection> due(UUID planId, Optional<List<String>> districts, boolean openOnly, int limit, int offset) {
		StringBuilder sql = new StringBuilder("""
				select id, plan_id, uscc, enterprise, district_code, risk_level, due_on, inspection_number
				from due_inspection where true""");
		if (planId != null) {
			sql.append(" and plan_id = :plan");
		}
		if (districts.isPresent()) {
			sql.append(" and district_code = any(:districts)");
		}
		if (openOnly) {
			sql.append(" and inspection_number is null");
		}
		sql.append(" order by inspection_number is not null, due_on, enterprise limit :limit offset :offset");
		var spec = jdbc.sql(sql.toString()).param("limit", limit).param("offset", offset);
		if (planId != null) {
			spec = spec.param("plan", planId);
		}
		if (districts.isPresent()) {
			spec = spec.param("districts", districts.get().toArray(String[]::new));
		}
		return spec
			.query((rs, n) -> new DueInspection(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
					rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getDate(7).toLocalDate(),
					rs.getString(8)))
			.list();
	}

	record PlanCounts(int open, int overdue, int done) {
	}

	PlanCounts counts(UUID planId, LocalDate today) {
		return jdbc.sql("""
				select count(*) filter (where inspection_number is null),
				       count(*) filter (where inspection_number is null and due_on < :today),
				       count(*) filter (where inspection_number is not null)
				from due_inspection where plan_id = :plan""")
			.param("plan", planId)
			.param("today", Date.valueOf(today))
			.query((rs, n) -> new PlanCounts(rs.getInt(1), rs.getInt(2), rs.getInt(3)))
			.single();
	}

	private static Plan plan(ResultSet rs) throws SQLException {
		return new Plan(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("region_code"),
				rs.getString("department_code"), rs.getString("industry_prefix"), rs.getString("key_category"),
				Inspections.strings(rs.getArray("risk_levels")), Inspections.strings(rs.getArray("inspectors")),
				rs.getDate("starts_on").toLocalDate(), rs.getString("created_by"),
				rs.getTimestamp("created_at").toInstant());
	}

}
