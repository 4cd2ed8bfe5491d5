package org.forewarn.hazard;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.forewarn.audit.AuditEntry;
import org.forewarn.audit.AuditTrail;
import org.forewarn.hazard.OrderCommand.AcceptOrder;
import org.forewarn.hazard.OrderCommand.ApproveOrder;
import org.forewarn.hazard.OrderCommand.ReassignOrder;
import org.forewarn.hazard.OrderCommand.RecordRectification;
import org.forewarn.hazard.OrderCommand.RejectOrder;
import org.forewarn.hazard.OrderCommand.ReturnOrder;
import org.forewarn.hazard.OrderCommand.SubmitRectification;
import org.forewarn.hazard.OrderCommand.SuperviseOrder;
import org.forewarn.hazard.OrderCommand.VerifyOrder;
import org.forewarn.organisation.Departments;
import org.forewarn.platform.Refusal;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.json.JsonMapper;

/**
 * Where the moves on a disposal order are made, each an {@link OrderCommand}. Each move
 * locks the order's row, so of two conflicting requests one wins and the other finds the
 * order moved on (409); checks who may make it and the command's fields; lets the order
 * apply it ({@link DisposalOrder#make}); writes the order, its timeline, the audit record
 * and the events in one transaction. A request repeated with the same
 * {@code Idempotency-Key} gets the first answer and changes nothing.
 */
@Service
class OrderDesk {

	static final int MAX_NOTE = 2000;

	/**
	 * The answer: the order as it now is (JSON), and whether it was a replay of an
	 * earlier request.
	 */
	record Answer(String json, boolean replay) {
	}

	/** A photo of evidence added to an order: what a move then cites. */
	record OrderPhotoReceipt(UUID id, String contentType, int size) {
	}

	private final DisposalOrders orders;

	private final OrderRequests requests;

	private final Supervisions supervisions;

	private final OrderPolicy policy;

	private final Deadlines deadlines;

	private final Departments departments;

	private final HazardCategories categories;

	private final Photos photos;

	private final Triage triage;

	private final OrderViews views;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final JsonMapper json;

	private final Clock clock;

	private final TransactionTemplate transactions;

	OrderDesk(TransactionTemplate transactions, DisposalOrders orders, OrderRequests requests,
			Supervisions supervisions, OrderPolicy policy, Deadlines deadlines, Departments departments,
			HazardCategories categories, Photos photos, Triage triage, OrderViews views, AuditTrail audit,
			ApplicationEventPublisher events, JsonMapper json, Clock clock) {
		this.transactions = transactions;
		this.orders = orders;
		this.requests = requests;
		this.supervisions = supervisions;
		this.policy = policy;
		this.deadlines = deadlines;
		this.departments = departments;
		this.categories = categories;
		this.photos = photos;
		this.triage = triage;
		this.views = views;
		this.audit = audit;
		this.events = events;
		this.json = json;
		this.clock = clock;
	}

	/**
	 * Makes the move in one transaction. The answer (the order as it now is) is built
	 * after the commit, outside the row lock — except when the request carries an
	 * idempotency key, whose answer must be stored with the move.
	 */
	Answer act(DisposalOrderId id, OrderCommand command, String requestKey, Actor actor) {
		Object result = transactions.execute(status -> apply(id, command, requestKey, actor));
		if (result instanceof Answer answer) {
			return answer;
		}
		return new Answer(json.writeValueAsString(views.afterMove((DisposalOrder) result, actor)), false);
	}

	private Object apply(DisposalOrderId id, OrderCommand command, String requestKey, Actor actor) {
		String action = command.action();
		if (requestKey != null && (requestKey.isBlank() || requestKey.length() > 100)) {
			throw new ReportRejected(Refusal.INVALID, "Idempotency-Key", "An Idempotency-Key has 1 to 100 characters.");
		}
		DisposalOrder order = orders.lock(id).orElseThrow(() -> new NoSuchOrder("disposal order " + id));
		if (requestKey != null) {
			Optional<String> earlier = earlierAnswer(order, requestKey, action, actor);
			if (earlier.isPresent()) {
				return new Answer(earlier.get(), true);
			}
		}
		policy.check(action, actor, order);
		Instant now = clock.instant();
		String previousCategory = order.categoryCode();
		OrderCommand move = checked(command, order);
		String superiors = supervised(order);
		order.make(move, actor, superiors, now, deadlines);
		if (move instanceof SuperviseOrder supervision) {
			supervisions.raise(order, "MANUAL", actor.username(), superiors, supervision.note(), now);
		}
		String note = note(move);
		orders.update(order);
		if (!order.categoryCode().equals(previousCategory)) {
			triage.correct(order.description(), order.categoryCode(), actor.username(), now);
		}
		order.events().forEach(events::publishEvent);
		Object result = order;
		if (requestKey != null) {
			String answer = json.writeValueAsString(views.afterMove(order, actor));
			result = new Answer(answer, false);
			requests.remember(order.id(), requestKey, action, actor.username(), answer, now);
		}
		// last: the audit chain is appended under a lock held until commit, so keep that
		// stretch short
		audit.record(AuditEntry.by(actor.username(), actor.regionCode(), "disposal-order." + action,
				"disposal-order:" + order.code(), "success",
				order.status() + (note == null ? "" : " " + abbreviate(note))));
		return result;
	}

