package org.forewarn.enforcement;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.IntSupplier;

import org.forewarn.platform.TextPolicy;

/**
 * An enforcement case 执法案件 under its case code: filed → investigating → reviewing
 * (four-eyes) → deciding → executing → rechecking → closed. Every move checks the current
 * step and appends a line to the case's steps; a move made after its step's deadline
 * marks the case as having run over.
 */
final class EnforcementCase {

	/** The penalty decision 处罚决定. */
	record Decision(PenaltyType penalty, BigDecimal fineAmount, String legalBasis, String note, String decidedBy,
			Instant decidedAt) {
	}

	/** One line of the case's steps. */
	record Step(String action, CaseStatus status, String actor, String note, Instant at, boolean overdue) {
	}

	/** Everything stored of a case. */
	record Snapshot(UUID id, CaseCode code, String caseNumber, String uscc, String enterprise, String districtCode,
			String departmentCode, String title, String cause, CaseStatus status, String investigator,
			UUID investigatorId, UUID submittedById, String reviewer, Decision decision, Boolean rectified,
			Instant stepStartedAt, Instant stepDeadline, boolean everOverdue, String filedBy, Instant filedAt,
			Instant closedAt, int version) {
	}

	private final UUID id;

	private final CaseCode code;

	private final String caseNumber;

	private final String uscc;

	private final String enterprise;

	private final String districtCode;

	private final String departmentCode;

	private final String title;

	private final String cause;

	private CaseStatus status;

	private String investigator;

	private UUID investigatorId;

	private UUID submittedById;

	private String reviewer;

	private Decision decision;

	private Boolean rectified;

	private Instant stepStartedAt;

	private Instant stepDeadline;

	private boolean everOverdue;

	private final String filedBy;

	private final Instant filedAt;

	private Instant closedAt;

	private final int version;

	private final List<Step> newSteps = new ArrayList<>();

	private EnforcementCase(Snapshot s) {
		this.id = s.id();
		this.code = s.code();
		this.caseNumber = s.caseNumber();
		this.uscc = s.uscc();
		this.enterprise = s.enterprise();
		this.districtCode = s.districtCode();
		this.departmentCode = s.departmentCode();
		this.title = s.title();
		this.cause = s.cause();
		this.status = s.status();
		this.investigator = s.investigator();
		this.investigatorId = s.investigatorId();
		this.submittedById = s.submittedById();
		this.reviewer = s.reviewer();
		this.decision = s.decision();
		this.rectified = s.rectified();
		this.stepStartedAt = s.stepStartedAt();
		this.stepDeadline = s.stepDeadline();
		this.everOverdue = s.everOverdue();
		this.filedBy = s.filedBy();
		this.filedAt = s.filedAt();
		this.closedAt = s.closedAt();
		this.version = s.version();
	}

	/** 立案: a new case, waiting for its investigation to start. */
	static EnforcementCase file(UUID id, CaseCode code, String caseNumber, String uscc, String enterprise,
			String districtCode, String departmentCode, String title, String cause, Officer by, Instant now,
			CaseDeadlines deadlines) {
		if (title == null || title.isBlank()) {
			throw new Rejected(org.forewarn.platform.Refusal.INVALID, "title", "A case needs a title (案由).");
		}
		EnforcementCase c = new EnforcementCase(new Snapshot(id, code, caseNumber, uscc, enterprise, districtCode,
				departmentCode, title.strip(), cause, CaseStatus.FILED, null, null, null, null, null, null, now,
				deadlines.deadlineOf(CaseStatus.FILED, now), false, by.username(), now, null, 0));
		c.newSteps.add(new Step("file", CaseStatus.FILED, by.displayName(), cause, now, false));
		return c;
	}

	static EnforcementCase restore(Snapshot snapshot) {
		return new EnforcementCase(snapshot);
	}

