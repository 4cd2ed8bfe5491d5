package org.forewarn.incident;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

import org.forewarn.audit.AuditEntry;
import org.forewarn.audit.AuditTrail;
import org.forewarn.incident.Incidents.ConsultationRow;
import org.forewarn.incident.Incidents.DecisionRow;
import org.forewarn.incident.Incidents.IncidentRow;
import org.forewarn.incident.Incidents.ReportRow;
import org.forewarn.organisation.DepartmentSummary;
import org.forewarn.organisation.Departments;
import org.forewarn.plan.PlanId;
import org.forewarn.plan.PlanMatch;
import org.forewarn.plan.PlanLibrary;
import org.forewarn.plan.ResponseLevel;
import org.forewarn.plan.Situation;
import org.forewarn.platform.CurrentUser;
import org.forewarn.platform.IncidentId;
import org.forewarn.platform.OutsideJurisdiction;
import org.forewarn.region.Placement;
import org.forewarn.region.RegionLevel;
import org.forewarn.region.RegionSummary;
import org.forewarn.region.Regions;
import org.forewarn.warning.WarningId;
import org.forewarn.warning.Warnings;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Incidents: reporting one in (type, level, location, area, lead department, origin),
 * information reports, status and level moves, consultations and decisions, plan matches
 * and after-action reviews. Every change is audited and put on the timeline in its
 * transaction.
 */
@Service
class IncidentDesk {

	static final Set<String> ORIGIN_KINDS = Set.of("WARNING", "ALARM", "HAZARD");

	private static final GeometryFactory GEOMETRY = new GeometryFactory();

	private final Incidents incidents;

	private final IncidentAccess access;

	private final Timeline timeline;

	private final Regions regions;

	private final Departments departments;

	private final Warnings warnings;

	private final PlanLibrary plans;

	private final AuditTrail audit;

	private final Clock clock;

	final IncidentCatalogue catalogue = IncidentCatalogue.DEFAULT;

	IncidentDesk(Incidents incidents, IncidentAccess access, Timeline timeline, Regions regions,
			Departments departments, Warnings warnings, PlanLibrary plans, AuditTrail audit, Clock clock) {
		this.incidents = incidents;
		this.access = access;
		this.timeline = timeline;
		this.regions = regions;
		this.departments = departments;
		this.warnings = warnings;
		this.plans = plans;
		this.audit = audit;
		this.clock = clock;
	}

	record NewIncident(String title, String typeCode, String level, Double latitude, Double longitude,
			List<String> areaCodes, String polygon, String originKind, String originId, Instant reportedAt) {
	}

	record ReportDeadlines(String rule, Instant firstPhoneBy, Instant firstWrittenBy, Instant firstReportedAt,
			boolean firstReportLate, Instant nextFollowUpBy, boolean finalReported) {
	}

	/**
	 * An incident as the console shows it, composed: what and where it is, who leads,
	 * what the reports say about its level, the reporting deadlines, and whether the
	 * caller runs it.
	 */
	record IncidentView(UUID id, IncidentSummary summary, IncidentClass type, IncidentPlace place, CodedName lead,
			LevelAssessment assessment, ReportDeadlines deadlines, boolean canCommand) {
	}

	/** The incident's identity and state; {@code origin} null when reported directly. */
	record IncidentSummary(String code, String title, ResponseLevel level, IncidentStatus status, Instant reportedAt,
			String createdBy, IncidentOrigin origin, boolean drillOnly) {
	}

	/**
	 * Its type by GB/T 35561 (class or type) and the category above it, with their names.
	 */
	record IncidentClass(String code, String name, String nameEn, String category, String categoryName) {
	}

	/**
	 * Where: the point, its district and street (code and name), the affected areas and
	 * the drawn polygon.
	 */
	record IncidentPlace(double latitude, double longitude, CodedName district, CodedName street,
			List<String> areaCodes, String polygon) {
	}

	/** A region or department by its code and name. */
	record CodedName(String code, String name) {
	}

	/**
	 * The latest reported figures, the legal criteria they meet, the level they imply and
	 * a warning if above.
	 */
	record LevelAssessment(Facts facts, List<String> criteria, ResponseLevel implied, String warning) {
	}

	// --- reading
	// ------------------------------------------------------------------------------------------------

