package org.forewarn.incident;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.forewarn.audit.AuditEntry;
import org.forewarn.audit.AuditTrail;
import org.forewarn.incident.Incidents.ActivationRow;
import org.forewarn.incident.Incidents.IncidentRow;
import org.forewarn.incident.Incidents.TaskRow;
import org.forewarn.incident.TaskPlanner.PlannedTask;
import org.forewarn.notification.Command;
import org.forewarn.notification.NotificationAcknowledged;
import org.forewarn.notification.Notifications;
import org.forewarn.organisation.DepartmentSummary;
import org.forewarn.organisation.Departments;
import org.forewarn.organisation.LocatedPerson;
import org.forewarn.organisation.People;
import org.forewarn.organisation.PersonRole;
import org.forewarn.organisation.PersonSummary;
import org.forewarn.organisation.ResponsibilityType;
import org.forewarn.plan.PlanContent;
import org.forewarn.plan.PlanContent.Audience;
import org.forewarn.plan.PlanVersionView;
import org.forewarn.plan.PlanLibrary;
import org.forewarn.plan.ResponseLevel;
import org.forewarn.platform.CurrentUser;
import org.forewarn.platform.IncidentId;
import org.forewarn.region.RegionLevel;
import org.forewarn.region.RegionSummary;
import org.forewarn.region.Regions;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One-click activation 一键调度 and the command board's tasks: preview of who is tasked and
 * notified, activation of a published plan version at a response level (idempotent by
 * key, and by plan version + level), response-level changes that add and cancel tasks,
 * the units' task moves and acknowledgements arriving from the notification module.
 */
@Service
class ResponseDesk {

	static final Duration ACKNOWLEDGE_WITHIN = Duration.ofMinutes(15);

	private final Incidents incidents;

	private final IncidentDesk desk;

	private final IncidentAccess access;

	private final Timeline timeline;

	private final PlanLibrary plans;

	private final Notifications notifications;

	private final People people;

	private final Departments departments;

	private final Regions regions;

	private final AuditTrail audit;

	private final Clock clock;

	ResponseDesk(Incidents incidents, IncidentDesk desk, IncidentAccess access, Timeline timeline, PlanLibrary plans,
			Notifications notifications, People people, Departments departments, Regions regions, AuditTrail audit,
			Clock clock) {
		this.incidents = incidents;
		this.desk = desk;
		this.access = access;
		this.timeline = timeline;
		this.plans = plans;
		this.notifications = notifications;
		this.people = people;
		this.departments = departments;
		this.regions = regions;
		this.audit = audit;
		this.clock = clock;
	}

	record ActivationForm(UUID planVersionId, String scenarioCode, String level, Boolean drill) {
	}

	record PreviewTask(String key, String unitCode, String unitName, String title, ResponseLevel level,
			int deadlineMinutes, int unitRecipients, int audienceRecipients) {
	}

	record ActivationPreview(String planName, int versionNumber, String scenarioCode, String scenarioName,
			ResponseLevel level, boolean drill, int tasks, int units, long unitRecipients, long audienceRecipients,
			long notifications, List<String> unitsWithoutRecipients, List<PreviewTask> taskList) {
	}

	record Activated(ActivationRow activation, boolean replayed, int tasks, long notifications) {
	}

