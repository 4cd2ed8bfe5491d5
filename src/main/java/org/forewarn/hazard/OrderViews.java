package org.forewarn.hazard;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

import org.forewarn.organisation.DepartmentSummary;
import org.forewarn.organisation.Departments;
import org.forewarn.platform.OutsideJurisdiction;
import org.forewarn.region.RegionSummary;
import org.forewarn.region.Regions;
import org.springframework.stereotype.Component;

/**
 * What clients see of an order: codes with their names, the timeline, the photos and the
 * moves open to them.
 */
@Component
class OrderViews {

	/**
	 * An order as its page shows it, composed of its parts. The parts are unwrapped into
	 * one flat JSON object: the console reads a detail as a list row plus the detail's
	 * own fields, and that shape stays.
	 */
	record Detail(@JsonUnwrapped OrderHeader header, @JsonUnwrapped OrderSource source, @JsonUnwrapped OrderPlace place,
			@JsonUnwrapped OrderRouting routing, @JsonUnwrapped OrderProgress progress,
			@JsonUnwrapped OrderHistory history, Set<String> allowedActions, int version) {
	}

	/** What the order is: code, status, category, grade and the channel it came by. */
	record OrderHeader(UUID id, String code, OrderStatus status, String statusName, String category,
			String categoryName, Grade grade, Channel channel) {
	}

	/**
	 * What was reported: the text, how many reports, and the enterprise it concerns, if
	 * any.
	 */
	record OrderSource(String description, int reportCount, String enterpriseName, String enterpriseUscc) {
	}

	/** Where the hazard is: the point, the address and the areas it lies in. */
	record OrderPlace(Double latitude, Double longitude, String address, @JsonUnwrapped OrderAreas areas) {
	}

	/** The areas a place lies in, with their names (the grid has a code only). */
	record OrderAreas(String districtCode, String districtName, String streetCode, String streetName,
			String communityCode, String communityName, String gridCode) {
	}

	/**
	 * Who holds the order and why: the department, and what the classifier and routing
	 * said.
	 */
	record OrderRouting(String departmentCode, String departmentName, String classifierCategory,
			Double classifierConfidence, String routingNote) {
	}

	/**
	 * How far the order has got: the check's finding, the outcome and the clock of its
	 * steps.
	 */
	record OrderProgress(Verification verification, Resolution resolution, Instant closedAt,
			@JsonUnwrapped OrderDeadlines deadlines) {
	}

	/** The clock of the order's steps and the supervision flag on the current one. */
	record OrderDeadlines(Instant openedAt, Instant stepStartedAt, Instant stepDeadline, Instant rectifyDeadline,
			Supervision supervision, boolean overdue) {
	}

	/**
	 * The reports, photos and timeline lines (after a move: none, none and the lines it
	 * added).
	 */
	record OrderHistory(List<ReportView> reports, List<PhotoView> photos, List<OrderStepView> timeline) {

		/**
		 * What a move's answer carries: the lines it added; reports and photos left out
		 * (null), not "none".
		 */
		static OrderHistory linesAdded(List<OrderStepView> added) {
			return new OrderHistory(null, null, added);
		}
	}

	record ReportView(UUID id, Channel channel, Instant receivedAt, String reporter, String contact, String description,
			boolean duplicate, String trackingCode) {
	}

	record PhotoView(UUID id, String contentType, int size, String uploadedBy, Instant uploadedAt) {
	}

	record OrderStepView(Instant at, String action, OrderStatus fromStatus, OrderStatus toStatus, String actor,
			String actorName, String departmentCode, String note, List<UUID> photoIds) {

		static OrderStepView of(Step t) {
			return new OrderStepView(t.at(), t.action(), t.from(), t.to(), t.actor(), t.actorName(), t.departmentCode(),
					t.note(), t.photoIds());
		}
	}

	private final DisposalOrders orders;

	private final HazardReports reports;

	private final Photos photos;

	private final HazardCategories categories;

	private final OrderPolicy policy;

	private final Regions regions;

	private final Departments departments;

	private final Clock clock;

	private final Map<String, String> departmentNames = new ConcurrentHashMap<>();