	List<IncidentView> list(CurrentUser user, boolean includeClosed) {
		List<IncidentView> out = new ArrayList<>();
		for (IncidentRow row : incidents.all(includeClosed)) {
			if (access.sees(user, row)) {
				out.add(view(user, row));
			}
		}
		return out;
	}

	IncidentView get(CurrentUser user, UUID id) {
		return view(user, access.visible(user, id));
	}

	IncidentView view(CurrentUser user, IncidentRow row) {
		List<ReportRow> reports = incidents.reports(row.id());
		Facts facts = reports.isEmpty() ? Facts.NONE : reports.getLast().facts();
		LevelCheck check = LevelCheck.of(catalogue, row.category(), row.level(), facts);
		var type = catalogue.type(row.typeCode());
		var category = catalogue.type(row.category());
		var activations = incidents.activations(row.id());
		boolean drillOnly = !activations.isEmpty() && activations.stream().allMatch(Incidents.ActivationRow::drill);
		return new IncidentView(row.id(),
				new IncidentSummary(row.code(), row.title(), row.level(), row.status(), row.reportedAt(),
						row.createdBy(), row.origin(), drillOnly),
				new IncidentClass(row.typeCode(),
						type.map(IncidentCatalogue.IncidentType::nameZh).orElse(row.typeCode()),
						type.map(IncidentCatalogue.IncidentType::nameEn).orElse(row.typeCode()), row.category(),
						category.map(IncidentCatalogue.IncidentType::nameZh).orElse(row.category())),
				new IncidentPlace(row.latitude(), row.longitude(), region(row.districtCode()), region(row.streetCode()),
						row.areaCodes(), row.polygon()),
				new CodedName(row.leadDepartment(),
						departments.find(row.leadDepartment())
							.map(DepartmentSummary::name)
							.orElse(row.leadDepartment())),
				new LevelAssessment(facts, check.criteria(), check.implied(), check.warning()), deadlines(row, reports),
				user != null && access.commands(user, row));
	}

	private ReportDeadlines deadlines(IncidentRow row, List<ReportRow> reports) {
		IncidentCatalogue.Deadline d = catalogue.deadline(row.level());
		Instant phone = row.reportedAt().plus(Duration.ofMinutes(d.phoneMinutes()));
		Instant written = row.reportedAt().plus(Duration.ofMinutes(d.writtenMinutes()));
		Instant first = reports.stream()
			.filter(r -> r.kind().equals("FIRST"))
			.map(ReportRow::reportedAt)
			.findFirst()
			.orElse(null);
		boolean late = first == null ? clock.instant().isAfter(written) : first.isAfter(written);
		boolean fin = reports.stream().anyMatch(r -> r.kind().equals("FINAL"));
		Instant next = reports.isEmpty() || fin || row.status() == IncidentStatus.CLOSED ? null
				: reports.getLast().reportedAt().plus(Duration.ofMinutes(d.followUpMinutes()));
		return new ReportDeadlines(d.rule(), phone, written, first, late, next, fin);
	}

	private CodedName region(String code) {
		return code == null ? null : new CodedName(code, regions.find(code).map(RegionSummary::name).orElse(code));
	}

	List<ReportRow> reports(CurrentUser user, UUID id) {
		access.visible(user, id);
		return incidents.reports(id);
	}

	List<PlanMatch> matches(CurrentUser user, UUID id) {
		IncidentRow row = access.visible(user, id);
		return plans.matches(new Situation(row.typeCode(), row.level(), row.districtCode(), row.areaCodes()));
	}

	List<IncidentCatalogue.IncidentType> types() {
		return catalogue.types();
	}

	// --- changing
	// -----------------------------------------------------------------------------------------------