	/**
	 * What an activation would do, computed exactly as the activation does it, nothing
	 * written.
	 */
	ActivationPreview preview(CurrentUser user, UUID incidentId, ActivationForm form) {
		IncidentRow incident = access.visible(user, incidentId);
		access.requireCommands(user, incident);
		Resolved r = resolve(incident, form);
		Staffing staffing = staff(incident, r.tasks(), r.drill());
		List<PreviewTask> list = new ArrayList<>();
		long unitRecipients = 0;
		long audience = 0;
		long notices = 0;
		for (PlannedTask t : r.tasks()) {
			int u = staffing.unit(t.unitCode()).size();
			int a = staffing.audience(t).size();
			unitRecipients += u;
			audience += a;
			notices += staffing.recipients(t).size();
			list.add(new PreviewTask(t.key(), t.unitCode(), t.unitName(), t.title(), t.level(), t.deadlineMinutes(), u,
					a));
		}
		Set<String> units = r.tasks()
			.stream()
			.map(PlannedTask::unitCode)
			.collect(Collectors.toCollection(LinkedHashSet::new));
		List<String> empty = units.stream().filter(u -> staffing.unit(u).isEmpty()).toList();
		return new ActivationPreview(r.version().planName(), r.version().number(), r.scenarioCode(), r.scenarioName(),
				r.level(), r.drill(), r.tasks().size(), units.size(), unitRecipients, audience, notices, empty, list);
	}

	@Transactional
	Activated activate(CurrentUser user, UUID incidentId, ActivationForm form, String idempotencyKey) {
		IncidentRow incident = desk.lock(user, incidentId);
		if (idempotencyKey != null && !idempotencyKey.isBlank()) {
			require(idempotencyKey.length() <= 200, "Idempotency-Key",
					"the idempotency key is longer than 200 characters");
			Optional<ActivationRow> earlier = incidents.activationByKey(incidentId, idempotencyKey);
			if (earlier.isPresent()) {
				ActivationRow a = earlier.get();
				// the level is not compared: a level change since the first request does
				// not make a retry different
				boolean same = a.planVersionId().equals(form.planVersionId())
						&& a.drill() == Boolean.TRUE.equals(form.drill()) && (form.scenarioCode() == null
								|| form.scenarioCode().isBlank() || a.scenarioCode().equals(form.scenarioCode()));
				require(same, "Idempotency-Key", "this key was used for a different activation (" + a.planName() + " v"
						+ a.versionNumber() + ", " + a.scenarioCode() + (a.drill() ? ", drill" : "") + ")");
				return new Activated(a, true, incidents.tasksOf(a.id()).size(), 0);
			}
		}
		IncidentDesk.requireOpen(incident);
		Resolved r = resolve(incident, form);
		List<ActivationRow> activations = incidents.activations(incidentId);
		for (ActivationRow a : activations) {
			if (!a.status().equals("ACTIVE") || !a.planId().equals(r.version().planId())) {
				continue;
			}
			if (a.planVersionId().equals(r.version().id()) && a.level() == r.level() && a.drill() == r.drill()
					&& a.scenarioCode().equals(r.scenarioCode())) {
				return new Activated(a, true, incidents.tasksOf(a.id()).size(), 0); // a
																					// retry
																					// without
																					// the
																					// key
			}
			throw IncidentRejected.conflict("planVersionId", "plan " + a.planName() + " v" + a.versionNumber()
					+ " is already active at level " + a.level() + "; change its response level instead");
		}
		Instant now = clock.instant();
		int number = activations.size() + 1;
		ActivationRow activation = new ActivationRow(UUID.randomUUID(), incidentId, number, r.version().planId(),
				r.version().id(), r.version().planName(), r.version().number(), r.scenarioCode(), r.scenarioName(),
				r.level(), r.drill(), "ACTIVE",
				idempotencyKey == null || idempotencyKey.isBlank() ? null : idempotencyKey, user.username(), now);
		incidents.insertActivation(activation);
		long notices = assign(user, incident, activation, r.tasks(), now, 0);
		if (!r.drill() && incident.status() == IncidentStatus.REPORTED) {
			incidents.setStatus(incidentId, IncidentStatus.RESPONDING, now);
		}
		String drill = r.drill() ? "【演练】" : "";
		audit.record(AuditEntry.of("incident.activate", "incident:" + incidentId, "success",
				drill + activation.planName() + " v" + activation.versionNumber() + " " + activation.scenarioCode()
						+ " " + activation.level() + "级: " + r.tasks().size() + " tasks, " + notices + " notices"));
		timeline.add(incidentId, "ACTIVATION",
				drill + "启动《" + activation.planName() + "》v" + activation.versionNumber() + "「"
						+ activation.scenarioName() + "」" + activation.level() + "级响应：" + r.tasks().size() + "项任务，通知"
						+ notices + "人次",
				user.username());
		return new Activated(activation, false, r.tasks().size(), notices);
	}

