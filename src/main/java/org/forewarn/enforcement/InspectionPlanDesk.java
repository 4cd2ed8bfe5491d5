package org.forewarn.enforcement;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.forewarn.audit.AuditEntry;
import org.forewarn.audit.AuditTrail;
import org.forewarn.enterprise.EnterpriseSummary;
import org.forewarn.enterprise.Enterprises;
import org.forewarn.platform.OutsideJurisdiction;
import org.forewarn.platform.TextPolicy;
import org.forewarn.region.Regions;
import org.forewarn.platform.Refusal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Makes inspection plans and generates their due inspections. */
@Service
class InspectionPlanDesk {

	static final Set<String> RISK_LEVELS = Set.of("RED", "ORANGE", "YELLOW", "BLUE");

	static final int MAX_INSPECTORS = 50;

	/**
	 * A plan is for this year's or the next years' work: a start further away is a typo
	 * (9999-12-31), not a plan.
	 */
	static final Period START_WINDOW_BEHIND = Period.ofYears(1);

	static final Period START_WINDOW_AHEAD = Period.ofYears(3);

	record Planning(String name, String regionCode, String industryPrefix, String keyCategory, List<String> riskLevels,
			List<String> inspectors, LocalDate startsOn) {
	}

	/**
	 * What generating did: how many enterprises matched, how many became due, how many
	 * were already due.
	 */
	record Generated(int matched, int added, int alreadyDue, int notYetDue) {
	}

	private final InspectionPlans plans;

	private final Enterprises enterprises;

	private final Regions regions;

	private final AuditTrail audit;

	private final Clock clock;

