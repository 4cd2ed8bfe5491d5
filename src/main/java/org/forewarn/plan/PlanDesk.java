package org.forewarn.plan;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import org.forewarn.audit.AuditEntry;
import org.forewarn.audit.AuditTrail;
import org.forewarn.organisation.Departments;
import org.forewarn.organisation.PersonRole;
import org.forewarn.organisation.ResponsibilityType;
import org.forewarn.plan.PlanContent.Condition;
import org.forewarn.plan.PlanContent.Duty;
import org.forewarn.plan.PlanContent.Measure;
import org.forewarn.plan.PlanContent.Scenario;
import org.forewarn.plan.Plans.PlanRow;
import org.forewarn.plan.Plans.Versioned;
import org.forewarn.platform.CurrentUser;
import org.forewarn.platform.OutsideJurisdiction;
import org.forewarn.platform.Role;
import org.forewarn.region.Regions;

import org.forewarn.platform.Refusal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Plans and their versions: drafting, review, publication under four eyes, revisions
 * (also from an after-action review), references without cycles, diffs and matching.
 * Every change is audited in its own transaction.
 */
@Service
class PlanDesk implements PlanLibrary {

	static final Set<String> CONDITION_KINDS = Set.of("TYPE", "LEVEL", "AREA", "ALARM");

	private static final Pattern WILDCARD_UNIT = Pattern.compile("\\*-[A-Z]{2,4}");

	private final Plans plans;

	private final LiveConditions live;

	private final Regions regions;

	private final Departments departments;

	private final AuditTrail audit;

	private final Clock clock;

	PlanDesk(Plans plans, LiveConditions live, Regions regions, Departments departments, AuditTrail audit,
			Clock clock) {
		this.plans = plans;
		this.live = live;
		this.regions = regions;
		this.departments = departments;
		this.audit = audit;
		this.clock = clock;
	}

	record NewPlan(String code, String name, String level, String regionCode, String category, PlanContent content,
			String reason, List<UUID> references) {
	}

	record PlanOverview(UUID id, String code, String name, String level, String regionCode, String category,
			Integer publishedVersion, Integer openVersion, String openStatus, List<UUID> references,
			List<UUID> referencedBy) {
	}

	// --- reading
	// ------------------------------------------------------------------------------------------------

	List<PlanOverview> list(CurrentUser user) {
		Map<UUID, List<Versioned>> byPlan = new HashMap<>();
		List<PlanOverview> out = new ArrayList<>();
		for (PlanRow plan : plans.plans()) {
			if (!sees(user, plan)) {
				continue;
			}
			out.add(overview(plan, byPlan.computeIfAbsent(plan.id(), plans::versions)));
		}
		return out;
	}

	PlanOverview overview(CurrentUser user, UUID planId) {
		PlanRow plan = visible(user, planId);
		return overview(plan, plans.versions(planId));
	}

	private PlanOverview overview(PlanRow plan, List<Versioned> versions) {
		Integer published = versions.stream()
			.filter(v -> v.view().status().equals("PUBLISHED"))
			.map(v -> v.view().number())
			.findFirst()
			.orElse(null);
		Optional<Versioned> open = versions.stream()
			.filter(v -> v.view().status().equals("DRAFT") || v.view().status().equals("REVIEW"))
			.findFirst();
		return new PlanOverview(plan.id(), plan.code(), plan.name(), plan.level(), plan.regionCode(), plan.category(),
				published, open.map(v -> v.view().number()).orElse(null), open.map(v -> v.view().status()).orElse(null),
				plans.referencesOf(plan.id()), plans.referencedBy(plan.id()));
	}

	List<PlanVersionView> versions(CurrentUser user, UUID planId) {
		visible(user, planId);
		return plans.versions(planId).stream().map(Versioned::view).toList();
	}

	PlanVersionView version(CurrentUser user, UUID planId, int number) {
		visible(user, planId);
		return plans.version(planId, number)
			.map(Versioned::view)
			.orElseThrow(() -> PlanRejected.missing("version " + number));
	}

