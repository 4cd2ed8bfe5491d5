package org.forewarn.hazard;

import org.forewarn.platform.Refusal;
import java.util.List;
import java.util.UUID;

import org.forewarn.hazard.OrderCommand.AcceptOrder;
import org.forewarn.hazard.OrderCommand.ApproveOrder;
import org.forewarn.hazard.OrderCommand.ReassignOrder;
import org.forewarn.hazard.OrderCommand.RecordRectification;
import org.forewarn.hazard.OrderCommand.RejectOrder;
import org.forewarn.hazard.OrderCommand.ReturnOrder;
import org.forewarn.hazard.OrderCommand.SubmitRectification;
import org.forewarn.hazard.OrderCommand.SuperviseOrder;
import org.forewarn.hazard.OrderCommand.VerifyOrder;
import org.forewarn.platform.CurrentUser;
import org.forewarn.platform.TextPolicy;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Disposal orders: inboxes and lists, the detail with its timeline, evidence photos and
 * the moves.
 */
@RestController
class DisposalOrderController {

	static final String WORKERS = "hasAnyRole('ADMIN', 'DUTY_OFFICER', 'ANALYST', 'COMMANDER', 'HANDLER', 'GRID_WORKER', 'INSPECTOR', 'ENTERPRISE', 'RESPONSIBLE_PERSON')";
	static final String MOVERS = "hasAnyRole('DUTY_OFFICER', 'COMMANDER', 'HANDLER', 'GRID_WORKER', 'INSPECTOR')";

	private final DisposalOrders orders;

	private final OrderSearch search;

	private final OrderViews views;

	private final OrderDesk desk;

	private final Photos photos;

	DisposalOrderController(DisposalOrders orders, OrderSearch search, OrderViews views, OrderDesk desk,
			Photos photos) {
		this.orders = orders;
		this.search = search;
		this.views = views;
		this.desk = desk;
		this.photos = photos;
	}

	@GetMapping("/api/disposal-orders")
	@PreAuthorize(WORKERS)
	OrderSearch.Page<OrderSearch.OrderRow> list(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(required = false) List<OrderStatus> status, @RequestParam(required = false) String region,
			@RequestParam(required = false) String department, @RequestParam(required = false) String category,
			@RequestParam(required = false) Grade grade, @RequestParam(required = false) Channel channel,
			@RequestParam(required = false) Boolean overdue, @RequestParam(required = false) String inbox,
			@RequestParam(required = false) Supervision supervision, @RequestParam(required = false) String q,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
		return search.list(Actor.of(user),
				new OrderSearch.Filter(status, TextPolicy.blankToNull(region), TextPolicy.blankToNull(department),
						TextPolicy.blankToNull(category), grade, channel, overdue, TextPolicy.blankToNull(inbox), q,
						supervision, page, size));
	}

	@GetMapping("/api/disposal-orders/{id}")
	@PreAuthorize(WORKERS)
	OrderViews.Detail detail(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
		Actor actor = Actor.of(user);
		return views.detail(visible(actor, id), actor);
	}

	/**
	 * Orders are addressed by id; a code (YH…) works too, for people who read it off a
	 * screen or a phone.
	 */
	@GetMapping("/api/disposal-orders/by-code/{code}")
	@PreAuthorize(WORKERS)
	OrderViews.Detail byCode(@AuthenticationPrincipal CurrentUser user, @PathVariable String code) {
		Actor actor = Actor.of(user);
		DisposalOrder order = orders.findByCode(code.strip().toUpperCase())
			.orElseThrow(() -> new NoSuchOrder("disposal order " + code));
		return views.detail(visible(actor, order.id().value()), actor);
	}

	/**
	 * 签收: the responsible department takes the order on. The move has no fields; a body,
	 * if any, is ignored.
	 */
	@PostMapping("/api/disposal-orders/{id}/accept")
	@PreAuthorize(MOVERS)
	ResponseEntity<String> accept(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@RequestBody(required = false) AcceptOrder move,
			@RequestHeader(name = "Idempotency-Key", required = false) String key) {
		return act(user, id, new AcceptOrder(), key);
	}

	/** 退回: not this department's order; back to the dispatcher with the reason. */
	@PostMapping("/api/disposal-orders/{id}/return")
	@PreAuthorize(MOVERS)
	ResponseEntity<String> returnToDispatcher(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@RequestBody ReturnOrder move, @RequestHeader(name = "Idempotency-Key", required = false) String key) {
		return act(user, id, move, key);
	}