	/**
	 * Adds a photo of evidence to an open order, for a later move to cite. Only someone
	 * who can make a move on the order now may add one.
	 */
	@Transactional
	OrderPhotoReceipt addPhoto(DisposalOrderId id, Photos.Photo photo, Actor actor) {
		DisposalOrder order = views.readable(actor, id);
		if (!order.status().open()) {
			throw new IllegalTransition("Order " + order.code() + " is closed; no more evidence can be added.");
		}
		if (policy.allowedActions(actor, order).isEmpty()) {
			throw new AccessDeniedException(
					"only people who can make a move on order " + order.code() + " may add evidence");
		}
		UUID photoId = photos.store(id.value(), null, photo, actor.username(), clock.instant());
		audit.record(AuditEntry.of("disposal-order.photo", "disposal-order:" + order.code(), "success",
				photo.contentType() + " " + photo.data().length + " bytes sha256 " + photo.sha256()));
		return new OrderPhotoReceipt(photoId, photo.contentType(), photo.data().length);
	}

	/**
	 * The command with its fields checked the way the user is told about them (which
	 * field, why) and trimmed; the department and category codes resolved, the photos
	 * checked to belong to the order.
	 */
	private OrderCommand checked(OrderCommand command, DisposalOrder order) {
		return switch (command) {
			case AcceptOrder accept -> accept;
			case ReturnOrder back -> new ReturnOrder(text(back.reason(), "reason", true));
			case VerifyOrder check -> {
				String note = text(check.note(), "note", false);
				List<UUID> evidence = evidence(order, check.photoIds());
				if (check.outcome() == null) {
					throw new ReportRejected(Refusal.INVALID, "outcome",
							"Say what the check found: CONFIRMED or NOT_A_HAZARD.");
				}
				yield new VerifyOrder(check.outcome(), check.grade(), note, evidence);
			}
			case RecordRectification progress ->
				new RecordRectification(text(progress.note(), "note", true), evidence(order, progress.photoIds()));
			case SubmitRectification done ->
				new SubmitRectification(text(done.note(), "note", false), evidence(order, done.photoIds()));
			case ApproveOrder approval -> new ApproveOrder(text(approval.note(), "note", false));
			case RejectOrder rejection -> new RejectOrder(text(rejection.reason(), "reason", true));
			case ReassignOrder reassignment -> {
				String note = text(reassignment.note(), "note", false);
				yield new ReassignOrder(department(reassignment.departmentCode()), category(reassignment.category()),
						reassignment.grade(), note);
			}
			case SuperviseOrder supervision -> new SuperviseOrder(text(supervision.note(), "note", true));
		};
	}

	/**
	 * The note the audit line quotes (a return's or rejection's reason is on the
	 * timeline, not in the audit line).
	 */
	private static String note(OrderCommand move) {
		return switch (move) {
			case VerifyOrder check -> check.note();
			case RecordRectification progress -> progress.note();
			case SubmitRectification done -> done.note();
			case ApproveOrder approval -> approval.note();
			case ReassignOrder reassignment -> reassignment.note();
			case SuperviseOrder supervision -> supervision.note();
			case AcceptOrder accept -> null;
			case ReturnOrder back -> null;
			case RejectOrder rejection -> null;
		};
	}

	private Optional<String> earlierAnswer(DisposalOrder order, String key, String action, Actor actor) {
		return requests.find(order.id(), key).map(earlier -> {
			if (!earlier.action().equals(action) || !earlier.actor().equals(actor.username())) {
				throw new IllegalTransition("Idempotency-Key '" + key + "' was already used on order " + order.code()
						+ " for another request; use a new key for a new request.");
			}
			return earlier.answer();
		});
	}

	/** The photos a move cites must have been uploaded to this order. */
	private List<UUID> evidence(DisposalOrder order, List<UUID> ids) {
		if (ids == null || ids.isEmpty()) {
			return List.of();
		}
		if (ids.size() > 20) {
			throw new ReportRejected(Refusal.INVALID, "photoIds", "At most 20 photos per step.");
		}
		for (int i = 0; i < ids.size(); i++) {
			UUID photo = ids.get(i);
			if (photo == null || photos.find(photo).map(p -> !p.orderId().equals(order.id().value())).orElse(true)) {
				throw new ReportRejected(Refusal.UNPROCESSABLE, "photoIds[" + i + "]",
						"Photo " + photo + " was not uploaded to order " + order.code()
								+ " (POST /api/disposal-orders/{id}/photos first).");
			}
		}
		return List.copyOf(ids);
	}

	private String department(String code) {
		if (code == null || code.isBlank()) {
			throw new ReportRejected(Refusal.INVALID, "departmentCode", "Name the department to dispatch to.");
		}
		return departments.find(code.strip())
			.orElseThrow(() -> new ReportRejected(Refusal.UNPROCESSABLE, "departmentCode",
					"There is no department '" + code + "'."))
			.code();
	}

	private String category(String code) {
		if (code == null || code.isBlank()) {
			return null;
		}
		return categories.active(code.strip())
			.orElseThrow(() -> new ReportRejected(Refusal.UNPROCESSABLE, "category",
					"Unknown category '" + code + "'; see GET /api/hazard-categories."))
			.code();
	}

	/**
	 * Who a superior's supervision is addressed to: the order's street (its district when
	 * it has none).
	 */
	private String supervised(DisposalOrder order) {
		var at = order.location();
		return at.streetCode() != null ? at.streetCode()
				: at.districtCode() != null ? at.districtCode() : policy.city();
	}

	private static String text(String value, String field, boolean required) {
		if (value == null || value.isBlank()) {
			if (required) {
				throw new ReportRejected(Refusal.INVALID, field, "Give a " + field + ".");
			}
			return null;
		}
		if (value.length() > MAX_NOTE) {
			throw new ReportRejected(Refusal.TOO_LARGE, field,
					"The " + field + " has " + value.length() + " characters; at most " + MAX_NOTE + ".");
		}
		return value.strip();
	}

	private static String abbreviate(String text) {
		return text.length() > 200 ? text.substring(0, 200) + "…" : text;
	}

}
