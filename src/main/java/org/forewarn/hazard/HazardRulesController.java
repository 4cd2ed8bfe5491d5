package org.forewarn.hazard;

import org.forewarn.platform.Refusal;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.forewarn.audit.AuditEntry;
import org.forewarn.audit.AuditTrail;
import org.forewarn.organisation.Departments;
import org.forewarn.platform.CurrentUser;
import org.forewarn.platform.OutsideJurisdiction;
import org.forewarn.platform.TextPolicy;
import org.forewarn.region.Regions;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The hazard loop's rules as data: the taxonomy (city administrators), routing rules (administrators, for their own
 * area: a district administrator can route a category differently in the district) and the deadline policy.
 */
@RestController
class HazardRulesController {

	record CategoryChange(@NotBlank @Size(max = 40) String nameZh, @NotBlank @Size(max = 80) String nameEn,
			@Size(max = 500) String description, @Pattern(regexp = "^[A-Z]{2,5}$",
					message = "a department abbreviation such as RQ or XF") String defaultDepartment,
			int sortOrder, boolean active) {
	}

	record NewRule(@NotBlank String categoryCode, Grade grade, @Size(max = 32) String regionCode,
			@NotBlank @Pattern(regexp = "^[A-Z]{2,5}$", message = "a department abbreviation such as RQ or XF") String departmentAbbr,
			@NotBlank @Pattern(regexp = "^(CITY|DISTRICT)$", message = "CITY or DISTRICT") String departmentLevel,
			@Size(max = 500) String note) {
	}

	private final HazardCategories categories;
	private final RoutingRules rules;
	private final StepDeadlines deadlines;
	private final Regions regions;
	private final Departments departments;
	private final AuditTrail audit;
	private final Clock clock;

	HazardRulesController(HazardCategories categories, RoutingRules rules, StepDeadlines deadlines, Regions regions,
			Departments departments, AuditTrail audit, Clock clock) {
		this.categories = categories;
		this.rules = rules;
		this.deadlines = deadlines;
		this.regions = regions;
		this.departments = departments;
		this.audit = audit;
		this.clock = clock;
	}

	@GetMapping("/api/hazard-categories")
	@PreAuthorize("isAuthenticated()")
	List<HazardCategories.Category> categories() {
		return categories.all();
	}

	@PutMapping("/api/hazard-categories/{code}")
	@PreAuthorize("hasRole('ADMIN')")
	@Transactional
	ResponseEntity<HazardCategories.Category> saveCategory(@AuthenticationPrincipal CurrentUser admin,
			@PathVariable String code, @Valid @RequestBody CategoryChange change) {
		cityAdministrator(admin, "the hazard taxonomy");
		if (!code.matches("^[A-Z][A-Z0-9_]{1,39}$")) {
			throw new ReportRejected(Refusal.INVALID, "code", "A category code is upper case: letters, digits, '_'.");
		}
		if ("OTHER".equals(code) && !change.active()) {
			throw new ReportRejected(Refusal.UNPROCESSABLE, "active", "OTHER cannot be deactivated: it is where unclassifiable reports go.");
		}
		HazardCategories.Category category = new HazardCategories.Category(code, change.nameZh(), change.nameEn(),
				change.description(), change.defaultDepartment(), change.sortOrder(), change.active());
		boolean existed = categories.save(category, clock.instant());
		audit.record(AuditEntry.of(existed ? "hazard-category.update" : "hazard-category.create",
				"hazard-category:" + code, "success", change.nameZh() + (change.active() ? "" : " (inactive)")));
		return ResponseEntity.status(existed ? HttpStatus.OK : HttpStatus.CREATED).body(category);
	}

	@GetMapping("/api/hazard-routing-rules")
	@PreAuthorize(HazardController.VIEWERS)
	List<RoutingRules.Rule> rules() {
		return rules.all();
	}

	@PostMapping("/api/hazard-routing-rules")
	@PreAuthorize("hasRole('ADMIN')")
	@Transactional
	ResponseEntity<RoutingRules.Rule> addRule(@AuthenticationPrincipal CurrentUser admin,
			@Valid @RequestBody NewRule rule) {
		if (categories.find(rule.categoryCode()).isEmpty()) {
			throw new ReportRejected(Refusal.UNPROCESSABLE, "categoryCode", "Unknown category '" + rule.categoryCode() + "'.");
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
		if (rules.all().stream().anyMatch(r -> r.categoryCode().equals(rule.categoryCode()) && r.grade() == rule.grade()
				&& java.util.Objects.equals(r.regionCode(), region))) {
			throw new IllegalTransition("A rule for " + rule.categoryCode() + "/" + (rule.grade() == null ? "any grade" : rule.grade())
					+ "/" + (region == null ? "city-wide" : region) + " exists; delete it first.");
		}
		RoutingRules.Rule saved = rules.add(rule.categoryCode(), rule.grade(), region, rule.departmentAbbr(),
				rule.departmentLevel(), rule.note(), admin.username(), clock.instant());
		audit.record(AuditEntry.of("hazard-routing-rule.create", "hazard-routing-rule:" + saved.id(), "success",
				rule.categoryCode() + "/" + rule.grade() + "@" + region + " → " + rule.departmentAbbr() + " " + rule.departmentLevel()));
		return ResponseEntity.status(HttpStatus.CREATED).body(saved);
	}

	@DeleteMapping("/api/hazard-routing-rules/{id}")
	@PreAuthorize("hasRole('ADMIN')")
	@Transactional
	ResponseEntity<Void> removeRule(@AuthenticationPrincipal CurrentUser admin, @PathVariable UUID id) {
		RoutingRules.Rule rule = rules.all().stream().filter(r -> r.id().equals(id)).findFirst()
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
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/api/hazard-deadlines")
	@PreAuthorize(HazardController.VIEWERS)
	List<StepDeadlines.Policy> deadlines() {
		return deadlines.policies();
	}

	private void cityAdministrator(CurrentUser admin, String what) {
		if (!admin.jurisdiction().regionCode().equals(regions.city().code())) {
			throw new OutsideJurisdiction(what);
		}
	}
}