	OrderViews(DisposalOrders orders, HazardReports reports, Photos photos, HazardCategories categories,
			OrderPolicy policy, Regions regions, Departments departments, Clock clock) {
		this.orders = orders;
		this.reports = reports;
		this.photos = photos;
		this.categories = categories;
		this.policy = policy;
		this.regions = regions;
		this.departments = departments;
		this.clock = clock;
	}

	/**
	 * The order as a move leaves it, from memory (no query): reports and photos are left
	 * out (null) and the timeline holds just the steps the move added. GET the order for
	 * its whole history.
	 */
	Detail afterMove(DisposalOrder order, Actor actor) {
		List<OrderStepView> added = order.newSteps().stream().map(OrderStepView::of).toList();
		return build(order, actor, OrderHistory.linesAdded(added));
	}

	Detail detail(DisposalOrder order, Actor actor) {
		DisposalOrder.Snapshot s = order.snapshot();
		List<ReportView> reportViews = reports.ofOrder(s.id())
			.stream()
			.map(r -> new ReportView(r.id(), r.channel(), r.receivedAt(),
					r.reporterName() == null ? "群众" : r.reporterName(), HazardIntake.maskContact(r.contact()),
					r.description(), r.duplicate(), r.trackingCode()))
			.toList();
		List<PhotoView> photoViews = photos.ofOrder(s.id().value())
			.stream()
			.map(p -> new PhotoView(p.id(), p.contentType(), p.size(), p.uploadedBy(), p.uploadedAt()))
			.toList();
		List<OrderStepView> timeline = orders.timeline(s.id()).stream().map(OrderStepView::of).toList();
		return build(order, actor, new OrderHistory(reportViews, photoViews, timeline));
	}

	private Detail build(DisposalOrder order, Actor actor, OrderHistory history) {
		DisposalOrder.Snapshot s = order.snapshot();
		var at = s.location();
		var header = header(s);
		var source = new OrderSource(s.description(), s.reportCount(), s.enterpriseName(), s.enterpriseUscc());
		var place = new OrderPlace(at.latitude(), at.longitude(), at.address(),
				new OrderAreas(at.districtCode(), regionName(at.districtCode()), at.streetCode(),
						regionName(at.streetCode()), at.communityCode(), regionName(at.communityCode()),
						at.gridCode()));
		var routing = new OrderRouting(s.departmentCode(), departmentName(s.departmentCode()), s.classifierCategory(),
				s.classifierConfidence(), s.routingNote());
		var progress = new OrderProgress(s.verification(), s.resolution(), s.closedAt(),
				new OrderDeadlines(s.openedAt(), s.stepStartedAt(), s.stepDeadline(), s.rectifyDeadline(),
						s.supervision(), overdue(s.status(), s.stepDeadline())));
		return new Detail(header, source, place, routing, progress, history, policy.allowedActions(actor, order),
				s.version() + (order.newSteps().isEmpty() ? 0 : 1));
	}

	/** The order's header: what a list row and the detail both begin with. */
	OrderHeader header(DisposalOrder.Snapshot s) {
		return new OrderHeader(s.id().value(), s.code(), s.status(), s.status().chinese(), s.categoryCode(),
				categoryName(s.categoryCode()), s.grade(), s.channel());
	}

	/**
	 * The order, if the actor may read it: within their jurisdiction, or one their own
	 * report opened or joined. 404 when there is none, 403 (audited) when it is not
	 * theirs to see.
	 */
	DisposalOrder readable(Actor actor, DisposalOrderId id) {
		DisposalOrder order = orders.find(id).orElseThrow(() -> new NoSuchOrder("disposal order " + id.value()));
		if (!policy.canSee(actor, order) && !reports.reportedBy(order.id(), actor.id())) {
			throw new OutsideJurisdiction("disposal order " + order.code());
		}
		return order;
	}

	boolean overdue(OrderStatus status, Instant deadline) {
		return status.open() && deadline != null && !clock.instant().isBefore(deadline);
	}

	String categoryName(String code) {
		return code == null ? null : categories.find(code).map(HazardCategories.Category::nameZh).orElse(code);
	}

	String regionName(String code) {
		return code == null ? null : regions.find(code).map(RegionSummary::name).orElse(code);
	}

	String departmentName(String code) {
		if (code == null) {
			return null;
		}
		return departmentNames.computeIfAbsent(code, c -> departments.find(c).map(DepartmentSummary::name).orElse(c));
	}

}