	record Diff(PlanVersionView from, PlanVersionView to, List<PlanDiff.Change> changes) {
	}

	Diff diff(CurrentUser user, UUID planId, int a, int b) {
		PlanVersionView from = version(user, planId, a);
		PlanVersionView to = version(user, planId, b);
		return new Diff(from, to, PlanDiff.between(from.content(), to.content()));
	}

	@Override
	public Optional<PlanVersionView> version(UUID versionId) {
		return plans.version(versionId).map(Versioned::view);
	}

	@Override
	public List<PlanMatch> matches(Situation situation) {
		Map<String, Set<String>> alarms = live.activeByRule();
		List<PlanMatch> out = new ArrayList<>();
		for (Versioned published : plans.published()) {
			PlanVersionView v = published.view();
			for (Scenario scenario : v.content().scenarios()) {
				Matching.Verdict verdict = Matching.judge(scenario, situation, v.regionCode(), regions::isWithin,
						alarms);
				if (verdict.fits()) {
					out.add(new PlanMatch(v.planId(), v.planCode(), v.planName(), v.id(), v.number(), scenario.code(),
							scenario.name(), suggested(v.content(), scenario.code(), situation.level()), verdict.met(),
							verdict.unmet(), verdict.score() + (v.planLevel().equals("DISTRICT") ? 1 : 0)));
				}
			}
		}
		out.sort(Comparator.comparingInt(PlanMatch::score).reversed().thenComparing(PlanMatch::planCode));
		return out;
	}

	/**
	 * The response level to propose: the incident's level if the scenario has measures at
	 * it, else the nearest lower.
	 */
	private static ResponseLevel suggested(PlanContent content, String scenario, ResponseLevel level) {
		Set<ResponseLevel> levels = new HashSet<>();
		content.measures().stream().filter(m -> m.scenarioCode().equals(scenario)).forEach(m -> levels.add(m.level()));
		if (level == null) {
			return ResponseLevel.IV;
		}
		for (int i = level.ordinal(); i < ResponseLevel.values().length; i++) {
			if (levels.contains(ResponseLevel.values()[i])) {
				return ResponseLevel.values()[i];
			}
		}
		return level;
	}

	/**
	 * A skeleton from a plan's text, with the units of the region (and the city)
	 * recognised by name; nothing saved.
	 */
	PlanImport.Skeleton importText(CurrentUser user, String text, String regionCode) {
		String region = regionCode == null || regionCode.isBlank() ? user.jurisdiction().regionCode() : regionCode;
		require(regions.find(region).isPresent(), "regionCode", "unknown region code '" + region + "'");
		require(text != null && !text.isBlank(), "text", "the plan text is empty");
		Map<String, String> units = new java.util.LinkedHashMap<>();
		for (String r : new LinkedHashSet<>(List.of(regions.city().code(), region))) {
			for (var d : departments.ofRegion(r)) {
				units.putIfAbsent(d.name(), d.code());
				String city = regions.city().name();
				if (d.name().startsWith(city)) {
					units.putIfAbsent("市" + d.name().substring(city.length()), d.code());
				}
			}
		}
		return PlanImport.read(text, units);
	}

	// --- changing
	// -----------------------------------------------------------------------------------------------

