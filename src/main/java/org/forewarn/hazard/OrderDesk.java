package org.forewarn.hazard;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.forewarn.audit.AuditEntry;
import org.forewarn.audit.AuditTrail;
import org.forewarn.organisation.Departments;
import org.springframework.context.ApplicationEventPublisher;
import org.forewarn.platform.Refusal;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.json.JsonMapper;

/**
 * Where the moves on a disposal order are made. Each move locks the order's row, so of two conflicting requests one
 * wins and the other finds the order moved on (409); checks who may make it; lets the order apply it; writes the
 * order, its timeline, the audit record and the events in one transaction. A request repeated with the same
 * {@code Idempotency-Key} gets the first answer and changes nothing.
 */
@Service
class OrderDesk {

	static final int MAX_NOTE = 2000;

	/** The body of every move; which fields a move needs is checked per move. */
	record Move(String note, String reason, Verification outcome, Grade grade, List<UUID> photoIds,
			String departmentCode, String category) {
	}

	/** The answer: the order as it now is (JSON), and whether it was a replay of an earlier request. */
	record Answer(String json, boolean replay) {
	}

	private final DisposalOrders orders;
	private final OrderPolicy policy;
	private final Deadlines deadlines;
	private final Departments departments;
	private final HazardCategories categories;
	private final Photos photos;
	private final Triage triage;
	private final OrderViews views;
	private final AuditTrail audit;
	private final ApplicationEventPublisher events;
	private final JdbcClient jdbc;
	private final JsonMapper json;
	private final Clock clock;
	private final TransactionTemplate transactions;

	OrderDesk(TransactionTemplate transactions, DisposalOrders orders, OrderPolicy policy, Deadlines deadlines, Departments departments,
			HazardCategories categories, Photos photos, Triage triage, OrderViews views, AuditTrail audit,
			ApplicationEventPublisher events, JdbcClient jdbc, JsonMapper json, Clock clock) {
		this.transactions = transactions;
		this.orders = orders;
		this.policy = policy;
		this.deadlines = deadlines;
		this.departments = departments;
		this.categories = categories;
		this.photos = photos;
		this.triage = triage;
		this.views = views;
		this.audit = audit;
		this.events = events;
		this.jdbc = jdbc;
		this.json = json;
		this.clock = clock;
	}

	/**
	 * Makes the move in one transaction. The answer (the order as it now is) is built after the commit, outside the
	 * row lock — except when the request carries an idempotency key, whose answer must be stored with the move.
	 */
	Answer act(DisposalOrderId id, String action, Move move, String requestKey, Actor actor) {
		Object result = transactions.execute(status -> apply(id, action, move, requestKey, actor));
		if (result instanceof Answer answer) {
			return answer;
		}
		return new Answer(json.writeValueAsString(views.afterMove((DisposalOrder) result, actor)), false);
	}