	@Transactional
	ActivationRow changeLevel(CurrentUser user, UUID incidentId, int number, ResponseLevel level, String reason) {
		IncidentRow incident = desk.lock(user, incidentId);
		IncidentDesk.requireOpen(incident);
		IncidentDesk.require(level != null, "level", "level must be I, II, III or IV");
		ActivationRow activation = incidents.activations(incidentId)
			.stream()
			.filter(a -> a.number() == number)
			.findFirst()
			.orElseThrow(() -> IncidentRejected.missing("activation " + number));
		if (!activation.status().equals("ACTIVE")) {
			throw IncidentRejected.conflict("number", "activation " + number + " has ended");
		}
		if (activation.level() == level) {
			return activation;
		}
		PlanVersionView version = plans.version(activation.planVersionId()).orElseThrow();
		List<PlannedTask> wanted = TaskPlanner.plan(version.content(), activation.scenarioCode(), level,
				affectedDistricts(incident), unitNames(version.content()));
		Map<String, TaskRow> existing = new HashMap<>();
		incidents.tasksOf(activation.id()).forEach(t -> existing.put(t.key(), t));
		Instant now = clock.instant();
		Set<String> wantedKeys = wanted.stream().map(PlannedTask::key).collect(Collectors.toSet());
		int cancelled = 0;
		for (TaskRow t : existing.values()) {
			if (!wantedKeys.contains(t.key()) && t.status().open()) {
				incidents.moveTask(t.id(), t.status(), TaskStatus.CANCELLED, "响应级别调整为" + level + "级，不再需要",
						user.username(), now);
				cancelled++;
			}
		}
		List<PlannedTask> added = new ArrayList<>();
		List<PlannedTask> reopened = new ArrayList<>();
		for (PlannedTask t : wanted) {
			TaskRow had = existing.get(t.key());
			if (had == null) {
				added.add(t);
			}
			else if (had.status() == TaskStatus.CANCELLED) {
				reopened.add(t);
			}
		}
		ActivationRow changed = new ActivationRow(activation.id(), activation.incidentId(), activation.number(),
				activation.planId(), activation.planVersionId(), activation.planName(), activation.versionNumber(),
				activation.scenarioCode(), activation.scenarioName(), level, activation.drill(), activation.status(),
				activation.idempotencyKey(), activation.activatedBy(), activation.activatedAt());
		int change = (int) incidents.timeline(incidentId)
			.stream()
			.filter(e -> e.kind().equals("RESPONSE_LEVEL"))
			.count() + 1;
		long notices = assign(user, incident, changed, added, now, change);
		Staffing staffing = staff(incident, reopened, activation.drill());
		for (PlannedTask t : reopened) {
			TaskRow had = existing.get(t.key());
			UUID command = send(user, incident, changed, t, staffing, change);
			incidents.reassign(had.id(), command, now.plus(Duration.ofMinutes(t.deadlineMinutes())), now);
		}
		incidents.setActivationLevel(activation.id(), level);
		audit.record(AuditEntry.of("incident.response-level", "incident:" + incidentId, "success",
				activation.level() + " → " + level + ": +" + (added.size() + reopened.size()) + " tasks, -" + cancelled
						+ " cancelled" + (reason == null ? "" : ", " + reason)));
		timeline.add(incidentId, "RESPONSE_LEVEL",
				"响应级别：" + activation.level() + "级 → " + level + "级，新增" + (added.size() + reopened.size()) + "项任务，取消"
						+ cancelled + "项" + (reason == null ? "" : "（" + reason + "）"),
				user.username());
		return changed;
	}

