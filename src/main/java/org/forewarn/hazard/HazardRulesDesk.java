package org.forewarn.hazard;

import java.time.Clock;
import java.util.Objects;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.forewarn.audit.AuditEntry;
import org.forewarn.audit.AuditTrail;
import org.forewarn.organisation.Departments;
import org.forewarn.platform.CurrentUser;
import org.forewarn.platform.OutsideJurisdiction;
import org.forewarn.platform.Refusal;
import org.forewarn.platform.TextPolicy;
import org.forewarn.region.Regions;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where administrators change the hazard loop's rules: the taxonomy (city administrators
 * only) and the routing rules (for their own area). Each change is checked, made and
 * audited in one transaction.
 */
@Service
class HazardRulesDesk {

	/**
	 * A category as an administrator writes it (created or changed, by its code in the
	 * URL).
	 */
	record CategoryChange(@NotBlank @Size(max = 40) String nameZh, @NotBlank @Size(max = 80) String nameEn,
			@Size(max = 500) String description,
			@Pattern(regexp = "^[A-Z]{2,5}$",
					message = "a department abbreviation such as RQ or XF") String defaultDepartment,
			int sortOrder, boolean active) {
	}

	/**
	 * A routing rule: reports of this category (and grade, if given) in this region go to
	 * this department.
	 */
	record NewRule(@NotBlank String categoryCode, Grade grade, @Size(max = 32) String regionCode,
			@NotBlank @Pattern(regexp = "^[A-Z]{2,5}$",
					message = "a department abbreviation such as RQ or XF") String departmentAbbr,
			@NotBlank @Pattern(regexp = "^(CITY|DISTRICT)$", message = "CITY or DISTRICT") String departmentLevel,
			@Size(max = 500) String note) {
	}

	/** A category as saved, and whether it is new. */
	record SavedCategory(HazardCategories.Category category, boolean created) {
	}

	private final HazardCategories categories;

	private final RoutingRules rules;

	private final Regions regions;

	private final Departments departments;

	private final AuditTrail audit;

	private final Clock clock;

	HazardRulesDesk(HazardCategories categories, RoutingRules rules, Regions regions, Departments departments,
			AuditTrail audit, Clock clock) {
		this.categories = categories;
		this.rules = rules;
		this.regions = regions;
		this.departments = departments;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional
	SavedCategory saveCategory(CurrentUser admin, String code, CategoryChange change) {
		cityAdministrator(admin, "the hazard taxonomy");
		if (!code.matches("^[A-Z][A-Z0-9_]{1,39}$")) {
			throw new ReportRejected(Refusal.INVALID, "code", "A category code is upper case: letters, digits, '_'.");
		}
		if ("OTHER".equals(code) && !change.active()) {
			throw new ReportRejected(Refusal.UNPROCESSABLE, "active",
					"OTHER cannot be deactivated: it is where unclassifiable reports go.");
		}
		HazardCategories.Category category = new HazardCategories.Category(code, change.nameZh(), change.nameEn(),
				change.description(), change.defaultDepartment(), change.sortOrder(), change.active());
		boolean existed = categories.save(category, clock.instant());
		audit.record(AuditEntry.of(existed ? "hazard-category.update" : "hazard-category.create",
				"hazard-category:" + code, "success", change.nameZh() + (change.active() ? "" : " (inactive)")));
		return new SavedCategory(category, !existed);
	}

	@Transactional
	RoutingRules.Rule addRule(CurrentUser admin, NewRule rule) {
		if (categories.find(rule.categoryCode()).isEmpty()) {
			throw new ReportRejected(Refusal.UNPROCESSABLE, "categoryCode",
					"Unknown category '" + rule.categoryCode() + "'.");
		}
		String region = TextPolicy.blankToNull(rule.regionCode());
		if (region == null) {
			cityAdministrator(admin, "a city-wide routing rule");
		}
		else {
			if (regions.find(region).isEmpty()) {
				throw new ReportRejected(Refusal.UNPROCESSABLE, "regionCode", "Unknown region '" + region + "'.");
			}
			if (!regions.isWithin(region, admin.jurisdiction().regionCode())) {
				throw new OutsideJurisdiction("region " + region);
			}
		}
		String city = regions.city().code();
		if (departments.find(city + "-" + rule.departmentAbbr()).isEmpty()) {
			throw new ReportRejected(Refusal.UNPROCESSABLE, "departmentAbbr",
					"No department " + city + "-" + rule.departmentAbbr() + " exists.");
		}
		if (rules.all()
			.stream()
			.anyMatch(r -> r.categoryCode().equals(rule.categoryCode()) && r.grade() == rule.grade()
					&& Objects.equals(r.regionCode(), region))) {
			throw new IllegalTransition(
					"A rule for " + rule.categoryCode() + "/" + (rule.grade() == null ? "any grade" : rule.grade())
							+ "/" + (region == null ? "city-wide" : region) + " exists; delete it first.");
		}
		RoutingRules.Rule saved = rules.add(rule.categoryCode(), rule.grade(), region, rule.departmentAbbr(),
				rule.departmentLevel(), rule.note(), admin.username(), clock.instant());
		audit.record(AuditEntry.of("hazard-routing-rule.create", "hazard-routing-rule:" + saved.id(), "success",
				rule.categoryCode() + "/" + rule.grade() + "@" + region + " → " + rule.departmentAbbr() + " "
						+ rule.departmentLevel()));
		return saved;
	}

	@Transactional
	void removeRule(CurrentUser admin, UUID id) {
		RoutingRules.Rule rule = rules.all()
			.stream()
			.filter(r -> r.id().equals(id))
			.findFirst()
			.orElseThrow(() -> new NoSuchOrder("routing rule " + id));
		if (rule.regionCode() == null) {
			cityAdministrator(admin, "a city-wide routing rule");
		}
		else if (!regions.isWithin(rule.regionCode(), admin.jurisdiction().regionCode())) {
			throw new OutsideJurisdiction("region " + rule.regionCode());
		}
		rules.remove(id);
		audit.record(AuditEntry.of("hazard-routing-rule.delete", "hazard-routing-rule:" + id, "success",
				rule.categoryCode() + "/" + rule.grade() + "@" + rule.regionCode()));
	}

	private void cityAdministrator(CurrentUser admin, String what) {
		if (!admin.jurisdiction().regionCode().equals(regions.city().code())) {
			throw new OutsideJurisdiction(what);
		}
	}

}