	/**
	 * Makes a move: the switch over the command's type is the whole list of moves, so a
	 * new move cannot be added without saying here which step it takes the case to.
	 * @param evidence counts the case's evidence, asked only when the move needs it
	 * (submitting for review)
	 */
	void apply(CaseCommand command, Officer by, IntSupplier evidence, Instant now, CaseDeadlines deadlines) {
		switch (command) {
			case CaseCommand.Investigate m -> startInvestigation(by, m.note(), now, deadlines);
			case CaseCommand.Submit m -> submitForReview(by, evidence.getAsInt(), m.note(), now, deadlines);
			case CaseCommand.Approve m -> approve(by, m.note(), now, deadlines);
			case CaseCommand.Return m -> returnToInvestigation(by, m.note(), now, deadlines);
			case CaseCommand.Decide m ->
				decide(by, m.penalty(), m.fineAmount(), m.legalBasis(), m.note(), now, deadlines);
			case CaseCommand.Execute m -> execute(by, m.note(), now, deadlines);
			case CaseCommand.Recheck m -> recheck(by, m.passed(), m.note(), now, deadlines);
			case CaseCommand.Close m -> close(by, m.note(), now, deadlines);
		}
	}

	/** 调查取证 starts; whoever starts it is the investigator. */
	void startInvestigation(Officer by, String note, Instant now, CaseDeadlines deadlines) {
		expect("investigate", CaseStatus.FILED);
		investigator = by.displayName();
		investigatorId = by.id();
		moveTo("investigate", CaseStatus.INVESTIGATING, by, note, now, deadlines);
	}

	/** Hands the investigation in for review; there must be evidence to review. */
	void submitForReview(Officer by, int evidence, String note, Instant now, CaseDeadlines deadlines) {
		expect("submit", CaseStatus.INVESTIGATING);
		if (evidence == 0) {
			throw new IllegalCaseMove("Case " + code + " has no evidence yet: add documents, photos or video before "
					+ "submitting it for review.");
		}
		submittedById = by.id();
		moveTo("submit", CaseStatus.REVIEWING, by, note, now, deadlines);
	}

	/**
	 * 审核 passed: a second person — not the investigator, not whoever submitted it —
	 * approves.
	 */
	void approve(Officer by, String note, Instant now, CaseDeadlines deadlines) {
		expect("approve", CaseStatus.REVIEWING);
		checkFourEyes(by);
		reviewer = by.displayName();
		moveTo("approve", CaseStatus.DECIDING, by, note, now, deadlines);
	}

	/** 审核 sends the case back for more evidence. */
	void returnToInvestigation(Officer by, String note, Instant now, CaseDeadlines deadlines) {
		expect("return", CaseStatus.REVIEWING);
		checkFourEyes(by);
		if (note == null || note.isBlank()) {
			throw new IllegalCaseMove("Say why case " + code + " goes back to the investigation (note).");
		}
		moveTo("return", CaseStatus.INVESTIGATING, by, note, now, deadlines);
	}

	/** 处罚决定: the penalty, its amount (fines) and its legal basis. */
	void decide(Officer by, PenaltyType penalty, BigDecimal fineAmount, String legalBasis, String note, Instant now,
			CaseDeadlines deadlines) {
		expect("decide", CaseStatus.DECIDING);
		if (penalty == null) {
			throw new Rejected(org.forewarn.platform.Refusal.INVALID, "penalty",
					"Choose the penalty: WARNING, FINE, CONFISCATION, SUSPENSION or REVOCATION.");
		}
		if (legalBasis == null || legalBasis.isBlank()) {
			throw new Rejected(org.forewarn.platform.Refusal.INVALID, "legalBasis",
					"A decision cites its legal basis, e.g. 《安全生产法》第九十七条.");
		}
		if (penalty == PenaltyType.FINE || penalty == PenaltyType.CONFISCATION) {
			if (fineAmount == null || fineAmount.signum() <= 0) {
				throw new Rejected(org.forewarn.platform.Refusal.INVALID, "fineAmount",
						"A " + penalty + " decision needs an amount above 0 (yuan).");
			}
		}
		else if (fineAmount != null && fineAmount.signum() != 0) {
			throw new Rejected(org.forewarn.platform.Refusal.INVALID, "fineAmount",
					"A " + penalty + " decision has no amount.");
		}
		if (fineAmount != null && fineAmount.compareTo(new BigDecimal("1000000000")) >= 0) {
			throw new Rejected(org.forewarn.platform.Refusal.INVALID, "fineAmount",
					"The amount must be below 1,000,000,000 yuan.");
		}
		decision = new Decision(penalty,
				fineAmount == null || fineAmount.signum() == 0 ? null
						: fineAmount.setScale(2, java.math.RoundingMode.HALF_UP),
				legalBasis.strip(), note, by.displayName(), now);
		moveTo("decide", CaseStatus.EXECUTING, by,
				penalty.chinese() + (decision.fineAmount() == null ? "" : " ¥" + decision.fineAmount().toPlainString())
						+ "，依据" + decision.legalBasis(),
				now, deadlines);
	}