	/** 核查: what the on-site check found. */
	@PostMapping("/api/disposal-orders/{id}/verify")
	@PreAuthorize(MOVERS)
	ResponseEntity<String> verify(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@RequestBody VerifyOrder move, @RequestHeader(name = "Idempotency-Key", required = false) String key) {
		return act(user, id, move, key);
	}

	/** 整改进展: progress while rectifying. */
	@PostMapping("/api/disposal-orders/{id}/rectify")
	@PreAuthorize(MOVERS)
	ResponseEntity<String> rectify(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@RequestBody RecordRectification move,
			@RequestHeader(name = "Idempotency-Key", required = false) String key) {
		return act(user, id, move, key);
	}

	/** 整改完成，提交复核. */
	@PostMapping("/api/disposal-orders/{id}/submit")
	@PreAuthorize(MOVERS)
	ResponseEntity<String> submit(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@RequestBody SubmitRectification move,
			@RequestHeader(name = "Idempotency-Key", required = false) String key) {
		return act(user, id, move, key);
	}

	/** 复核通过，办结. The note is optional, and so is the body. */
	@PostMapping("/api/disposal-orders/{id}/approve")
	@PreAuthorize(MOVERS)
	ResponseEntity<String> approve(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@RequestBody(required = false) ApproveOrder move,
			@RequestHeader(name = "Idempotency-Key", required = false) String key) {
		return act(user, id, move == null ? new ApproveOrder(null) : move, key);
	}

	/** 复核不通过. */
	@PostMapping("/api/disposal-orders/{id}/reject")
	@PreAuthorize(MOVERS)
	ResponseEntity<String> reject(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@RequestBody RejectOrder move, @RequestHeader(name = "Idempotency-Key", required = false) String key) {
		return act(user, id, move, key);
	}

	/** 分拨 / 改派. */
	@PostMapping("/api/disposal-orders/{id}/reassign")
	@PreAuthorize(MOVERS)
	ResponseEntity<String> reassign(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@RequestBody ReassignOrder move, @RequestHeader(name = "Idempotency-Key", required = false) String key) {
		return act(user, id, move, key);
	}

	/** 督办 by a superior. */
	@PostMapping("/api/disposal-orders/{id}/supervise")
	@PreAuthorize(MOVERS)
	ResponseEntity<String> supervise(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@RequestBody SuperviseOrder move, @RequestHeader(name = "Idempotency-Key", required = false) String key) {
		return act(user, id, move, key);
	}

	/**
	 * The answer of every move: the order as the move left it, and whether this was a
	 * replay of an earlier one.
	 */
	private ResponseEntity<String> act(CurrentUser user, UUID id, OrderCommand move, String key) {
		OrderDesk.Answer answer = desk.act(new DisposalOrderId(id), move, key, Actor.of(user));
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_JSON)
			.header("Idempotent-Replayed", String.valueOf(answer.replay()))
			.body(answer.json());
	}

	/** Uploads a photo of evidence to an order; a move then cites it by id. */
	@PostMapping(path = "/api/disposal-orders/{id}/photos", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@PreAuthorize(MOVERS)
	ResponseEntity<OrderDesk.OrderPhotoReceipt> upload(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@RequestPart(value = "photo", required = false) MultipartFile file) {
		if (file == null || file.isEmpty()) {
			throw new ReportRejected(Refusal.INVALID, "photo", "Send the image as a multipart part named 'photo'.");
		}
		Photos.Photo photo = Photos.check(List.of(file), "photo").getFirst();
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(desk.addPhoto(new DisposalOrderId(id), photo, Actor.of(user)));
	}

	@GetMapping("/api/hazard-photos/{id}")
	@PreAuthorize(WORKERS)
	ResponseEntity<byte[]> photo(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
		Photos.Metadata photo = photos.find(id).orElseThrow(() -> new NoSuchOrder("photo " + id));
		visible(Actor.of(user), photo.orderId());
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(photo.contentType()))
			.cacheControl(CacheControl.noCache().cachePrivate())
			.header("X-Content-Type-Options", "nosniff")
			.body(photos.data(id));
	}

	private DisposalOrder visible(Actor actor, UUID id) {
		return views.readable(actor, new DisposalOrderId(id));
	}

}
