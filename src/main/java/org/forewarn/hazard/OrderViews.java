package org.forewarn.hazard;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.forewarn.organisation.DepartmentSummary;
import org.forewarn.organisation.Departments;
import org.forewarn.region.RegionSummary;
import org.forewarn.region.Regions;
import org.springframework.stereotype.Component;

/** What clients see of an order: codes with their names, the timeline, the photos and the moves open to them. */
@Component
class OrderViews {

	record Detail(UUID id, String code, OrderStatus status, String statusName, String category, String categoryName,
			Grade grade, Channel channel, String description, Double latitude, Double longitude, String address,
			String districtCode, String districtName, String streetCode, String streetName, String communityCode,
			String communityName, String gridCode, String departmentCode, String departmentName,
			String classifierCategory, Double classifierConfidence, String routingNote, Verification verification,
			Resolution resolution, Instant openedAt, Instant stepStartedAt, Instant stepDeadline,
			Instant rectifyDeadline, Supervision supervision, boolean overdue, Instant closedAt, int reportCount,
			String enterpriseName, String enterpriseUscc, List<ReportView> reports, List<PhotoView> photos,
			List<StepView> timeline, Set<String> allowedActions, int version) {
	}

	record ReportView(UUID id, Channel channel, Instant receivedAt, String reporter, String contact,
			String description, boolean duplicate, String trackingCode) {
	}

	record PhotoView(UUID id, String contentType, int size, String uploadedBy, Instant uploadedAt) {
	}

	record StepView(Instant at, String action, OrderStatus fromStatus, OrderStatus toStatus, String actor,
			String actorName, String departmentCode, String note, List<UUID> photoIds) {

		static StepView of(Step t) {
			return new StepView(t.at(), t.action(), t.from(), t.to(), t.actor(), t.actorName(), t.departmentCode(),
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
	 * The order as a move leaves it, from memory (no query): reports and photos are left out (null) and the timeline
	 * holds just the steps the move added. GET the order for its whole history.
	 */
	Detail afterMove(DisposalOrder order, Actor actor) {
		List<StepView> added = order.newSteps().stream()
			.map(StepView::of)
			.toList();
		return build(order, actor, null, null, added);
	}

	Detail detail(DisposalOrder order, Actor actor) {
		DisposalOrder.Snapshot s = order.snapshot();
		List<ReportView> reportViews = reports.ofOrder(s.id()).stream()
			.map(r -> new ReportView(r.id(), r.channel(), r.receivedAt(),
					r.reporterName() == null ? "群众" : r.reporterName(), HazardIntake.maskContact(r.contact()),
					r.description(), r.duplicate(), r.trackingCode()))
			.toList();
		List<PhotoView> photoViews = photos.ofOrder(s.id().value()).stream()
			.map(p -> new PhotoView(p.id(), p.contentType(), p.size(), p.uploadedBy(), p.uploadedAt()))
			.toList();
		List<StepView> timeline = orders.timeline(s.id()).stream()
			.map(StepView::of)
			.toList();
		return build(order, actor, reportViews, photoViews, timeline);
	}

	private Detail build(DisposalOrder order, Actor actor, List<ReportView> reportViews, List<PhotoView> photoViews,
			List<StepView> timeline) {
		DisposalOrder.Snapshot s = order.snapshot();
		var at = s.location();
		return new Detail(s.id().value(), s.code(), s.status(), s.status().chinese(), s.categoryCode(),
				categoryName(s.categoryCode()), s.grade(), s.channel(), s.description(), at.latitude(), at.longitude(),
				at.address(), at.districtCode(), regionName(at.districtCode()), at.streetCode(),
				regionName(at.streetCode()), at.communityCode(), regionName(at.communityCode()), at.gridCode(),
				s.departmentCode(), departmentName(s.departmentCode()), s.classifierCategory(),
				s.classifierConfidence(), s.routingNote(), s.verification(), s.resolution(), s.openedAt(),
				s.stepStartedAt(), s.stepDeadline(), s.rectifyDeadline(), s.supervision(),
				overdue(s.status(), s.stepDeadline()), s.closedAt(), s.reportCount(), s.enterpriseName(),
				s.enterpriseUscc(), reportViews, photoViews, timeline, policy.allowedActions(actor, order),
				s.version() + (order.newSteps().isEmpty() ? 0 : 1));
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
		return departmentNames.computeIfAbsent(code,
				c -> departments.find(c).map(DepartmentSummary::name).orElse(c));
	}
}