	/** 执行: the decision was carried out (fine paid, order served …). */
	void execute(Officer by, String note, Instant now, CaseDeadlines deadlines) {
		expect("execute", CaseStatus.EXECUTING);
		moveTo("execute", CaseStatus.RECHECKING, by, note, now, deadlines);
	}

	/**
	 * 整改复查: the rectification was checked on site; a failed check keeps the step open
	 * with a new deadline.
	 */
	void recheck(Officer by, boolean passed, String note, Instant now, CaseDeadlines deadlines) {
		expect("recheck", CaseStatus.RECHECKING);
		rectified = passed;
		moveTo("recheck", CaseStatus.RECHECKING, by, (passed ? "复查合格" : "复查不合格") + (note == null ? "" : "：" + note),
				now, deadlines);
	}

	/** 结案, after a passed rectification check. */
	void close(Officer by, String note, Instant now, CaseDeadlines deadlines) {
		expect("close", CaseStatus.RECHECKING);
		if (!Boolean.TRUE.equals(rectified)) {
			throw new IllegalCaseMove("Case " + code + " cannot be closed before a rectification check has passed.");
		}
		moveTo("close", CaseStatus.CLOSED, by, note, now, deadlines);
		closedAt = now;
	}

	/** The moves the case's current step allows (the console shows them as buttons). */
	Set<String> possibleActions() {
		Set<String> actions = new LinkedHashSet<>();
		switch (status) {
			case FILED -> actions.add("investigate");
			case INVESTIGATING -> actions.add("submit");
			case REVIEWING -> {
				actions.add("approve");
				actions.add("return");
			}
			case DECIDING -> actions.add("decide");
			case EXECUTING -> actions.add("execute");
			case RECHECKING -> {
				actions.add("recheck");
				if (Boolean.TRUE.equals(rectified)) {
					actions.add("close");
				}
			}
			case CLOSED -> {
			}
		}
		return actions;
	}

	/**
	 * Whether evidence may be added: while the facts are gathered and reviewed, and for
	 * the rectification check.
	 */
	boolean takesEvidence() {
		return EnumSet.of(CaseStatus.FILED, CaseStatus.INVESTIGATING, CaseStatus.REVIEWING, CaseStatus.RECHECKING)
			.contains(status);
	}

	boolean overdue(Instant now) {
		return stepDeadline != null && now.isAfter(stepDeadline);
	}

	private void checkFourEyes(Officer by) {
		if (by.is(investigatorId) || by.is(submittedById)) {
			throw new FourEyesViolated("Case " + code + " was investigated or submitted by you; its review needs a "
					+ "second person (four-eyes).");
		}
	}

	private void expect(String action, CaseStatus required) {
		if (status != required) {
			throw new IllegalCaseMove("'" + action + "' is not possible: case " + code + " is at step " + status + " ("
					+ status.chinese() + "); it needs " + required + " (" + required.chinese() + ").");
		}
	}

	private void moveTo(String action, CaseStatus next, Officer by, String note, Instant now, CaseDeadlines deadlines) {
		boolean late = overdue(now);
		everOverdue |= late;
		status = next;
		stepStartedAt = now;
		stepDeadline = deadlines.deadlineOf(next, now);
		newSteps.add(new Step(action, next, by.displayName(), TextPolicy.blankToNull(note), now, late));
	}

	Snapshot snapshot() {
		return new Snapshot(id, code, caseNumber, uscc, enterprise, districtCode, departmentCode, title, cause, status,
				investigator, investigatorId, submittedById, reviewer, decision, rectified, stepStartedAt, stepDeadline,
				everOverdue, filedBy, filedAt, closedAt, version);
	}

	List<Step> newSteps() {
		return List.copyOf(newSteps);
	}

	UUID id() {
		return id;
	}

	CaseCode code() {
		return code;
	}

	String caseNumber() {
		return caseNumber;
	}

	String uscc() {
		return uscc;
	}

	String enterprise() {
		return enterprise;
	}

	String districtCode() {
		return districtCode;
	}

	String title() {
		return title;
	}

	CaseStatus status() {
		return status;
	}

	Decision decision() {
		return decision;
	}

	UUID investigatorId() {
		return investigatorId;
	}

	Instant filedAt() {
		return filedAt;
	}

}
