package org.forewarn.hazard;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.forewarn.hazard.classifier.Classification;

/**
 * The disposal order 处置单: one hazard, from dispatch to closing. It guards its own
 * transitions — each checks the status it starts from, moves the step deadline and
 * appends a line to the timeline. Who may make a move is the {@link OrderPolicy}'s
 * business, not the order's.
 */
final class DisposalOrder {

	private final DisposalOrderId id;

	private final String code;

	private final Channel channel;

	private final String description;

	private final Location location;

	private final Instant openedAt;

	private final String enterpriseName;

	private final String enterpriseUscc;

	private final String classifierCategory;

	private final Double classifierConfidence;

	private final int version;

	private OrderStatus status;

	private String categoryCode;

	private Grade grade;

	private String departmentCode;

	private String routingNote;

	private Verification verification;

	private Resolution resolution;

	private Instant stepStartedAt;

	private Instant stepDeadline;

	private Instant redAt;

	private Instant rectifyDeadline;

	private Supervision supervision;

	private boolean everOverdue;

	private Instant closedAt;

	private int reportCount;

	private UUID lastSubmittedBy;

	private final List<Step> newSteps = new ArrayList<>();

	private final List<Object> events = new ArrayList<>();

	/**
	 * Where the hazard is: the point (if known), the address text and the areas it falls
	 * in.
	 */
	record Location(Double latitude, Double longitude, String address, String districtCode, String streetCode,
			String communityCode, String gridCode) {

		/** An address no area could be found for: the dispatcher places it. */
		static Location unplaced(String address) {
			return byAddress(address, null, null, null);
		}

		/**
		 * An address without a point, placed in the areas its text names (no grid: that
		 * needs the point).
		 */
		static Location byAddress(String address, String districtCode, String streetCode, String communityCode) {
			return new Location(null, null, address, districtCode, streetCode, communityCode, null);
		}

		boolean placed() {
			return districtCode != null;
		}

		/**
		 * Whether the order's territory is the area {@code regionCode} or lies inside it
		 * (city: everything).
		 */
		boolean within(String regionCode, String cityCode) {
			return regionCode.equals(cityCode) || regionCode.equals(districtCode) || regionCode.equals(streetCode)
					|| regionCode.equals(communityCode) || regionCode.equals(gridCode);
		}
	}

	/** The state as stored, for the repository. */
	record Snapshot(DisposalOrderId id, String code, OrderStatus status, String categoryCode, Grade grade,
			Channel channel, String description, Location location, String departmentCode, String classifierCategory,
			Double classifierConfidence, String routingNote, Verification verification, Resolution resolution,
			Instant stepStartedAt, Instant stepDeadline, Instant redAt, Instant rectifyDeadline,
			Supervision supervision, boolean everOverdue, Instant openedAt, Instant closedAt, int reportCount,
			String enterpriseName, String enterpriseUscc, UUID lastSubmittedBy, int version) {
	}

	private DisposalOrder(Snapshot s) {
		this.id = s.id();
		this.code = s.code();
		this.status = s.status();
		this.categoryCode = s.categoryCode();
		this.grade = s.grade();
		this.channel = s.channel();
		this.description = s.description();
		this.location = s.location();
		this.departmentCode = s.departmentCode();
		this.classifierCategory = s.classifierCategory();
		this.classifierConfidence = s.classifierConfidence();
		this.routingNote = s.routingNote();
		this.verification = s.verification();
		this.resolution = s.resolution();
		this.stepStartedAt = s.stepStartedAt();
		this.stepDeadline = s.stepDeadline();
		this.redAt = s.redAt();
		this.rectifyDeadline = s.rectifyDeadline();
		this.supervision = s.supervision();
		this.everOverdue = s.everOverdue();
		this.openedAt = s.openedAt();
		this.closedAt = s.closedAt();
		this.reportCount = s.reportCount();
		this.enterpriseName = s.enterpriseName();
		this.enterpriseUscc = s.enterpriseUscc();
		this.lastSubmittedBy = s.lastSubmittedBy();
		this.version = s.version();
	}

	static DisposalOrder restore(Snapshot snapshot) {
		return new DisposalOrder(snapshot);
	}

	/**
	 * What a new order starts from: the report's text and place, how it was triaged, the
	 * enterprise if any.
	 */
	record Opening(DisposalOrderId id, String code, Channel channel, String description, Location location,
			Triaged triage, Enterprise enterprise) {
	}