	InspectionPlanDesk(InspectionPlans plans, Enterprises enterprises, Regions regions, AuditTrail audit, Clock clock) {
		this.plans = plans;
		this.enterprises = enterprises;
		this.regions = regions;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional
	InspectionPlans.Plan create(Planning p, Officer by) {
		if (p.name() == null || p.name().isBlank()) {
			throw new Rejected(Refusal.INVALID, "name", "Name the plan.");
		}
		CaseDesk.checkText(p.name(), "name", 200);
		String region = p.regionCode() == null || p.regionCode().isBlank() ? by.regionCode() : p.regionCode().strip();
		if (regions.find(region).isEmpty()) {
			throw new Rejected(Refusal.UNPROCESSABLE, "regionCode", "Unknown region code '" + region + "'.");
		}
		if (!regions.isWithin(region, by.regionCode())) {
			throw new OutsideJurisdiction("region " + region);
		}
		List<String> levels = p.riskLevels() == null || p.riskLevels().isEmpty()
				? List.of("RED", "ORANGE", "YELLOW", "BLUE")
				: p.riskLevels()
					.stream()
					.map(l -> l == null ? "" : l.strip().toUpperCase(Locale.ROOT))
					.distinct()
					.toList();
		for (String level : levels) {
			if (!RISK_LEVELS.contains(level)) {
				throw new Rejected(Refusal.INVALID, "riskLevels",
						"'" + level + "' is not a risk level: RED, ORANGE, YELLOW or BLUE.");
			}
		}
		// counted before blanks and repeats are dropped: 20,000 copies of one name are no
		// plan
		if (p.inspectors() != null && p.inspectors().size() > MAX_INSPECTORS) {
			throw new Rejected(Refusal.INVALID, "inspectors",
					"A plan names at most " + MAX_INSPECTORS + " inspectors, not " + p.inspectors().size() + ".");
		}
		List<String> inspectors = p.inspectors() == null ? List.of()
				: p.inspectors().stream().filter(i -> i != null && !i.isBlank()).map(String::strip).distinct().toList();
		if (inspectors.stream().anyMatch(i -> i.length() > 50)) {
			throw new Rejected(Refusal.INVALID, "inspectors", "An inspector's name has at most 50 characters.");
		}
		CaseDesk.checkText(p.industryPrefix(), "industryPrefix", 10);
		CaseDesk.checkText(p.keyCategory(), "keyCategory", 50);
		String keyCategory = TextPolicy.blankToNull(p.keyCategory()) == null ? null : enterprises
			.keyCategory(p.keyCategory())
			.orElseThrow(() -> new Rejected(Refusal.INVALID, "keyCategory", "'" + p.keyCategory().strip()
					+ "' is not a key category; see GET /api/enterprises/key-categories (e.g. HAZARDOUS_CHEMICALS)."));
		LocalDate today = clock.instant().atZone(Numbering.CHINA).toLocalDate();
		if (p.startsOn() != null && (p.startsOn().isBefore(today.minus(START_WINDOW_BEHIND))
				|| p.startsOn().isAfter(today.plus(START_WINDOW_AHEAD)))) {
			throw new Rejected(Refusal.INVALID, "startsOn", "A plan starts between " + today.minus(START_WINDOW_BEHIND)
					+ " and " + today.plus(START_WINDOW_AHEAD) + ", not " + p.startsOn() + ".");
		}
		var plan = new InspectionPlans.Plan(UUID.randomUUID(), p.name().strip(), region, by.departmentCode(),
				TextPolicy.blankToNull(p.industryPrefix()), keyCategory, levels, inspectors,
				p.startsOn() == null ? today : p.startsOn(), by.username(), clock.instant());
		plans.insert(plan);
		audit.record(AuditEntry.of("enforcement.plan.create", "inspection-plan:" + plan.id(), "success",
				plan.name() + " " + region + " " + levels));
		return plan;
	}

	/**
	 * Adds a due inspection for every enterprise of the plan whose next inspection falls
	 * within {@code horizonDays}: last inspection + its risk level's frequency (never
	 * inspected: the plan's start). Generating twice adds nothing.
	 */
	@Transactional
	Generated generate(UUID planId, int horizonDays, Officer by) {
		InspectionPlans.Plan plan = plans.find(planId).orElseThrow(() -> new NotFound("inspection plan " + planId));
		checkVisible(plan, by);
		if (horizonDays < 0 || horizonDays > 366) {
			throw new Rejected(Refusal.INVALID, "horizonDays", "The horizon is 0 to 366 days.");
		}
		LocalDate today = clock.instant().atZone(Numbering.CHINA).toLocalDate();
		LocalDate horizon = today.plusDays(horizonDays);
		Map<String, Integer> frequency = plans.frequencies();
		List<EnterpriseSummary> matched = new ArrayList<>();
		for (EnterpriseSummary e : enterprises.within(List.of(plan.regionCode()))) {
			if (e.riskLevel() == null || !plan.riskLevels().contains(e.riskLevel().toUpperCase(Locale.ROOT))
					|| e.districtCode() == null) {
				continue;
			}
			if (plan.industryPrefix() != null && (e.industryCode() == null || !e.industryCode()
				.toUpperCase(Locale.ROOT)
				.startsWith(plan.industryPrefix().toUpperCase(Locale.ROOT)))) {
				continue;
			}
			if (plan.keyCategory() != null
					&& e.keyCategories().stream().noneMatch(plan.keyCategory()::equalsIgnoreCase)) {
				continue;
			}
			matched.add(e);
		}
		Map<String, LocalDate> last = plans.lastInspected(matched.stream().map(EnterpriseSummary::uscc).toList());
		int added = 0;
		int already = 0;
		int later = 0;
		for (EnterpriseSummary e : matched) {
			LocalDate previous = last.get(e.uscc());
			LocalDate due = previous == null ? plan.startsOn()
					: previous.plusMonths(frequency.getOrDefault(e.riskLevel().toUpperCase(Locale.ROOT), 12));
			if (due.isBefore(plan.startsOn())) {
				due = plan.startsOn();
			}
			if (due.isAfter(horizon)) {
				later++;
				continue;
			}
			if (plans.addDue(new InspectionPlans.DueInspection(UUID.randomUUID(), plan.id(), e.uscc(), e.name(),
					e.districtCode(), e.riskLevel().toUpperCase(Locale.ROOT), due, null), clock.instant())) {
				added++;
			}
			else {
				already++;
			}
		}
		audit.record(AuditEntry.of("enforcement.plan.generate", "inspection-plan:" + plan.id(), "success",
				"matched " + matched.size() + " added " + added + " already due " + already));
		return new Generated(matched.size(), added, already, later);
	}

	void checkVisible(InspectionPlans.Plan plan, Officer by) {
		if (!visible(plan, by)) {
			throw new OutsideJurisdiction("inspection plan " + plan.name());
		}
	}

	boolean visible(InspectionPlans.Plan plan, Officer by) {
		return regions.isWithin(plan.regionCode(), by.regionCode());
	}

}
