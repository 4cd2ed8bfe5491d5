package org.forewarn.hazard;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;

import org.forewarn.platform.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The hazard loop's rules as data: the taxonomy (city administrators), routing rules
 * (administrators, for their own area: a district administrator can route a category
 * differently in the district) and the deadline policy.
 */
@RestController
class HazardRulesController {

	private final HazardCategories categories;

	private final RoutingRules rules;

	private final StepDeadlines deadlines;

	private final HazardRulesDesk desk;

	HazardRulesController(HazardCategories categories, RoutingRules rules, StepDeadlines deadlines,
			HazardRulesDesk desk) {
		this.categories = categories;
		this.rules = rules;
		this.deadlines = deadlines;
		this.desk = desk;
	}

	@GetMapping("/api/hazard-categories")
	@PreAuthorize("isAuthenticated()")
	List<HazardCategories.Category> categories() {
		return categories.all();
	}

	@PutMapping("/api/hazard-categories/{code}")
	@PreAuthorize("hasRole('ADMIN')")
	ResponseEntity<HazardCategories.Category> saveCategory(@AuthenticationPrincipal CurrentUser admin,
			@PathVariable String code, @Valid @RequestBody HazardRulesDesk.CategoryChange change) {
		HazardRulesDesk.SavedCategory saved = desk.saveCategory(admin, code, change);
		return ResponseEntity.status(saved.created() ? HttpStatus.CREATED : HttpStatus.OK).body(saved.category());
	}

	@GetMapping("/api/hazard-routing-rules")
	@PreAuthorize(HazardController.VIEWERS)
	List<RoutingRules.Rule> rules() {
		return rules.all();
	}

	@PostMapping("/api/hazard-routing-rules")
	@PreAuthorize("hasRole('ADMIN')")
	ResponseEntity<RoutingRules.Rule> addRule(@AuthenticationPrincipal CurrentUser admin,
			@Valid @RequestBody HazardRulesDesk.NewRule rule) {
		return ResponseEntity.status(HttpStatus.CREATED).body(desk.addRule(admin, rule));
	}

	@DeleteMapping("/api/hazard-routing-rules/{id}")
	@PreAuthorize("hasRole('ADMIN')")
	ResponseEntity<Void> removeRule(@AuthenticationPrincipal CurrentUser admin, @PathVariable UUID id) {
		desk.removeRule(admin, id);
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/api/hazard-deadlines")
	@PreAuthorize(HazardController.VIEWERS)
	List<StepDeadlines.Policy> deadlines() {
		return deadlines.policies();
	}

}