	/**
	 * How the intake triaged a report: its category and grade, the route (a department,
	 * or none with the reason it waits for a dispatcher) and what the classifier said
	 * (null when the reporter named the category).
	 */
	record Triaged(String categoryCode, Grade grade, RoutingRules.Route route, Classification classified) {
	}

	/** The enterprise a report concerns. */
	record Enterprise(String name, String uscc) {
	}

	/**
	 * Opens an order for a new (non-duplicate) report: routed straight to the route's
	 * department when routing found one, otherwise into the dispatcher queue with the
	 * route's note saying why.
	 */
	static DisposalOrder open(Opening opening, Actor by, Instant now, Deadlines deadlines) {
		DisposalOrderId id = opening.id();
		Triaged triage = opening.triage();
		String departmentCode = triage.route().departmentCode();
		String routingNote = triage.route().note();
		Classification classified = triage.classified();
		Enterprise enterprise = opening.enterprise();
		String enterpriseName = enterprise == null ? null : enterprise.name();
		String enterpriseUscc = enterprise == null ? null : enterprise.uscc();
		String code = opening.code();
		String categoryCode = triage.categoryCode();
		Grade grade = triage.grade();
		Channel channel = opening.channel();
		Location location = opening.location();
		OrderStatus status = departmentCode == null ? OrderStatus.PENDING_DISPATCH : OrderStatus.DISPATCHED;
		DisposalOrder order = new DisposalOrder(new Snapshot(id, code, status, categoryCode, grade, channel,
				opening.description(), location, departmentCode, classified == null ? null : classified.category(),
				classified == null ? null : classified.confidence(), routingNote, null, null, now, null, null, null,
				Supervision.NONE, false, now, null, 1, enterpriseName, enterpriseUscc, null, 0));
		order.startStep(now, deadlines);
		order.newSteps.add(new Step(now, "report", null, status, by.username(), by.displayName(), by.departmentCode(),
				routingNote, List.of()));
		order.events.add(new DisposalOrderOpened(id, code, categoryCode, grade, channel, location.districtCode(),
				location.streetCode(), departmentCode, enterpriseUscc, now));
		return order;
	}

	// --- transitions
	// -------------------------------------------------------------------------------------------

	/**
	 * Makes the move the command names, with its fields as given (the desk has checked
	 * and trimmed them). {@code superiors} is the area a superior's supervision is
	 * addressed to.
	 */
	void make(OrderCommand command, Actor by, String superiors, Instant now, Deadlines deadlines) {
		switch (command) {
			case OrderCommand.AcceptOrder accept -> accept(by, now, deadlines);
			case OrderCommand.ReturnOrder back -> returnToDispatcher(by, back.reason(), now, deadlines);
			case OrderCommand.VerifyOrder check ->
				verify(by, check.outcome(), check.grade(), check.note(), photos(check.photoIds()), now, deadlines);
			case OrderCommand.RecordRectification progress ->
				recordRectification(by, progress.note(), photos(progress.photoIds()), now);
			case OrderCommand.SubmitRectification done ->
				submit(by, done.note(), photos(done.photoIds()), now, deadlines);
			case OrderCommand.ApproveOrder approval -> approve(by, approval.note(), now);
			case OrderCommand.RejectOrder rejection -> reject(by, rejection.reason(), now, deadlines);
			case OrderCommand.ReassignOrder reassignment -> dispatch(by, reassignment.departmentCode(),
					reassignment.category(), reassignment.grade(), reassignment.note(), now, deadlines);
			case OrderCommand.SuperviseOrder supervision -> supervise(by, supervision.note(), superiors, now);
		}
	}

	private static List<UUID> photos(List<UUID> ids) {
		return ids == null ? List.of() : ids;
	}

	/**
	 * 分拨 / 改派: the dispatcher sends the order to a department (first time, after a
	 * return, or to re-route).
	 */
	void dispatch(Actor by, String department, String category, Grade newGrade, String note, Instant now,
			Deadlines deadlines) {
		require("reassign", EnumSet.of(OrderStatus.PENDING_DISPATCH, OrderStatus.RETURNED, OrderStatus.DISPATCHED,
				OrderStatus.VERIFYING, OrderStatus.RECTIFYING));
		OrderStatus from = status;
		StringBuilder text = new StringBuilder();
		if (category != null && !category.equals(categoryCode)) {
			text.append("类别 ").append(categoryCode).append(" → ").append(category).append("；");
			categoryCode = category;
		}
		if (newGrade != null && newGrade != grade) {
			text.append("等级 ").append(grade.chinese()).append(" → ").append(newGrade.chinese()).append("；");
			grade = newGrade;
		}
		text.append("派发至 ").append(department);
		if (note != null && !note.isBlank()) {
			text.append("：").append(note);
		}
		departmentCode = department;
		status = OrderStatus.DISPATCHED;
		verification = null;
		rectifyDeadline = null;
		startStep(now, deadlines);
		step(now, from == OrderStatus.PENDING_DISPATCH || from == OrderStatus.RETURNED ? "dispatch" : "reassign", from,
				by, text.toString(), List.of());
	}

