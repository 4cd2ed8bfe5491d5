package org.forewarn.hazard;

import org.forewarn.platform.Refusal;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.forewarn.audit.AuditEntry;
import org.forewarn.audit.AuditTrail;
import org.forewarn.platform.CurrentUser;
import org.forewarn.platform.OutsideJurisdiction;
import org.forewarn.platform.TextPolicy;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Disposal orders: inboxes and lists, the detail with its timeline, evidence photos and the moves. */
@RestController
class DisposalOrderController {

	static final String WORKERS = "hasAnyRole('ADMIN', 'DUTY_OFFICER', 'ANALYST', 'COMMANDER', 'HANDLER', 'GRID_WORKER', 'INSPECTOR', 'ENTERPRISE', 'RESPONSIBLE_PERSON')";
	static final String MOVERS = "hasAnyRole('DUTY_OFFICER', 'COMMANDER', 'HANDLER', 'GRID_WORKER', 'INSPECTOR')";

	private final DisposalOrders orders;
	private final OrderSearch search;
	private final OrderViews views;
	private final OrderPolicy policy;
	private final OrderDesk desk;
	private final HazardReports reports;
	private final Photos photos;
	private final AuditTrail audit;
	private final Clock clock;

	DisposalOrderController(DisposalOrders orders, OrderSearch search, OrderViews views, OrderPolicy policy,
			OrderDesk desk, HazardReports reports, Photos photos, AuditTrail audit, Clock clock) {
		this.orders = orders;
		this.search = search;
		this.views = views;
		this.policy = policy;
		this.desk = desk;
		this.reports = reports;
		this.photos = photos;
		this.audit = audit;
		this.clock = clock;
	}

	@GetMapping("/api/disposal-orders")
	@PreAuthorize(WORKERS)
	OrderSearch.Page<OrderSearch.Row> list(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(required = false) List<OrderStatus> status, @RequestParam(required = false) String region,
			@RequestParam(required = false) String department, @RequestParam(required = false) String category,
			@RequestParam(required = false) Grade grade, @RequestParam(required = false) Channel channel,
			@RequestParam(required = false) Boolean overdue, @RequestParam(required = false) String inbox,
			@RequestParam(required = false) Supervision supervision, @RequestParam(required = false) String q,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
		return search.list(Actor.of(user), new OrderSearch.Filter(status, TextPolicy.blankToNull(region), TextPolicy.blankToNull(department),
				TextPolicy.blankToNull(category), grade, channel, overdue, TextPolicy.blankToNull(inbox), q, supervision, page, size));
	}

	@GetMapping("/api/disposal-orders/{id}")
	@PreAuthorize(WORKERS)
	OrderViews.Detail detail(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
		Actor actor = Actor.of(user);
		return views.detail(visible(actor, id), actor);
	}

	/** Orders are addressed by id; a code (YH…) works too, for people who read it off a screen or a phone. */
	@GetMapping("/api/disposal-orders/by-code/{code}")
	@PreAuthorize(WORKERS)
	OrderViews.Detail byCode(@AuthenticationPrincipal CurrentUser user, @PathVariable String code) {
		Actor actor = Actor.of(user);
		DisposalOrder order = orders.findByCode(code.strip().toUpperCase())
			.orElseThrow(() -> new NoSuchOrder("disposal order " + code));
		return views.detail(visible(actor, order.id().value()), actor);
	}

	@PostMapping("/api/disposal-orders/{id}/{action:accept|return|verify|rectify|submit|approve|reject|reassign|supervise}")
	@PreAuthorize(MOVERS)
	ResponseEntity<String> move(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@PathVariable String action, @RequestBody(required = false) OrderDesk.Move move,
			@RequestHeader(name = "Idempotency-Key", required = false) String key) {
		OrderDesk.Answer answer = desk.act(new DisposalOrderId(id), action, move, key, Actor.of(user));
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_JSON)
			.header("Idempotent-Replayed", String.valueOf(answer.replay()))
			.body(answer.json());
	}

	/** Uploads a photo of evidence to an order; a move then cites it by id. */
	@PostMapping(path = "/api/disposal-orders/{id}/photos", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@PreAuthorize(MOVERS)
	@Transactional
	ResponseEntity<Map<String, Object>> upload(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@RequestPart(value = "photo", required = false) MultipartFile file) {
		if (file == null || file.isEmpty()) {
			throw new ReportRejected(Refusal.INVALID, "photo", "Send the image as a multipart part named 'photo'.");
		}
		Actor actor = Actor.of(user);
		DisposalOrder order = visible(actor, id);
		if (!order.status().open()) {
			throw new IllegalTransition("Order " + order.code() + " is closed; no more evidence can be added.");
		}
		if (policy.allowedActions(actor, order).isEmpty()) {
			throw new org.springframework.security.access.AccessDeniedException(
					"only people who can make a move on order " + order.code() + " may add evidence");
		}
		Photos.Photo photo = Photos.check(List.of(file), "photo").getFirst();
		UUID photoId = photos.store(id, null, photo, user.username(), clock.instant());
		audit.record(AuditEntry.of("disposal-order.photo", "disposal-order:" + order.code(), "success",
				photo.contentType() + " " + photo.data().length + " bytes sha256 " + photo.sha256()));
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(Map.of("id", photoId, "contentType", photo.contentType(), "size", photo.data().length));
	}

	@GetMapping("/api/hazard-photos/{id}")
	@PreAuthorize(WORKERS)
	ResponseEntity<byte[]> photo(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
		Photos.StoredPhoto photo = photos.find(id).orElseThrow(() -> new NoSuchOrder("photo " + id));
		visible(Actor.of(user), photo.orderId());
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(photo.contentType()))
			.cacheControl(CacheControl.noCache().cachePrivate())
			.header("X-Content-Type-Options", "nosniff")
			.body(photos.data(id));
	}

	private DisposalOrder visible(Actor actor, UUID id) {
		DisposalOrder order = orders.find(new DisposalOrderId(id))
			.orElseThrow(() -> new NoSuchOrder("disposal order " + id));
		if (!policy.canSee(actor, order) && !reports.reportedBy(order.id(), actor.id())) {
			throw new OutsideJurisdiction("disposal order " + order.code());
		}
		return order;
	}
}