	/** Writes the tasks and sends each its command; returns the number of notices. */
	private long assign(CurrentUser user, IncidentRow incident, ActivationRow activation, List<PlannedTask> tasks,
			Instant now, int change) {
		Staffing staffing = staff(incident, tasks, activation.drill());
		List<TaskRow> rows = new ArrayList<>(tasks.size());
		long notices = 0;
		for (PlannedTask t : tasks) {
			UUID command = send(user, incident, activation, t, staffing, change);
			if (command != null) {
				notices += staffing.recipients(t).size();
			}
			rows.add(new TaskRow(UUID.randomUUID(), incident.id(), activation.id(), t.key(), t.unitCode(), t.unitName(),
					t.title(), t.detail(), t.level() == null ? null : t.level().name(), t.resources(),
					staffing.audience(t).size(), now.plus(Duration.ofMinutes(t.deadlineMinutes())), TaskStatus.ASSIGNED,
					null, command, activation.drill(), now, now, user.username()));
		}
		incidents.insertTasks(rows);
		return notices;
	}

	/**
	 * Sends a task's command; null when the unit has nobody to receive it (the board
	 * shows the task unnotified).
	 */
	private UUID send(CurrentUser user, IncidentRow incident, ActivationRow activation, PlannedTask t,
			Staffing staffing, int change) {
		List<UUID> persons = staffing.audience(t);
		if (staffing.unit(t.unitCode()).isEmpty() && persons.isEmpty()) {
			return null;
		}
		String drill = activation.drill() ? "【演练】" : "";
		String reference = "incident:" + incident.id() + ":activation:" + activation.number() + ":task:" + t.key()
				+ (change == 0 ? "" : ":change:" + change);
		String title = drill + "应急响应指令：" + activation.planName() + " " + activation.level() + "级响应";
		String body = drill + "事件：" + incident.title() + "（" + incident.code() + "）\n单位：" + t.unitName() + "\n任务："
				+ t.title() + (t.detail().equals(t.title()) ? "" : "（" + t.detail() + "）") + "\n时限：启动后"
				+ t.deadlineMinutes() + "分钟内"
				+ (t.resources().isEmpty() ? "" : "\n所需资源：" + String.join("、", t.resources())) + "\n请确认收到。";
		return notifications
			.send(new Command(reference, title, body, persons,
					staffing.unit(t.unitCode()).isEmpty() ? List.of() : List.of(t.unitCode()),
					user.jurisdiction().regionCode(), user.username(), ACKNOWLEDGE_WITHIN))
			.value();
	}

	// --- tasks
	// --------------------------------------------------------------------------------------------------

	@Transactional
	TaskRow moveTask(CurrentUser user, IncidentId incident, UUID taskId, TaskCommand command) {
		UUID incidentId = incident.value();
		IncidentRow row = access.visible(user, incidentId);
		TaskRow task = incidents.task(taskId)
			.filter(t -> t.incidentId().equals(incidentId))
			.orElseThrow(() -> IncidentRejected.missing("task " + taskId));
		boolean ownUnit = user.jurisdiction().hasDepartment()
				&& user.jurisdiction().departmentCode().equals(task.unitCode());
		if (!ownUnit && !access.commands(user, row)) {
			throw new org.springframework.security.access.AccessDeniedException(
					"only the handlers of " + task.unitName() + " or the incident's commanders move this task");
		}
		Step step = switch (command) {
			case TaskCommand.Acknowledge acknowledge -> new Step("acknowledge", TaskStatus.ACKNOWLEDGED, null);
			case TaskCommand.Start start -> new Step("start", TaskStatus.IN_PROGRESS, null);
			case TaskCommand.Finish finish -> new Step("done", TaskStatus.DONE, null);
			case TaskCommand.Block block -> {
				require(block.reason() != null && !block.reason().isBlank(), "reason", "say why the task is blocked");
				yield new Step("block", TaskStatus.BLOCKED, block.reason().strip());
			}
		};
		String action = step.action();
		TaskStatus to = step.to();
		String reason = step.reason();
		if (!task.status().canMoveTo(to)) {
			throw IncidentRejected.conflict("status", "a task cannot move from " + task.status() + " to " + to);
		}
		if (!incidents.moveTask(taskId, task.status(), to, reason, user.username(), clock.instant())) {
			throw IncidentRejected.conflict("status", "the task was changed meanwhile; reload and try again");
		}
		audit.record(AuditEntry.of("incident.task." + action, "incident:" + incidentId + ":task:" + taskId, "success",
				task.unitCode() + " " + task.status() + " → " + to + (reason == null ? "" : ": " + reason)));
		timeline.add(incidentId, "TASK",
				task.unitName() + "「" + task.title() + "」" + label(to) + (to == TaskStatus.BLOCKED ? "：" + reason : ""),
				user.username());
		return incidents.task(taskId).orElseThrow();
	}