	/** 签收: the responsible department takes the order on; the on-site check begins. */
	void accept(Actor by, Instant now, Deadlines deadlines) {
		require("accept", EnumSet.of(OrderStatus.DISPATCHED));
		move(OrderStatus.VERIFYING, "accept", by, null, List.of(), now, deadlines);
	}

	/**
	 * 退回: the department says the order is not theirs; it goes back to the dispatcher
	 * with the reason.
	 */
	void returnToDispatcher(Actor by, String reason, Instant now, Deadlines deadlines) {
		require("return", EnumSet.of(OrderStatus.DISPATCHED, OrderStatus.VERIFYING));
		String returnedBy = departmentCode;
		departmentCode = null;
		routingNote = "退回：" + reason;
		OrderStatus from = status;
		status = OrderStatus.RETURNED;
		startStep(now, deadlines);
		step(now, "return", from, by, returnedBy + " 退回：" + reason, List.of());
	}

	/**
	 * 核查: the on-site check concludes. A confirmed hazard is to be rectified by the
	 * grade's deadline (the check may correct the grade); "not a hazard" goes straight to
	 * review with its evidence.
	 */
	void verify(Actor by, Verification outcome, Grade checkedGrade, String note, List<UUID> photos, Instant now,
			Deadlines deadlines) {
		require("verify", EnumSet.of(OrderStatus.VERIFYING));
		String text = note;
		if (checkedGrade != null && checkedGrade != grade) {
			text = "核定等级：" + checkedGrade.chinese() + "。" + (note == null ? "" : note);
			grade = checkedGrade;
		}
		verification = outcome;
		if (outcome == Verification.CONFIRMED) {
			move(OrderStatus.RECTIFYING, "verify", by, text, photos, now, deadlines);
			rectifyDeadline = stepDeadline;
		}
		else {
			move(OrderStatus.REVIEW, "verify", by, "非隐患：" + (text == null ? "" : text), photos, now, deadlines);
		}
	}

	/** 整改进展: a progress record while rectifying; the status does not change. */
	void recordRectification(Actor by, String note, List<UUID> photos, Instant now) {
		require("rectify", EnumSet.of(OrderStatus.RECTIFYING));
		step(now, "rectify", status, by, note, photos);
	}

	/** 整改完成，提交复核. */
	void submit(Actor by, String note, List<UUID> photos, Instant now, Deadlines deadlines) {
		require("submit", EnumSet.of(OrderStatus.RECTIFYING));
		lastSubmittedBy = by.id();
		move(OrderStatus.REVIEW, "submit", by, note, photos, now, deadlines);
	}

	/** 复核通过，办结. */
	void approve(Actor by, String note, Instant now) {
		require("approve", EnumSet.of(OrderStatus.REVIEW));
		OrderStatus from = status;
		status = OrderStatus.CLOSED;
		resolution = verification == Verification.NOT_A_HAZARD ? Resolution.NOT_A_HAZARD : Resolution.RECTIFIED;
		closedAt = now;
		stepStartedAt = now;
		stepDeadline = null;
		redAt = null;
		supervision = Supervision.NONE;
		step(now, "approve", from, by, note, List.of());
		events.add(new DisposalOrderClosed(id, code, categoryCode, grade, resolution == Resolution.RECTIFIED,
				!everOverdue, location.districtCode(), enterpriseUscc, now));
	}

	/**
	 * 复核不通过: back to rectifying, or back to the on-site check when "not a hazard" was not
	 * accepted.
	 */
	void reject(Actor by, String reason, Instant now, Deadlines deadlines) {
		require("reject", EnumSet.of(OrderStatus.REVIEW));
		if (verification == Verification.NOT_A_HAZARD) {
			verification = null;
			move(OrderStatus.VERIFYING, "reject", by, reason, List.of(), now, deadlines);
		}
		else {
			move(OrderStatus.RECTIFYING, "reject", by, reason, List.of(), now, deadlines);
		}
	}