	@Transactional
	PlanOverview create(CurrentUser user, NewPlan form) {
		require(form.code() != null && form.code().matches("[A-Za-z0-9_.-]{2,60}"), "code",
				"a plan needs a code of 2–60 letters, digits, '-', '_' or '.'");
		require(form.name() != null && !form.name().isBlank(), "name", "a plan needs a name");
		require(form.level() != null && Set.of("CITY", "DISTRICT", "ENTERPRISE").contains(form.level()), "level",
				"level must be CITY, DISTRICT or ENTERPRISE");
		require(form.regionCode() != null && regions.find(form.regionCode()).isPresent(), "regionCode",
				"unknown region code '" + form.regionCode() + "'");
		requireWrites(user, form.regionCode());
		if (plans.codeTaken(form.code())) {
			throw new PlanRejected(Refusal.CONFLICT, "code", "a plan with code '" + form.code() + "' exists");
		}
		PlanContent content = form.content() == null ? PlanContent.empty() : form.content();
		validate(content);
		Instant now = clock.instant();
		UUID id = UUID.randomUUID();
		plans.insertPlan(new PlanRow(id, form.code(), form.name().strip(), form.level(), form.regionCode(),
				form.category() == null ? "GENERAL" : form.category(), user.username(), now));
		plans.insertVersion(UUID.randomUUID(), id, 1, content, reason(form.reason(), "初始版本"), null, user.username(),
				now);
		if (form.references() != null && !form.references().isEmpty()) {
			setReferences(id, new LinkedHashSet<>(form.references()));
		}
		audit.record(AuditEntry.of("plan.create", "plan:" + id, "success", form.code() + " " + form.name()));
		return overview(plans.plan(id).orElseThrow(), plans.versions(id));
	}

	@Transactional
	PlanVersionView edit(CurrentUser user, UUID planId, int number, PlanContent content, String reason) {
		PlanRow plan = lockWritable(user, planId);
		Versioned v = plans.version(planId, number).orElseThrow(() -> PlanRejected.missing("version " + number));
		if (!v.view().status().equals("DRAFT")) {
			throw PlanRejected.conflict("only a draft can be edited; version " + number + " is " + v.view().status());
		}
		require(content != null, "content", "the plan content is missing");
		validate(content);
		plans.edit(v.view().id(), content, reason(reason, v.view().reason()), user.username(), clock.instant());
		audit.record(AuditEntry.of("plan.edit", "plan:" + plan.id() + ":v" + number, "success", reason));
		return plans.version(v.view().id()).orElseThrow().view();
	}

	@Transactional
	PlanVersionView submit(CurrentUser user, UUID planId, int number) {
		lockWritable(user, planId);
		Versioned v = plans.version(planId, number).orElseThrow(() -> PlanRejected.missing("version " + number));
		if (!v.view().status().equals("DRAFT")) {
			throw PlanRejected
				.conflict("only a draft can be submitted for review; version " + number + " is " + v.view().status());
		}
		plans.submit(v.view().id(), user.username(), clock.instant());
		audit.record(AuditEntry.of("plan.submit", "plan:" + planId + ":v" + number, "success", null));
		return plans.version(v.view().id()).orElseThrow().view();
	}

	@Transactional
	PlanVersionView returnToDraft(CurrentUser user, UUID planId, int number, String reason) {
		lockWritable(user, planId);
		Versioned v = plans.version(planId, number).orElseThrow(() -> PlanRejected.missing("version " + number));
		if (!v.view().status().equals("REVIEW")) {
			throw PlanRejected
				.conflict("only a version in review can be returned; version " + number + " is " + v.view().status());
		}
		plans.returnToDraft(v.view().id(), clock.instant());
		audit.record(AuditEntry.of("plan.return", "plan:" + planId + ":v" + number, "success", reason));
		return plans.version(v.view().id()).orElseThrow().view();
	}

	@Transactional
	PlanVersionView approve(CurrentUser user, UUID planId, int number) {
		lockWritable(user, planId);
		Versioned v = plans.version(planId, number).orElseThrow(() -> PlanRejected.missing("version " + number));
		if (!v.view().status().equals("REVIEW")) {
			throw PlanRejected
				.conflict("only a version in review can be approved; version " + number + " is " + v.view().status());
		}
		if (v.editors().contains(user.username()) || user.username().equals(v.view().author())) {
			// the refusal is part of the record (who tried to approve their own text), so
			// it outlives the rollback
			audit.recordIndependently(AuditEntry.of("plan.publish", "plan:" + planId + ":v" + number, "refused",
					"four eyes: " + user.username() + " wrote or edited this version"));
			throw new PlanRejected(Refusal.FORBIDDEN, "approvedBy",
					"four eyes: " + user.username() + " wrote this version and cannot approve it");
		}
		plans.publish(planId, v.view().id(), user.username(), clock.instant());
		audit.record(AuditEntry.of("plan.publish", "plan:" + planId + ":v" + number, "success",
				"approved by " + user.username()));
		return plans.version(v.view().id()).orElseThrow().view();
	}