	/**
	 * What a task command does: its name in the audit trail, the status it leads to, the
	 * reason it carries.
	 */
	private record Step(String action, TaskStatus to, String reason) {
	}

	/**
	 * A unit's person acknowledged the task's command: the task counts as acknowledged
	 * (once).
	 */
	@ApplicationModuleListener
	void on(NotificationAcknowledged acknowledged) {
		Optional<TaskRow> task = incidents.taskByCommand(acknowledged.subjectId());
		if (task.isEmpty() || task.get().status() != TaskStatus.ASSIGNED) {
			return;
		}
		TaskRow t = task.get();
		String who = people.find(acknowledged.personId())
			.map(PersonSummary::name)
			.orElse(String.valueOf(acknowledged.personId()));
		if (incidents.moveTask(t.id(), TaskStatus.ASSIGNED, TaskStatus.ACKNOWLEDGED, null, who, acknowledged.at())) {
			audit.record(AuditEntry.by(who, null, "incident.task.acknowledge",
					"incident:" + t.incidentId() + ":task:" + t.id(), "success",
					"acknowledged the command " + acknowledged.subjectId()));
			timeline.add(t.incidentId(), "TASK", t.unitName() + "「" + t.title() + "」已签收（" + who + "）", who);
		}
	}

	private static String label(TaskStatus status) {
		return switch (status) {
			case ACKNOWLEDGED -> "已签收";
			case IN_PROGRESS -> "处置中";
			case DONE -> "已完成";
			case BLOCKED -> "受阻";
			case CANCELLED -> "已取消";
			case ASSIGNED -> "已下达";
		};
	}

	// --- resolving a form into tasks and recipients
	// ------------------------------------------------------------

	private record Resolved(PlanVersionView version, String scenarioCode, String scenarioName, ResponseLevel level,
			boolean drill, List<PlannedTask> tasks) {
	}

	private Resolved resolve(IncidentRow incident, ActivationForm form) {
		require(form.planVersionId() != null, "planVersionId", "name the plan version to activate");
		PlanVersionView version = plans.version(form.planVersionId())
			.orElseThrow(
					() -> IncidentRejected.invalid("planVersionId", "unknown plan version " + form.planVersionId()));
		require(version.status().equals("PUBLISHED"), "planVersionId",
				"only the published version of a plan can be activated (this one is " + version.status() + ")");
		ResponseLevel level = IncidentDesk.level(form.level());
		String scenario = form.scenarioCode();
		if (scenario == null || scenario.isBlank()) {
			require(version.content().scenarios().size() == 1, "scenarioCode", "name the scenario to activate");
			scenario = version.content().scenarios().getFirst().code();
		}
		String code = scenario;
		var s = version.content()
			.scenarios()
			.stream()
			.filter(x -> x.code().equals(code))
			.findFirst()
			.orElseThrow(() -> IncidentRejected.invalid("scenarioCode", "the plan has no scenario '" + code + "'"));
		List<PlannedTask> tasks = TaskPlanner.plan(version.content(), s.code(), level, affectedDistricts(incident),
				unitNames(version.content()));
		return new Resolved(version, s.code(), s.name(), level, Boolean.TRUE.equals(form.drill()), tasks);
	}