	/**
	 * 督办 by a superior: at least a yellow flag on the current step, addressed to the
	 * level above.
	 */
	void supervise(Actor by, String note, String notifyRegion, Instant now) {
		requireOpen("supervise");
		if (supervision == Supervision.NONE) {
			supervision = Supervision.YELLOW;
		}
		step(now, "supervise", status, by, note, List.of());
		events.add(new DisposalOrderSupervised(id, code, "MANUAL", status.step().name(), notifyRegion, departmentCode,
				location.streetCode(), note, now));
	}

	/**
	 * The supervision sweep found the current step overdue: raise the flag it deserves at
	 * {@code now}. Returns the flag raised, or {@link Supervision#NONE} when the order
	 * already carries it.
	 */
	Supervision flagIfOverdue(Instant now, String yellowNotifies, String redNotifies) {
		if (!status.open() || stepDeadline == null || now.isBefore(stepDeadline)) {
			return Supervision.NONE;
		}
		Supervision due = redAt != null && !now.isBefore(redAt) ? Supervision.RED : Supervision.YELLOW;
		if (!supervision.below(due)) {
			return Supervision.NONE;
		}
		supervision = due;
		everOverdue = true;
		String notify = due == Supervision.RED ? redNotifies : yellowNotifies;
		String text = (due == Supervision.RED ? "红色督办" : "黄色督办") + "：" + status.chinese() + "环节超期，已通报 " + notify;
		step(now, "overdue", status, Actor.SYSTEM, text, List.of());
		events.add(new DisposalOrderSupervised(id, code, due.name(), status.step().name(), notify, departmentCode,
				location.streetCode(), text, now));
		return due;
	}

	/**
	 * Another report of the same hazard was linked to this order instead of opening a new
	 * one.
	 */
	void linkDuplicate(Channel from, Actor by, Instant now) {
		reportCount++;
		step(now, "duplicate", status, by, "重复报告已合并（" + from + "），共 " + reportCount + " 次报告", List.of());
	}

	// --- helpers
	// -----------------------------------------------------------------------------------------------

	private void require(String action, Set<OrderStatus> allowed) {
		if (!allowed.contains(status)) {
			throw new IllegalTransition("Order " + code + " is " + status + " (" + status.chinese() + "); '" + action
					+ "' is possible only when it is " + allowed + ".");
		}
	}

	private void requireOpen(String action) {
		if (!status.open()) {
			throw new IllegalTransition("Order " + code + " is closed; '" + action + "' is not possible.");
		}
	}

	private void move(OrderStatus to, String action, Actor by, String note, List<UUID> photos, Instant now,
			Deadlines deadlines) {
		OrderStatus from = status;
		status = to;
		startStep(now, deadlines);
		step(now, action, from, by, note, photos);
	}

	private void startStep(Instant now, Deadlines deadlines) {
		stepStartedAt = now;
		supervision = Supervision.NONE;
		DeadlineStep step = status.step();
		if (step == null) {
			stepDeadline = null;
			redAt = null;
			return;
		}
		Deadlines.Due due = deadlines.due(grade, step, now);
		stepDeadline = due.deadline();
		redAt = due.redAt();
	}

	private void step(Instant at, String action, OrderStatus from, Actor by, String note, List<UUID> photos) {
		newSteps.add(
				new Step(at, action, from, status, by.username(), by.displayName(), by.departmentCode(), note, photos));
	}

	// --- reading
	// -------------------------------------------------------------------------------------------------

	Snapshot snapshot() {
		return new Snapshot(id, code, status, categoryCode, grade, channel, description, location, departmentCode,
				classifierCategory, classifierConfidence, routingNote, verification, resolution, stepStartedAt,
				stepDeadline, redAt, rectifyDeadline, supervision, everOverdue, openedAt, closedAt, reportCount,
				enterpriseName, enterpriseUscc, lastSubmittedBy, version);
	}

	/** Timeline lines added since the order was loaded, for the repository to append. */
	List<Step> newSteps() {
		return List.copyOf(newSteps);
	}

	/**
	 * Events raised since the order was loaded, for the desk to publish with the change.
	 */
	List<Object> events() {
		return List.copyOf(events);
	}

	DisposalOrderId id() {
		return id;
	}

	String code() {
		return code;
	}

	OrderStatus status() {
		return status;
	}

	Grade grade() {
		return grade;
	}

	String categoryCode() {
		return categoryCode;
	}

	String departmentCode() {
		return departmentCode;
	}

	Location location() {
		return location;
	}

	Verification verification() {
		return verification;
	}

	UUID lastSubmittedBy() {
		return lastSubmittedBy;
	}

	String description() {
		return description;
	}

}
