package org.forewarn.enforcement;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.forewarn.hazard.Channel;
import org.forewarn.hazard.SignalledOrders;
import org.forewarn.platform.Role;
import org.springframework.stereotype.Component;

/**
 * What the API shows of inspections and cases: a case with its whole chain under the case
 * code.
 */
@Component
class CaseViews {

	/** An inspection record as the API shows it, composed of its parts. */
	record InspectionView(InspectionHeader header, InspectedEnterprise enterprise, InspectionVisit visit,
			List<Inspections.ItemResult> checklist, List<FindingView> findings,
			List<Inspections.InspectionPhoto> photos) {
	}

	/**
	 * The record's number, whose it is, what came of it (its conclusion and the case it
	 * opened) and who wrote it.
	 */
	record InspectionHeader(String number, String districtCode, String departmentCode, String caseCode,
			String conclusion, String createdBy, Instant createdAt) {
	}

	/** The enterprise inspected. */
	record InspectedEnterprise(String uscc, String name) {
	}

	/** Who inspected, when and where. */
	record InspectionVisit(List<String> inspectors, Instant inspectedAt, Double latitude, Double longitude,
			String address) {
	}

	/** A finding; {@code hazard} is set when it went to the hazard loop. */
	record FindingView(int findingNo, String description, String itemCode, String categoryCode, String grade,
			FindingHazard hazard, boolean toCase) {
	}

	/**
	 * The hazard report a finding became, and the disposal order that report became once
	 * the hazard loop took it.
	 */
	record FindingHazard(String ref, String orderCode, String orderStatus) {
	}

	record InspectionRow(String number, String uscc, String enterprise, String districtCode, List<String> inspectors,
			Instant inspectedAt, String caseCode) {
	}

	/**
	 * The case code's chain: inspection numbers → case code → accident investigation →
	 * hazard order codes.
	 */
	record CaseChain(String caseCode, String caseNumber, List<ChainInspection> inspections,
			AccidentInvestigations.Investigation accidentInvestigation, List<HazardOrderLink> hazardOrders) {
	}

	record ChainInspection(String number, Instant inspectedAt, List<String> inspectors, int findings) {
	}

	record HazardOrderLink(String inspectionNumber, String findingRef, String orderCode, String status) {
	}

	record DecisionView(PenaltyType penalty, String penaltyName, BigDecimal fineAmount, String legalBasis, String note,
			String decidedBy, Instant decidedAt) {
	}

	record CaseStepView(String action, CaseStatus status, String statusName, String actor, String note, Instant at,
			boolean overdue) {
	}

	/** A case as the API shows it, composed of its parts. */
	record CaseView(CaseHeader header, CaseEnterprise enterprise, CaseDeadline deadline, CaseHandling handling,
			DecisionView decision, CaseActions actions, CaseChain chain, CaseDossier dossier) {
	}

	/** What the case is and where it stands. */
	record CaseHeader(String caseCode, String caseNumber, String title, String cause, CaseStatus status,
			String statusName, String districtCode, String departmentCode) {
	}

	/** The enterprise the case is against. */
	record CaseEnterprise(String uscc, String name) {
	}

	/** The current step's time limit. */
	record CaseDeadline(Instant stepStartedAt, Instant stepDeadline, boolean overdue, boolean everOverdue) {
	}

	/**
	 * Who filed, investigated and reviewed the case, whether the rectification passed,
	 * when it closed.
	 */
	record CaseHandling(String filedBy, Instant filedAt, String investigator, String reviewer, Boolean rectified,
			Instant closedAt) {
	}

	/**
	 * The moves this viewer may make now (buttons), and whether they may add evidence.
	 */
	record CaseActions(Set<String> allowed, boolean takesEvidence) {
	}

	/** The case file 案卷: its steps, evidence and expert consultations. */
	record CaseDossier(List<CaseStepView> steps, List<Cases.Evidence> evidence,
			List<Cases.Consultation> consultations) {
	}

	private final Cases cases;

	private final Inspections inspections;

	private final AccidentInvestigations investigations;

	private final SignalledOrders signalled;

	private final Clock clock;

	CaseViews(Cases cases, Inspections inspections, AccidentInvestigations investigations, SignalledOrders signalled,
			Clock clock) {
		this.cases = cases;
		this.inspections = inspections;
		this.investigations = investigations;
		this.signalled = signalled;
		this.clock = clock;
	}

