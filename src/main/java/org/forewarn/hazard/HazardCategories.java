package org.forewarn.hazard;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The hazard taxonomy, kept as data so administrators can refine it. */
@Repository
class HazardCategories {

	record Category(String code, String nameZh, String nameEn, String description, String defaultDepartment,
			int sortOrder, boolean active) {
	}

	private final JdbcClient jdbc;

	private volatile List<Category> cache;

	HazardCategories(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Category> all() {
		List<Category> current = cache;
		if (current == null) {
			current = jdbc.sql("""
					select code, name_zh, name_en, description, default_department, sort_order, active
					from hazard_category order by sort_order, code""")
				.query((rs, n) -> new Category(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
						rs.getString(5), rs.getInt(6), rs.getBoolean(7)))
				.list();
			cache = current;
		}
		return current;
	}

	Optional<Category> find(String code) {
		return all().stream().filter(c -> c.code().equals(code)).findFirst();
	}

	/** An active category with this code: what a report or a correction may name. */
	Optional<Category> active(String code) {
		return find(code).filter(Category::active);
	}

	/** Creates or changes a category; returns whether it existed. */
	boolean save(Category category, Instant now) {
		boolean existed = find(category.code()).isPresent();
		jdbc.sql(
				"""
						insert into hazard_category (code, name_zh, name_en, description, default_department, sort_order, active, updated_at)
						values (:code, :zh, :en, :description, :department, :sort, :active, :now)
						on conflict (code) do update set name_zh = excluded.name_zh, name_en = excluded.name_en,
						    description = excluded.description, default_department = excluded.default_department,
						    sort_order = excluded.sort_order, active = excluded.active, updated_at = excluded.updated_at""")
			.param("code", category.code())
			.param("zh", category.nameZh())
			.param("en", category.nameEn())
			.param("description", category.description())
			.param("department", category.defaultDepartment())
			.param("sort", category.sortOrder())
			.param("active", category.active())
			.param("now", java.sql.Timestamp.from(now))
			.update();
		cache = null;
		return existed;
	}

}