	private Object apply(DisposalOrderId id, String action, Move move, String requestKey, Actor actor) {
		if (!OrderPolicy.ACTIONS.contains(action)) {
			throw new NoSuchOrder("move '" + action + "'; moves are " + OrderPolicy.ACTIONS);
		}
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
		Move m = move == null ? new Move(null, null, null, null, null, null, null) : move;
		String note = text(m.note(), "note", false);
		List<UUID> evidence = evidence(order, m.photoIds());
		Instant now = clock.instant();
		String previousCategory = order.categoryCode();
		switch (action) {
			case "accept" -> order.accept(actor, now, deadlines);
			case "return" -> order.returnToDispatcher(actor, text(m.reason(), "reason", true), now, deadlines);
			case "verify" -> {
				if (m.outcome() == null) {
					throw new ReportRejected(Refusal.INVALID, "outcome", "Say what the check found: CONFIRMED or NOT_A_HAZARD.");
				}
				order.verify(actor, m.outcome(), m.grade(), note, evidence, now, deadlines);
			}
			case "rectify" -> order.recordRectification(actor, required(note, "note"), evidence, now);
			case "submit" -> order.submit(actor, note, evidence, now, deadlines);
			case "approve" -> order.approve(actor, note, now);
			case "reject" -> order.reject(actor, text(m.reason(), "reason", true), now, deadlines);
			case "reassign" -> order.dispatch(actor, department(m.departmentCode()), category(m.category()), m.grade(),
					note, now, deadlines);
			case "supervise" -> order.supervise(actor, required(note, "note"), supervised(order), now);
			default -> throw new IllegalStateException(action);
		}
		orders.update(order);
		if (!order.categoryCode().equals(previousCategory)) {
			triage.correct(order.description(), order.categoryCode(), actor.username(), now);
		}
		if ("supervise".equals(action)) {
			jdbc.sql("""
					insert into hazard_supervision (order_id, level, step, step_started_at, raised_at, raised_by,
					    notify_region, notify_department, note)
					values (:order, 'MANUAL', :step, :started, :at, :by, :region, :department, :note)""")
				.param("order", order.id().value())
				.param("step", order.status().step().name())
				.param("started", DisposalOrders.ts(order.snapshot().stepStartedAt()))
				.param("at", DisposalOrders.ts(now))
				.param("by", actor.username())
				.param("region", supervised(order))
				.param("department", order.departmentCode())
				.param("note", note)
				.update();
		}
		order.events().forEach(events::publishEvent);
		Object result = order;
		if (requestKey != null) {
			String answer = json.writeValueAsString(views.afterMove(order, actor));
			result = new Answer(answer, false);
			jdbc.sql("""
					insert into disposal_order_request (order_id, request_key, action, actor, response, created_at)
					values (:order, :key, :action, :actor, :response, :at)""")
				.param("order", order.id().value())
				.param("key", requestKey)
				.param("action", action)
				.param("actor", actor.username())
				.param("response", answer)
				.param("at", DisposalOrders.ts(now))
				.update();
		}
		// last: the audit chain is appended under a lock held until commit, so keep that stretch short
		audit.record(AuditEntry.by(actor.username(), actor.regionCode(), "disposal-order." + action,
				"disposal-order:" + order.code(), "success", order.status() + (note == null ? "" : " " + abbreviate(note))));
		return result;
	}

	private Optional<String> earlierAnswer(DisposalOrder order, String key, String action, Actor actor) {
		return jdbc.sql("""
				select action, actor, response from disposal_order_request where order_id = :order and request_key = :key""")
			.param("order", order.id().value())
			.param("key", key)
			.query((rs, n) -> {
				if (!rs.getString(1).equals(action) || !rs.getString(2).equals(actor.username())) {
					throw new IllegalTransition("Idempotency-Key '" + key + "' was already used on order " + order.code()
							+ " for another request; use a new key for a new request.");
				}
				return rs.getString(3);
			})
			.optional();
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
				throw new ReportRejected(Refusal.UNPROCESSABLE, "photoIds[" + i + "]", "Photo " + photo
						+ " was not uploaded to order " + order.code() + " (POST /api/disposal-orders/{id}/photos first).");
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

	/** Who a superior's supervision is addressed to: the order's street (its district when it has none). */
	private String supervised(DisposalOrder order) {
		var at = order.location();
		return at.streetCode() != null ? at.streetCode() : at.districtCode() != null ? at.districtCode() : policy.city();
	}

	private static String text(String value, String field, boolean required) {
		if (value == null || value.isBlank()) {
			if (required) {
				throw new ReportRejected(Refusal.INVALID, field, "Give a " + field + ".");
			}
			return null;
		}
		if (value.length() > MAX_NOTE) {
			throw new ReportRejected(Refusal.TOO_LARGE, field, "The " + field + " has " + value.length()
					+ " characters; at most " + MAX_NOTE + ".");
		}
		return value.strip();
	}

	private static String required(String value, String field) {
		if (value == null) {
			throw new ReportRejected(Refusal.INVALID, field, "Give a " + field + ".");
		}
		return value;
	}

	private static String abbreviate(String text) {
		return text.length() > 200 ? text.substring(0, 200) + "…" : text;
	}
}