	CaseView of(EnforcementCase c, Officer viewer) {
		var s = c.snapshot();
		List<Inspections.Inspection> linked = inspections.ofCase(s.code().value());
		List<ChainInspection> chainInspections = new ArrayList<>();
		List<HazardOrderLink> orders = new ArrayList<>();
		for (Inspections.Inspection i : linked) {
			List<FindingView> findings = findings(i);
			chainInspections.add(new ChainInspection(i.number(), i.inspectedAt(), i.inspectors(), findings.size()));
			findings.stream()
				.filter(f -> f.hazard() != null)
				.forEach(f -> orders.add(new HazardOrderLink(i.number(), f.hazard().ref(), f.hazard().orderCode(),
						f.hazard().orderStatus())));
		}
		CaseChain chain = new CaseChain(s.code().value(), s.caseNumber(), chainInspections,
				investigations.ofCase(s.code().value()).orElse(null), orders);
		var d = s.decision();
		DecisionView decision = d == null ? null : new DecisionView(d.penalty(), d.penalty().chinese(), d.fineAmount(),
				d.legalBasis(), d.note(), d.decidedBy(), d.decidedAt());
		List<CaseStepView> steps = cases.steps(s.id())
			.stream()
			.map(st -> new CaseStepView(st.action(), st.status(), st.status().chinese(), st.actor(), st.note(), st.at(),
					st.overdue()))
			.toList();
		boolean officer = viewer.has(Role.INSPECTOR) || viewer.has(Role.HANDLER) || viewer.has(Role.COMMANDER);
		Set<String> actions = new java.util.LinkedHashSet<>(officer ? c.possibleActions() : Set.of());
		if (viewer.is(s.investigatorId()) || viewer.is(s.submittedById())) {
			actions.removeAll(Set.of("approve", "return")); // four-eyes: their review is
															// someone else's
		}
		return new CaseView(
				new CaseHeader(s.code().value(), s.caseNumber(), s.title(), s.cause(), s.status(), s.status().chinese(),
						s.districtCode(), s.departmentCode()),
				new CaseEnterprise(s.uscc(), s.enterprise()),
				new CaseDeadline(s.stepStartedAt(), s.stepDeadline(), c.overdue(clock.instant()), s.everOverdue()),
				new CaseHandling(s.filedBy(), s.filedAt(), s.investigator(), s.reviewer(), s.rectified(), s.closedAt()),
				decision, new CaseActions(actions, officer && c.takesEvidence()), chain,
				new CaseDossier(steps, cases.evidence(s.id()), cases.consultations(s.id())));
	}

	InspectionView of(Inspections.Inspection i) {
		return new InspectionView(
				new InspectionHeader(i.number(), i.districtCode(), i.departmentCode(), i.caseCode(), i.conclusion(),
						i.createdBy(), i.createdAt()),
				new InspectedEnterprise(i.uscc(), i.enterprise()),
				new InspectionVisit(i.inspectors(), i.inspectedAt(), i.latitude(), i.longitude(), i.address()),
				inspections.items(i.id()), findings(i), inspections.photos(i.id()));
	}

	InspectionRow row(Inspections.Inspection i) {
		return new InspectionRow(i.number(), i.uscc(), i.enterprise(), i.districtCode(), i.inspectors(),
				i.inspectedAt(), i.caseCode());
	}

	private List<FindingView> findings(Inspections.Inspection i) {
		List<Inspections.Finding> findings = inspections.findings(i.id());
		List<String> refs = findings.stream().map(Inspections.Finding::hazardRef).filter(r -> r != null).toList();
		Map<String, SignalledOrders.SignalledOrder> orders = signalled.ordersOf(Channel.INDUSTRY_INSPECTION, refs)
			.stream()
			.collect(Collectors.toMap(SignalledOrders.SignalledOrder::externalId, Function.identity(), (a, b) -> a));
		return findings.stream().map(f -> {
			var order = f.hazardRef() == null ? null : orders.get(f.hazardRef());
			return new FindingView(f.findingNo(), f.description(), f.itemCode(), f.categoryCode(), f.grade(),
					f.hazardRef() == null ? null : new FindingHazard(f.hazardRef(),
							order == null ? null : order.orderCode(), order == null ? null : order.status()),
					f.toCase());
		}).toList();
	}

}