	@Transactional
	IncidentView create(CurrentUser user, NewIncident form) {
		require(form.title() != null && !form.title().isBlank() && form.title().length() <= 200, "title",
				"an incident needs a title of at most 200 characters");
		IncidentCatalogue.IncidentType type = catalogue.type(form.typeCode())
			.filter(t -> !t.level().equals("category"))
			.orElseThrow(() -> IncidentRejected.invalid("typeCode", "unknown incident type code '" + form.typeCode()
					+ "' (see GET /api/incidents/types; a class or type of GB/T 35561's four categories)"));
		ResponseLevel level = level(form.level());
		require(form.latitude() != null && form.longitude() != null && Math.abs(form.latitude()) <= 90
				&& Math.abs(form.longitude()) <= 180, "latitude", "an incident needs a location (latitude, longitude)");
		Placement place = regions.locate(form.latitude(), form.longitude())
			.orElseThrow(() -> IncidentRejected.invalid("latitude", "the location lies outside the city"));
		String district = place.district().code();
		if (!access.inJurisdiction(user, district)) {
			throw new OutsideJurisdiction("district " + district);
		}
		Set<String> area = new LinkedHashSet<>();
		for (String code : form.areaCodes() == null ? List.<String>of() : form.areaCodes()) {
			require(code != null && regions.find(code).isPresent(), "areaCodes", "unknown region code '" + code + "'");
			area.add(code);
		}
		String polygon = null;
		if (form.polygon() != null && !form.polygon().isBlank()) {
			Geometry shape = polygon(form.polygon());
			polygon = form.polygon().strip();
			regions.intersecting(shape, RegionLevel.DISTRICT).forEach(r -> area.add(r.code()));
		}
		// An incident is seen by the areas it names, so an area outside the caller's
		// jurisdiction would hand a
		// neighbour an incident it did not open (or, before, hide it from them);
		// incidents over several districts
		// are opened by the city.
		for (String code : area) {
			if (!access.inJurisdiction(user, code)) {
				String field = form.areaCodes() != null && form.areaCodes().contains(code) ? "areaCodes" : "polygon";
				String name = regions.find(code).map(r -> r.name()).orElse(code);
				throw new OutsideJurisdiction(field, field + " " + code, field + ": " + name + " (" + code
						+ ") lies outside your jurisdiction; an incident over several districts is opened by the city centre.");
			}
		}
		if (form.originKind() != null && !form.originKind().isBlank()) {
			validateOrigin(user, form.originKind(), form.originId());
		}
		Instant now = clock.instant();
		Instant reportedAt = form.reportedAt() == null ? now : form.reportedAt();
		require(!reportedAt.isAfter(now.plusSeconds(60)), "reportedAt", "the report time lies in the future");
		String lead = leadDepartment(type, level, district);
		String prefix = "SJ" + DateTimeFormatter.ofPattern("yyyyMMdd").withZone(ZoneId.of("Asia/Shanghai")).format(now)
				+ "-";
		UUID id = UUID.randomUUID();
		IncidentRow row = new IncidentRow(id, prefix + "%04d".formatted(incidents.nextSequence()), form.title().strip(),
				type.code(), type.category(), level, IncidentStatus.REPORTED, form.latitude(), form.longitude(),
				district, place.street() == null ? null : place.street().code(), List.copyOf(area), polygon, lead,
				IncidentOrigin.of(form.originKind(), form.originId()), reportedAt, user.username(), now, 0);
		incidents.insert(row);
		audit.record(AuditEntry.of("incident.create", "incident:" + id, "success",
				row.code() + " " + type.nameZh() + " " + level + "级 " + district));
		timeline.add(id, "REPORTED", "事件接报：" + row.title() + "（" + type.nameZh() + "，" + level + "级）", user.username());
		return view(user, row);
	}

	private String leadDepartment(IncidentCatalogue.IncidentType type, ResponseLevel level, String district) {
		String city = regions.city().code();
		String at = level.atLeast(ResponseLevel.II) ? city : district;
		String code = at + "-" + type.leadUnit();
		return departments.find(code).isPresent() ? code : city + "-" + type.leadUnit();
	}

	private void validateOrigin(CurrentUser user, String kind, String id) {
		require(ORIGIN_KINDS.contains(kind), "originKind", "origin kind must be WARNING, ALARM or HAZARD");
		UUID uuid;
		try {
			uuid = UUID.fromString(id == null ? "" : id);
		}
		catch (IllegalArgumentException e) {
			throw IncidentRejected.invalid("originId", "the origin id must be a UUID");
		}
		if (kind.equals("WARNING")) {
			// throws 404/403 problems itself when unknown or not visible
			warnings.visibleTo(user, new WarningId(uuid));
		}
		// Alarms and disposal orders have no public query API yet: their ids are kept as
		// given (documented in ADR 0008).
	}

