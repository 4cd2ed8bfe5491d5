package org.forewarn.incident;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.forewarn.incident.Incidents.ActivationRow;
import org.forewarn.incident.Incidents.ConsultationRow;
import org.forewarn.incident.Incidents.DecisionRow;
import org.forewarn.incident.Incidents.IncidentRow;
import org.forewarn.incident.Incidents.ReportRow;
import org.forewarn.incident.Incidents.TaskRow;
import org.forewarn.incident.Incidents.TimelineRow;
import org.forewarn.platform.CurrentUser;

import org.springframework.stereotype.Component;

/**
 * The command board 指挥板 of one incident: tasks by unit with overdue flags, timeline,
 * reports, 会商, decisions.
 */
@Component
class CommandBoard {

	private final Incidents incidents;

	private final IncidentDesk desk;

	private final IncidentAccess access;

	private final Clock clock;

	CommandBoard(Incidents incidents, IncidentDesk desk, IncidentAccess access, Clock clock) {
		this.incidents = incidents;
		this.desk = desk;
		this.access = access;
		this.clock = clock;
	}

	record TaskView(UUID id, String key, int activation, String unitCode, String unitName, String title, String detail,
			String level, List<String> resources, int audience, Instant deadlineAt, TaskStatus status,
			String blockedReason, boolean notified, boolean drill, boolean overdue, Instant updatedAt, String updatedBy,
			boolean mine) {
	}

	record UnitTasks(String unitCode, String unitName, List<TaskView> tasks, int open, int overdue) {
	}

	record Board(IncidentDesk.IncidentView incident, List<ActivationRow> activations, List<UnitTasks> units,
			Map<TaskStatus, Integer> counts, int overdue, List<TimelineRow> timeline, List<ReportRow> reports,
			List<ConsultationRow> consultations, List<DecisionRow> decisions, Instant at) {
	}

	Board board(CurrentUser user, UUID id) {
		IncidentRow incident = access.visible(user, id);
		Instant now = clock.instant();
		Map<UUID, Integer> numbers = new LinkedHashMap<>();
		List<ActivationRow> activations = incidents.activations(id);
		activations.forEach(a -> numbers.put(a.id(), a.number()));
		Map<String, List<TaskView>> byUnit = new LinkedHashMap<>();
		Map<String, String> names = new LinkedHashMap<>();
		Map<TaskStatus, Integer> counts = new EnumMap<>(TaskStatus.class);
		int overdue = 0;
		String mine = user.jurisdiction().departmentCode();
		for (TaskRow t : incidents.tasks(id)) {
			boolean late = t.status().open() && t.status() != TaskStatus.DONE && now.isAfter(t.deadlineAt());
			overdue += late ? 1 : 0;
			counts.merge(t.status(), 1, Integer::sum);
			names.putIfAbsent(t.unitCode(), t.unitName());
			byUnit.computeIfAbsent(t.unitCode(), k -> new ArrayList<>())
				.add(new TaskView(t.id(), t.key(), numbers.getOrDefault(t.activationId(), 0), t.unitCode(),
						t.unitName(), t.title(), t.detail(), t.level(), t.resources(), t.audience(), t.deadlineAt(),
						t.status(), t.blockedReason(), t.commandId() != null, t.drill(), late, t.updatedAt(),
						t.updatedBy(), t.unitCode().equals(mine)));
		}
		List<UnitTasks> units = new ArrayList<>();
		byUnit.forEach((code,
				tasks) -> units.add(new UnitTasks(code, names.get(code), tasks,
						(int) tasks.stream().filter(t -> t.status().open()).count(),
						(int) tasks.stream().filter(TaskView::overdue).count())));
		return new Board(desk.view(user, incident), activations, units, counts, overdue, incidents.timeline(id),
				incidents.reports(id), incidents.consultations(id), incidents.decisions(id), now);
	}

}