	@Transactional
	PlanVersionView revise(CurrentUser user, UUID planId, String reason, String originKind, String originId) {
		lockWritable(user, planId);
		UUID id = revision(planId, reason, originKind, originId, user.username());
		return plans.version(id).orElseThrow().view();
	}

	@Override
	@Transactional
	public UUID openRevision(PlanId planId, String reason, String originKind, String originId, String by) {
		plans.planForUpdate(planId.value()).orElseThrow(() -> PlanRejected.missing("plan " + planId));
		return revision(planId.value(), reason, originKind, originId, by);
	}

	private UUID revision(UUID planId, String reason, String originKind, String originId, String by) {
		require(reason != null && !reason.isBlank(), "reason", "a revision needs the reason for the change");
		List<Versioned> versions = plans.versions(planId);
		if (versions.stream().anyMatch(v -> v.view().status().equals("DRAFT") || v.view().status().equals("REVIEW"))) {
			throw PlanRejected.conflict("the plan already has a version in draft or review");
		}
		PlanContent base = versions.stream()
			.filter(v -> v.view().status().equals("PUBLISHED"))
			.findFirst()
			.or(() -> versions.stream().reduce((a, b) -> b))
			.map(v -> v.view().content())
			.orElse(PlanContent.empty());
		UUID id = UUID.randomUUID();
		int number = plans.nextNumber(planId);
		plans.insertVersion(id, planId, number, base, reason.strip(),
				originKind == null && originId == null ? null : new Plans.VersionOrigin(originKind, originId), by,
				clock.instant());
		audit.record(AuditEntry.of("plan.revise", "plan:" + planId + ":v" + number, "success",
				reason + (originKind == null ? "" : " (" + originKind + ":" + originId + ")")));
		return id;
	}

	@Transactional
	PlanOverview references(CurrentUser user, UUID planId, List<UUID> references) {
		PlanRow plan = lockWritable(user, planId);
		require(references != null, "references", "a list of plan ids is needed");
		setReferences(planId, new LinkedHashSet<>(references));
		audit.record(AuditEntry.of("plan.references", "plan:" + planId, "success", references.toString()));
		return overview(plan, plans.versions(planId));
	}

	private void setReferences(UUID planId, Set<UUID> references) {
		for (UUID ref : references) {
			require(ref != null && plans.plan(ref).isPresent(), "references", "unknown plan " + ref);
		}
		Set<String> to = new LinkedHashSet<>();
		references.forEach(r -> to.add(r.toString()));
		Optional<List<String>> cycle = new ReferenceGraph(plans.references()).with(planId.toString(), to)
			.cycleThrough(planId.toString());
		if (cycle.isPresent()) {
			List<String> names = cycle.get()
				.stream()
				.map(id -> plans.plan(UUID.fromString(id)).map(PlanRow::code).orElse(id))
				.toList();
			throw PlanRejected.invalid("references", "the references would form a cycle: " + String.join(" → ", names));
		}
		plans.setReferences(planId, references);
	}

	// --- rules
	// ----------------------------------------------------------------------------------------------------