	static Geometry polygon(String text) {
		try {
			List<Coordinate> points = new ArrayList<>();
			for (String pair : text.strip().split("\\s+")) {
				String[] ll = pair.split(",");
				points.add(new Coordinate(Double.parseDouble(ll[1]), Double.parseDouble(ll[0])));
			}
			if (!points.getFirst().equals2D(points.getLast())) {
				points.add(points.getFirst());
			}
			Geometry g = GEOMETRY.createPolygon(points.toArray(Coordinate[]::new));
			if (!g.isValid()) {
				throw new IllegalArgumentException("invalid");
			}
			return g;
		}
		catch (RuntimeException e) {
			throw IncidentRejected.invalid("polygon",
					"the polygon must be 'lat,lon lat,lon …' with at least three points and no self-intersection");
		}
	}

	static ResponseLevel level(String text) {
		ResponseLevel level = ResponseLevel.parse(text);
		if (level == null) {
			throw IncidentRejected.invalid("level", "level must be I, II, III or IV (was '" + text + "')");
		}
		return level;
	}

	record NewReport(String kind, Integer deaths, Integer injured, Integer missing, Integer trapped, Integer evacuated,
			BigDecimal directLoss, String summary) {
	}

	@Transactional
	ReportRow report(CurrentUser user, UUID id, NewReport form) {
		IncidentRow row = lock(user, id);
		if (row.status() == IncidentStatus.CLOSED) {
			throw IncidentRejected.conflict("status", "the incident is closed; no more reports can be filed");
		}
		require(form.kind() != null && Set.of("FIRST", "FOLLOW_UP", "FINAL").contains(form.kind()), "kind",
				"kind must be FIRST (首报), FOLLOW_UP (续报) or FINAL (终报)");
		List<ReportRow> reports = incidents.reports(id);
		if (form.kind().equals("FIRST") && !reports.isEmpty()) {
			throw IncidentRejected.conflict("kind", "the first report (首报) has been filed; file a follow-up (续报)");
		}
		if (!form.kind().equals("FIRST") && reports.isEmpty()) {
			throw IncidentRejected.invalid("kind", "file the first report (首报) before follow-ups or the final report");
		}
		if (reports.stream().anyMatch(r -> r.kind().equals("FINAL"))) {
			throw IncidentRejected.conflict("kind", "the final report (终报) has been filed");
		}
		Facts facts = new Facts(count("deaths", form.deaths()), count("injured", form.injured()),
				count("missing", form.missing()), count("trapped", form.trapped()),
				count("evacuated", form.evacuated()), form.directLoss() == null ? BigDecimal.ZERO : form.directLoss());
		require(facts.directLoss().signum() >= 0, "directLoss", "the direct loss cannot be negative");
		require(form.summary() != null && !form.summary().isBlank(), "summary", "a report needs its text");
		Instant now = clock.instant();
		ReportRow report = new ReportRow(UUID.randomUUID(), reports.size() + 1, form.kind(), facts,
				form.summary().strip(), user.username(), now);
		incidents.insertReport(id, report);
		String name = switch (form.kind()) {
			case "FIRST" -> "首报";
			case "FINAL" -> "终报";
			default -> "续报";
		};
		audit.record(AuditEntry.of("incident.report", "incident:" + id, "success", name + " #" + report.seq()));
		timeline.add(id, "REPORT", name + "：死亡" + facts.deaths() + "，受伤" + facts.injured() + "，失踪" + facts.missing()
				+ "，被困" + facts.trapped() + "，转移" + facts.evacuated(), user.username());
		LevelCheck check = LevelCheck.of(catalogue, row.category(), row.level(), facts);
		if (check.warning() != null) {
			timeline.add(id, "LEVEL_WARNING", check.warning(), "system");
		}
		return report;
	}

	private static int count(String field, Integer value) {
		if (value == null) {
			return 0;
		}
		require(value >= 0, field, field + " cannot be negative");
		return value;
	}

	/**
	 * Runs one of the commander's moves on the incident, in one transaction, audited and
	 * on the timeline.
	 */
	@Transactional
	IncidentView handle(CurrentUser user, IncidentId id, IncidentCommand command) {
		IncidentRow row = lock(user, id.value());
		IncidentStatus next = row.status().after(command);
		switch (command) {
			case IncidentCommand.Respond respond -> moveTo(user, row, next, respond.reason());
			case IncidentCommand.Recover recover -> moveTo(user, row, next, recover.reason());
			case IncidentCommand.Close close -> moveTo(user, row, next, close.reason());
			case IncidentCommand.ChangeLevel change -> changeLevel(user, row, change.level(), change.reason());
		}
		return view(user, incidents.find(id.value()).orElseThrow());
	}

