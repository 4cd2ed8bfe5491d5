package org.forewarn.hazard;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.forewarn.organisation.DepartmentSummary;
import org.forewarn.organisation.Departments;
import org.forewarn.region.Regions;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Routing 知→行: category × grade × area → the responsible member unit. Rules are data; the
 * most specific rule that matches wins — one for the order's street beats one for its
 * district, which beats a city-wide one; a rule for the grade beats one for any grade. A
 * DISTRICT-level rule names the district's department ({@code 440304-RQ}); when that
 * district has no such department, the city's takes the order.
 */
@Component
class RoutingRules {

	record Rule(UUID id, String categoryCode, Grade grade, String regionCode, String departmentAbbr,
			String departmentLevel, String note, Instant createdAt, String createdBy) {
	}

	record Route(String departmentCode, String note) {

		/**
		 * No department: the order waits in the dispatcher's queue, {@code why} says for
		 * what.
		 */
		static Route toDispatcher(String why) {
			return new Route(null, why);
		}
	}

	private final JdbcClient jdbc;

	private final Departments departments;

	private final Regions regions;

	private volatile List<Rule> cache;

	RoutingRules(JdbcClient jdbc, Departments departments, Regions regions) {
		this.jdbc = jdbc;
		this.departments = departments;
		this.regions = regions;
	}

	List<Rule> all() {
		List<Rule> current = cache;
		if (current == null) {
			current = jdbc.sql("""
					select id, category_code, grade, region_code, department_abbr, department_level, note, created_at,
					       created_by
					from hazard_routing_rule order by category_code, grade nulls last, region_code nulls first""")
				.query((rs, n) -> new Rule(rs.getObject(1, UUID.class), rs.getString(2),
						rs.getString(3) == null ? null : Grade.valueOf(rs.getString(3)), rs.getString(4),
						rs.getString(5), rs.getString(6), rs.getString(7), rs.getTimestamp(8).toInstant(),
						rs.getString(9)))
				.list();
			cache = current;
		}
		return current;
	}

	/**
	 * The department for a hazard, or empty when no rule applies (the dispatcher
	 * decides).
	 */
	Optional<Route> route(String category, Grade grade, DisposalOrder.Location location) {
		String city = regions.city().code();
		return all().stream()
			.filter(r -> r.categoryCode().equals(category))
			.filter(r -> r.grade() == null || r.grade() == grade)
			.filter(r -> r.regionCode() == null || location.placed() && location.within(r.regionCode(), city))
			.max(Comparator.comparingInt((Rule r) -> specificity(r, location)).thenComparing(r -> r.grade() != null))
			.flatMap(r -> resolve(r, location, city));
	}

	private static int specificity(Rule rule, DisposalOrder.Location location) {
		if (rule.regionCode() == null) {
			return 0;
		}
		if (rule.regionCode().equals(location.districtCode())) {
			return 1;
		}
		return 2; // a street, community or grid of the order
	}

	private Optional<Route> resolve(Rule rule, DisposalOrder.Location location, String city) {
		String note = "路由规则：" + rule.categoryCode() + (rule.grade() == null ? "" : "/" + rule.grade())
				+ (rule.regionCode() == null ? "" : "@" + rule.regionCode());
		if ("DISTRICT".equals(rule.departmentLevel()) && location.districtCode() != null) {
			Optional<DepartmentSummary> district = departments
				.find(location.districtCode() + "-" + rule.departmentAbbr());
			if (district.isPresent()) {
				return Optional.of(new Route(district.get().code(), note));
			}
		}
		return departments.find(city + "-" + rule.departmentAbbr()).map(d -> new Route(d.code(), note));
	}

	Rule add(String category, Grade grade, String regionCode, String abbr, String level, String note, String by,
			Instant now) {
		Rule rule = new Rule(UUID.randomUUID(), category, grade, regionCode, abbr, level, note, now, by);
		jdbc.sql(
				"""
						insert into hazard_routing_rule (id, category_code, grade, region_code, department_abbr, department_level,
						    note, created_at, created_by)
						values (:id, :category, :grade, :region, :abbr, :level, :note, :at, :by)""")
			.param("id", rule.id())
			.param("category", category)
			.param("grade", grade == null ? null : grade.name())
			.param("region", regionCode)
			.param("abbr", abbr)
			.param("level", level)
			.param("note", note)
			.param("at", Timestamp.from(now))
			.param("by", by)
			.update();
		cache = null;
		return rule;
	}

	Optional<Rule> remove(UUID id) {
		Optional<Rule> rule = all().stream().filter(r -> r.id().equals(id)).findFirst();
		rule.ifPresent(r -> {
			jdbc.sql("delete from hazard_routing_rule where id = :id").param("id", id).update();
			cache = null;
		});
		return rule;
	}

}