	void validate(PlanContent content) {
		Set<String> units = new HashSet<>();
		for (int i = 0; i < content.duties().size(); i++) {
			Duty d = content.duties().get(i);
			String field = "content.duties[" + i + "]";
			require(d.unitCode() != null && knownUnit(d.unitCode()), field + ".unitCode",
					"unknown unit '" + d.unitCode() + "'");
			require(units.add(d.unitCode()), field + ".unitCode", "unit " + d.unitCode() + " is listed twice");
			require(!d.duties().isEmpty(), field + ".duties", "a unit in the duty list needs at least one duty");
		}
		Set<String> scenarios = new HashSet<>();
		for (int i = 0; i < content.scenarios().size(); i++) {
			Scenario s = content.scenarios().get(i);
			String field = "content.scenarios[" + i + "]";
			require(s.code() != null && !s.code().isBlank(), field + ".code", "a scenario needs a code");
			require(scenarios.add(s.code()), field + ".code", "scenario code " + s.code() + " is used twice");
			require(s.name() != null && !s.name().isBlank(), field + ".name", "a scenario needs a name");
			for (int j = 0; j < s.conditions().size(); j++) {
				Condition c = s.conditions().get(j);
				String cf = field + ".conditions[" + j + "]";
				require(c.kind() != null && CONDITION_KINDS.contains(c.kind()), cf + ".kind",
						"condition kind must be one of " + CONDITION_KINDS);
				require(!c.values().isEmpty(), cf + ".values", "a condition needs values");
				if (c.kind().equals("LEVEL")) {
					require(ResponseLevel.parse(c.values().getFirst()) != null, cf + ".values",
							"level must be I, II, III or IV");
				}
			}
		}
		for (int i = 0; i < content.measures().size(); i++) {
			Measure m = content.measures().get(i);
			String field = "content.measures[" + i + "]";
			require(m.scenarioCode() != null && scenarios.contains(m.scenarioCode()), field + ".scenarioCode",
					"unknown scenario '" + m.scenarioCode() + "'");
			require(m.level() != null, field + ".level", "level must be I, II, III or IV");
			require(m.unitCode() != null && knownUnit(m.unitCode()), field + ".unitCode",
					"unknown unit '" + m.unitCode() + "'");
			require(m.task() != null && !m.task().isBlank(), field + ".task", "a measure needs a task");
			require(m.deadlineMinutes() > 0 && m.deadlineMinutes() <= 30 * 24 * 60, field + ".deadlineMinutes",
					"the deadline must be 1 minute to 30 days after activation");
			if (m.audience() != null) {
				for (String role : m.audience().roles()) {
					require(enumHas(PersonRole.class, role), field + ".audience.roles", "unknown role '" + role + "'");
				}
				for (String duty : m.audience().duties()) {
					require(enumHas(ResponsibilityType.class, duty), field + ".audience.duties",
							"unknown duty '" + duty + "'");
				}
			}
		}
	}

	private boolean knownUnit(String code) {
		return WILDCARD_UNIT.matcher(code).matches() || departments.find(code).isPresent();
	}

	private static <E extends Enum<E>> boolean enumHas(Class<E> type, String name) {
		for (E e : type.getEnumConstants()) {
			if (e.name().equals(name)) {
				return true;
			}
		}
		return false;
	}

	private static void require(boolean ok, String field, String message) {
		if (!ok) {
			throw PlanRejected.invalid(field, message);
		}
	}

	private static String reason(String given, String fallback) {
		return given == null || given.isBlank() ? fallback : given.strip();
	}

	boolean sees(CurrentUser user, PlanRow plan) {
		String mine = user.jurisdiction().regionCode();
		return regions.isWithin(plan.regionCode(), mine) || regions.isWithin(mine, plan.regionCode());
	}

	private PlanRow visible(CurrentUser user, UUID planId) {
		PlanRow plan = plans.plan(planId).orElseThrow(() -> PlanRejected.missing("plan " + planId));
		if (!sees(user, plan)) {
			throw new OutsideJurisdiction("plan:" + planId);
		}
		return plan;
	}

	private PlanRow lockWritable(CurrentUser user, UUID planId) {
		PlanRow plan = plans.planForUpdate(planId).orElseThrow(() -> PlanRejected.missing("plan " + planId));
		requireWrites(user, plan.regionCode());
		return plan;
	}

	private void requireWrites(CurrentUser user, String regionCode) {
		if (!regions.isWithin(regionCode, user.jurisdiction().regionCode())) {
			throw new OutsideJurisdiction("plan region " + regionCode);
		}
		if (!(user.has(Role.DUTY_OFFICER) || user.has(Role.COMMANDER) || user.has(Role.ADMIN))) {
			throw new org.springframework.security.access.AccessDeniedException(
					"only duty officers, commanders and administrators edit plans");
		}
	}

}