	private void moveTo(CurrentUser user, IncidentRow row, IncidentStatus next, String reason) {
		UUID id = row.id();
		incidents.setStatus(id, next, clock.instant());
		if (next == IncidentStatus.CLOSED) {
			incidents.endActivations(id);
		}
		audit.record(AuditEntry.of("incident.status", "incident:" + id, "success",
				row.status() + " → " + next + (reason == null ? "" : ": " + reason)));
		timeline.add(id, "STATUS", "状态：" + row.status() + " → " + next + (reason == null ? "" : "（" + reason + "）"),
				user.username());
	}

	private void changeLevel(CurrentUser user, IncidentRow row, ResponseLevel level, String reason) {
		require(level != null, "level", "level must be I, II, III or IV");
		require(reason != null && !reason.isBlank(), "reason", "a level change needs its reason");
		if (level != row.level()) {
			UUID id = row.id();
			incidents.setLevel(id, level, clock.instant());
			audit.record(AuditEntry.of("incident.level", "incident:" + id, "success",
					row.level() + " → " + level + ": " + reason));
			timeline.add(id, "LEVEL", "事件定级调整：" + row.level() + "级 → " + level + "级（" + reason + "）", user.username());
		}
	}

	record NewConsultation(String topic, List<String> participants, String conclusions) {
	}

	@Transactional
	ConsultationRow consult(CurrentUser user, UUID id, NewConsultation form) {
		IncidentRow row = lock(user, id);
		requireOpen(row);
		require(form.topic() != null && !form.topic().isBlank(), "topic", "a consultation needs a topic");
		require(form.participants() != null && !form.participants().isEmpty(), "participants", "name the participants");
		require(form.conclusions() != null && !form.conclusions().isBlank(), "conclusions", "record the conclusions");
		ConsultationRow c = new ConsultationRow(UUID.randomUUID(), clock.instant(), form.topic().strip(),
				form.participants(), form.conclusions().strip(), user.username());
		incidents.insertConsultation(id, c);
		audit.record(AuditEntry.of("incident.consultation", "incident:" + id, "success", c.topic()));
		timeline.add(id, "CONSULTATION", "会商：" + c.topic() + " — " + c.conclusions(), user.username());
		return c;
	}

	@Transactional
	DecisionRow decide(CurrentUser user, UUID id, String decision) {
		IncidentRow row = lock(user, id);
		requireOpen(row);
		require(decision != null && !decision.isBlank(), "decision", "a decision needs its text");
		DecisionRow d = new DecisionRow(UUID.randomUUID(), clock.instant(), decision.strip(), user.username());
		incidents.insertDecision(id, d);
		audit.record(AuditEntry.of("incident.decision", "incident:" + id, "success", d.decision()));
		timeline.add(id, "DECISION", "决策：" + d.decision(), user.username());
		return d;
	}

	/**
	 * An after-action review: opens a revision of the plan the incident (or drill) ran
	 * on, linked to it.
	 */
	@Transactional
	UUID review(CurrentUser user, UUID id, PlanId planId, String reason) {
		IncidentRow row = lock(user, id);
		require(planId != null, "planId", "name the plan the incident ran on");
		var activation = incidents.activations(id)
			.stream()
			.filter(a -> a.planId().equals(planId.value()))
			.findFirst()
			.orElseThrow(() -> IncidentRejected.invalid("planId", "the incident did not run on plan " + planId));
		UUID version = plans.openRevision(planId, reason, activation.drill() ? "DRILL" : "INCIDENT",
				row.id().toString(), user.username());
		audit.record(AuditEntry.of("incident.review", "incident:" + id, "success", "plan revision " + version));
		timeline.add(id, "REVIEW", "复盘：预案《" + activation.planName() + "》开启修订（" + reason + "）", user.username());
		return version;
	}

	IncidentRow lock(CurrentUser user, UUID id) {
		IncidentRow row = incidents.lock(id).orElseThrow(() -> IncidentRejected.missing("incident " + id));
		access.requireCommands(user, row);
		return row;
	}

	static void requireOpen(IncidentRow row) {
		if (row.status() == IncidentStatus.CLOSED) {
			throw IncidentRejected.conflict("status", "the incident is closed");
		}
	}

	static void require(boolean ok, String field, String message) {
		if (!ok) {
			throw IncidentRejected.invalid(field, message);
		}
	}

}
