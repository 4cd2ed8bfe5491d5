package org.forewarn.enforcement;

import java.util.List;
import java.util.Locale;

import org.forewarn.enterprise.EnterpriseSummary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The inspection checklists (data): an enterprise's list is the general one plus those of
 * its industry and key categories.
 */
@Repository
class Checklists {

	record Item(String code, String checklist, String checklistName, int itemNo, String text, String legalBasis) {
	}

	private final JdbcClient jdbc;

	Checklists(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Item> forEnterprise(EnterpriseSummary enterprise) {
		String industry = enterprise.industryCode() == null ? "" : enterprise.industryCode().toUpperCase(Locale.ROOT);
		String[] categories = enterprise.keyCategories()
			.stream()
			.map(c -> c.toUpperCase(Locale.ROOT))
			.toArray(String[]::new);
		return jdbc.sql("""
				select i.code, c.code, c.name, i.item_no, i.text, i.legal_basis
				from inspection_checklist c join inspection_checklist_item i on i.checklist_code = c.code
				where (c.industry_prefix is null and c.key_category is null)
				   or (c.industry_prefix is not null and :industry like c.industry_prefix || '%')
				   or (c.key_category is not null and upper(c.key_category) = any(:categories))
				order by c.sort_order, i.item_no""")
			.param("industry", industry)
			.param("categories", categories)
			.query((rs, n) -> new Item(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getString(5),
					rs.getString(6)))
			.list();
	}

}