	private Map<String, String> unitNames(PlanContent content) {
		Map<String, String> names = new HashMap<>();
		content.duties().forEach(d -> names.put(d.unitCode(), d.unitName()));
		return new LazyNames(names, departments);
	}

	/** Unit names from the duty list, else looked up in the organisation. */
	private static final class LazyNames extends HashMap<String, String> {

		private final transient Departments departments;

		LazyNames(Map<String, String> known, Departments departments) {
			super(known);
			this.departments = departments;
		}

		@Override
		public String getOrDefault(Object key, String fallback) {
			String name = get(key);
			if (name == null) {
				name = departments.find((String) key).map(DepartmentSummary::name).orElse(fallback);
				put((String) key, name);
			}
			return name;
		}

	}

	Set<String> affectedDistricts(IncidentRow incident) {
		Set<String> districts = new LinkedHashSet<>();
		districts.add(incident.districtCode());
		for (String code : incident.areaCodes()) {
			regions.ancestry(code)
				.stream()
				.filter(r -> r.level() == RegionLevel.DISTRICT)
				.map(RegionSummary::code)
				.forEach(districts::add);
		}
		return districts;
	}

	private record AudienceArea(Audience audience, String district) {
	}

	/**
	 * The people behind each unit and each task's audience, looked up once per
	 * activation.
	 */
	private final class Staffing {

		private final Map<String, List<UUID>> byUnit = new HashMap<>();

		private final Map<AudienceArea, List<UUID>> byAudience = new HashMap<>();

		private final boolean drill;

		Staffing(Map<String, List<UUID>> byUnit, boolean drill) {
			this.byUnit.putAll(byUnit);
			this.drill = drill;
		}

		List<UUID> unit(String code) {
			return byUnit.getOrDefault(code, List.of());
		}

		List<UUID> audience(PlannedTask t) {
			if (drill || t.audience() == null) {
				return List.of(); // a drill tasks the units only; nobody outside them
									// hears of it
			}
			return byAudience.getOrDefault(new AudienceArea(t.audience(), t.district()), List.of());
		}

		Set<UUID> recipients(PlannedTask t) {
			Set<UUID> all = new LinkedHashSet<>(unit(t.unitCode()));
			all.addAll(audience(t));
			return all;
		}

	}

	private Staffing staff(IncidentRow incident, Collection<PlannedTask> tasks, boolean drill) {
		Set<String> units = tasks.stream()
			.map(PlannedTask::unitCode)
			.collect(Collectors.toCollection(LinkedHashSet::new));
		Map<String, List<UUID>> byUnit = new LinkedHashMap<>();
		for (LocatedPerson p : people.ofDepartments(units)) {
			byUnit.computeIfAbsent(p.departmentCode(), k -> new ArrayList<>()).add(p.id());
		}
		Staffing staffing = new Staffing(byUnit, drill);
		if (!drill) {
			List<String> area = incident.areaCodes().isEmpty() ? List.of(incident.districtCode())
					: incident.areaCodes();
			for (PlannedTask t : tasks) {
				AudienceArea key = new AudienceArea(t.audience(), t.district());
				if (t.audience() != null && !staffing.byAudience.containsKey(key)) {
					Set<PersonRole> roles = t.audience()
						.roles()
						.stream()
						.map(PersonRole::valueOf)
						.collect(Collectors.toSet());
					Set<ResponsibilityType> duties = t.audience()
						.duties()
						.stream()
						.map(ResponsibilityType::valueOf)
						.collect(Collectors.toSet());
					// a district unit's task reaches the persons of its own district; a
					// city unit's the whole area
					List<String> where = t.district() == null ? area : List.of(t.district());
					staffing.byAudience.put(key,
							people.within(where, roles, duties).stream().map(LocatedPerson::id).toList());
				}
			}
		}
		return staffing;
	}

	private static void require(boolean ok, String field, String message) {
		IncidentDesk.require(ok, field, message);
	}

}
