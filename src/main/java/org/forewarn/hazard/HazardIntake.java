package org.forewarn.hazard;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.forewarn.audit.AuditEntry;
import org.forewarn.audit.AuditTrail;
import org.forewarn.hazard.classifier.Classification;
import org.forewarn.platform.TextPolicy;
import org.springframework.context.ApplicationEventPublisher;
import org.forewarn.platform.Refusal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one place every hazard report lands, from every channel: it is checked, placed,
 * classified and either linked to an open order for the same hazard (a duplicate) or
 * turned into a new disposal order — routed to the responsible department when the
 * classifier is sure and a rule applies, otherwise queued for a dispatcher. All or
 * nothing: a report whose photos or fields are bad writes nothing.
 */
@Service
class HazardIntake {

	static final int MAX_DESCRIPTION = 4000;
	static final double DUPLICATE_RADIUS_METRES = 150;
	static final Duration DUPLICATE_WINDOW = Duration.ofHours(72);
	static final double DUPLICATE_SIMILARITY = 0.35;

	private static final char[] TRACKING_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ".toCharArray();

	private static final SecureRandom RANDOM = new SecureRandom();

	/**
	 * A report as it arrives: by which channel, what was seen where, and who (or what)
	 * sent it. Made by the factory of its channel — {@link #publicTip},
	 * {@link #staffReport}, {@link #videoAlarm}, {@link #signal}.
	 */
	record Submission(Channel channel, Sighting sighting, Sender sender) {

		/** 群众举报: anyone, without logging in, with a contact if they leave one. */
		static Submission publicTip(Sighting sighting, String contact, String clientAddress) {
			return new Submission(Channel.PUBLIC_TIP, sighting, new Tipster(contact, clientAddress));
		}

		/**
		 * A logged-in reporter: grid patrol, industry inspection, enterprise self-report
		 * or the duty office (the channel follows from the reporter's role), about an
		 * enterprise if one is named.
		 */
		static Submission staffReport(Channel channel, Sighting sighting, String enterpriseName, String enterpriseUscc,
				String clientAddress) {
			String name = TextPolicy.blankToNull(enterpriseName);
			String uscc = TextPolicy.blankToNull(enterpriseUscc);
			return new Submission(channel, sighting, new Staff(
					name == null && uscc == null ? null : new DisposalOrder.Enterprise(name, uscc), clientAddress));
		}

		/** A logged-in reporter's report that concerns no particular enterprise. */
		static Submission staffReport(Channel channel, Sighting sighting, String clientAddress) {
			return new Submission(channel, sighting, new Staff(null, clientAddress));
		}

		/** 视频智能分析: a gateway's alarm; its id makes a replay harmless. */
		static Submission videoAlarm(Sighting sighting, String alarmId, String clientAddress) {
			return new Submission(Channel.VIDEO_ANALYTICS, sighting, new Machine(alarmId, null, clientAddress));
		}

		/**
		 * A {@link HazardSignal} another module published: an IoT alarm, a video alarm or
		 * an inspection finding.
		 */
		static Submission signal(HazardSignal signal) {
			Sighting sighting = Sighting.at(signal.description(), signal.latitude(), signal.longitude(), null)
				.classed(signal.categoryCode(), signal.grade());
			return new Submission(signal.source(), sighting,
					new Machine(signal.externalId(), signal.enterpriseUscc(), null));
		}

		String description() {
			return sighting.description();
		}

		String contact() {
			return sender instanceof Tipster tipster ? tipster.contact() : null;
		}

		/**
		 * The enterprise the report concerns: named by a reporter, or by the sender of a
		 * signal.
		 */
		DisposalOrder.Enterprise enterprise() {
			return switch (sender) {
				case Staff staff -> staff.enterprise();
				case Machine machine -> TextPolicy.blankToNull(machine.enterpriseUscc()) == null ? null
						: new DisposalOrder.Enterprise(null, machine.enterpriseUscc().strip());
				case Tipster tipster -> null;
			};
		}

		/**
		 * The sender's own id of the report (alarm id, finding reference): the same one
		 * again is a replay.
		 */
		String externalRef() {
			return sender instanceof Machine machine ? machine.externalRef() : null;
		}

		String clientAddress() {
			return sender.clientAddress();
		}
	}

	/**
	 * What was seen and where: the text, the point and/or address, and the category and
	 * grade if the sender knows them (otherwise the classifier decides the category; the
	 * grade is general).
	 */
	record Sighting(String description, Double latitude, Double longitude, String address, String category,
			Grade grade) {

		/** A sighting as a person describes it: category and grade left to the intake. */
		static Sighting at(String description, Double latitude, Double longitude, String address) {
			return new Sighting(description, latitude, longitude, address, null, Grade.GENERAL);
		}

		Sighting classed(String category, Grade grade) {
			return new Sighting(description, latitude, longitude, address, category,
					grade == null ? Grade.GENERAL : grade);
		}
	}

	/**
	 * Who sent a report; the IP address is kept for the audit trail where there is one.
	 */
	sealed interface Sender {

		String clientAddress();

	}

	/** A member of the public. */
	record Tipster(String contact, String clientAddress) implements Sender {
	}

	/** A logged-in reporter, possibly about an enterprise (null: none). */
	record Staff(DisposalOrder.Enterprise enterprise, String clientAddress) implements Sender {
	}

	/**
	 * A machine — a camera gateway, the monitoring network, an inspection system — with
	 * its own id of the report.
	 */
	record Machine(String externalRef, String enterpriseUscc, String clientAddress) implements Sender {
	}

	/** What the reporter is told. */
	record Receipt(UUID reportId, DisposalOrderId orderId, String orderCode, boolean duplicate, String trackingCode,
			String category, double confidence, boolean autoRouted, OrderStatus status, boolean replay) {
	}

	private final DisposalOrders orders;

	private final HazardReports reports;

	private final Photos photos;

	private final Placing placing;

	private final Triage triage;

	private final HazardCategories categories;

	private final RoutingRules routing;

	private final Deadlines deadlines;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	HazardIntake(DisposalOrders orders, HazardReports reports, Photos photos, Placing placing, Triage triage,
			HazardCategories categories, RoutingRules routing, Deadlines deadlines, AuditTrail audit,
			ApplicationEventPublisher events) {
		this.orders = orders;
		this.reports = reports;
		this.photos = photos;
		this.placing = placing;
		this.triage = triage;
		this.categories = categories;
		this.routing = routing;
		this.deadlines = deadlines;
		this.audit = audit;
		this.events = events;
	}

	@Transactional
	Receipt take(Submission s, List<Photos.Photo> pictures, Actor by, Instant now) {
		Sighting seen = s.sighting();
		String description = checkDescription(seen.description());
		if (seen.address() != null && seen.address().length() > 500) {
			throw new ReportRejected(Refusal.INVALID, "address", "The address is longer than 500 characters.");
		}
		if (s.contact() != null && s.contact().length() > 100) {
			throw new ReportRejected(Refusal.INVALID, "contact", "The contact is longer than 100 characters.");
		}
		if (s.externalRef() != null) {
			reports.claimExternalRef(s.channel(), s.externalRef());
			var earlier = reports.byExternalRef(s.channel(), s.externalRef());
			if (earlier.isPresent()) { // a replayed alarm: the first answer, nothing new
										// stored
				DisposalOrder order = orders.find(earlier.get().orderId()).orElseThrow();
				return new Receipt(earlier.get().id(), order.id(), order.code(), earlier.get().duplicate(),
						earlier.get().trackingCode(), order.categoryCode(), 1.0, order.departmentCode() != null,
						order.status(), true);
			}
		}
		DisposalOrder.Location location = placing.place(seen.latitude(), seen.longitude(), seen.address());

		String category;
		double confidence;
		Classification classification = null;
		if (seen.category() != null && !seen.category().isBlank()) {
			category = categories.active(seen.category().strip())
				.orElseThrow(() -> new ReportRejected(Refusal.UNPROCESSABLE, "category",
						"Unknown category '" + seen.category() + "'; see GET /api/hazard-categories for the codes."))
				.code();
			confidence = 1.0;
		}
		else {
			classification = triage.classify(description);
			category = classification.category();
			confidence = classification.confidence();
			if (categories.active(category).isEmpty()) { // retired by an administrator
															// since the model learnt it
				category = "OTHER";
				confidence = 0;
			}
		}
		Grade grade = seen.grade() == null ? Grade.GENERAL : seen.grade();
		UUID reportId = UUID.randomUUID();
		String tracking = s.channel() == Channel.PUBLIC_TIP ? trackingCode() : null;
		String contact = TextPolicy.blankToNull(s.contact());

		DisposalOrder existing = location.latitude() == null ? null : duplicateOf(category, location, description, now);
		if (existing != null) {
			DisposalOrder order = orders.lock(existing.id()).orElseThrow();
			order.linkDuplicate(s.channel(), by, now);
			orders.update(order);
			reports.insert(new HazardReports.Report(reportId, order.id(), s.channel(), tracking, by.id(),
					by.id() == null ? null : by.displayName(), contact, description, location.latitude(),
					location.longitude(), location.address(), s.externalRef(), true, now, s.clientAddress()));
			pictures.forEach(p -> photos.store(order.id().value(), reportId, p, by.username(), now));
			audit.record(
					entry(by, s, "hazard.report", order.code(), "duplicate", "linked to open order " + order.code()));
			return new Receipt(reportId, order.id(), order.code(), true, tracking, order.categoryCode(), confidence,
					order.departmentCode() != null, order.status(), false);
		}

		RoutingRules.Route route;
		boolean sure = classification == null || confidence > 0 && triage.confident(classification);
		if (!location.placed()) {
			route = RoutingRules.Route.toDispatcher("无法定位到街道，待人工分拨");
		}
		else if (!sure) {
			route = RoutingRules.Route
				.toDispatcher("分类置信度 %.2f 低于 %.2f，待人工分拨".formatted(confidence, triage.threshold()));
		}
		else {
			route = routing.route(category, grade, location).orElse(RoutingRules.Route.toDispatcher("无匹配的路由规则，待人工分拨"));
		}
		String department = route.departmentCode();
		DisposalOrderId id = new DisposalOrderId(UUID.randomUUID());
		DisposalOrder order = DisposalOrder.open(
				new DisposalOrder.Opening(id, orders.nextCode(now), s.channel(), description, location,
						new DisposalOrder.Triaged(category, grade, route, classification), s.enterprise()),
				by, now, deadlines);
		orders.insert(order);
		reports.insert(new HazardReports.Report(reportId, id, s.channel(), tracking, by.id(),
				by.id() == null ? null : by.displayName(), contact, description, location.latitude(),
				location.longitude(), location.address(), s.externalRef(), false, now, s.clientAddress()));
		pictures.forEach(p -> photos.store(id.value(), reportId, p, by.username(), now));
		audit.record(entry(by, s, "hazard.report", order.code(), "success",
				s.channel() + " " + category + " " + (department == null ? "→ dispatcher queue" : "→ " + department)));
		order.events().forEach(events::publishEvent);
		return new Receipt(reportId, id, order.code(), false, tracking, category, confidence, department != null,
				order.status(), false);
	}

	private DisposalOrder duplicateOf(String category, DisposalOrder.Location location, String description,
			Instant now) {
		Set<String> words = bigrams(description);
		for (DisposalOrder candidate : orders.openNear(category, location.latitude(), location.longitude(),
				DUPLICATE_RADIUS_METRES, now.minus(DUPLICATE_WINDOW))) {
			var at = candidate.location();
			if (at.latitude() == null) {
				continue;
			}
			if (metres(location.latitude(), location.longitude(), at.latitude(),
					at.longitude()) <= DUPLICATE_RADIUS_METRES
					&& jaccard(words, bigrams(candidate.description())) >= DUPLICATE_SIMILARITY) {
				return candidate;
			}
		}
		return null;
	}

	static String checkDescription(String description) {
		if (description == null || description.isBlank()) {
			throw new ReportRejected(Refusal.INVALID, "description", "Describe the hazard (description is empty).");
		}
		String text = description.strip();
		if (text.length() > MAX_DESCRIPTION) {
			throw new ReportRejected(Refusal.TOO_LARGE, "description", "The description has " + text.length()
					+ " characters; at most " + MAX_DESCRIPTION + " are accepted.");
		}
		return text;
	}

	/**
	 * Character bigrams: Chinese needs no segmentation for "is this the same text,
	 * roughly".
	 */
	static Set<String> bigrams(String text) {
		String t = text.replaceAll("[\\s\\p{Punct}，。、；：！？（）“”《》]", "");
		Set<String> grams = new HashSet<>();
		for (int i = 0; i + 1 < t.length(); i++) {
			grams.add(t.substring(i, i + 2));
		}
		if (grams.isEmpty() && !t.isEmpty()) {
			grams.add(t);
		}
		return grams;
	}

	static double jaccard(Set<String> a, Set<String> b) {
		if (a.isEmpty() || b.isEmpty()) {
			return 0;
		}
		int common = 0;
		for (String s : a) {
			if (b.contains(s)) {
				common++;
			}
		}
		return (double) common / (a.size() + b.size() - common);
	}

	static double metres(double lat1, double lon1, double lat2, double lon2) {
		double dLat = Math.toRadians(lat2 - lat1);
		double dLon = Math.toRadians(lon2 - lon1);
		double a = Math.sin(dLat / 2) * Math.sin(dLat / 2) + Math.cos(Math.toRadians(lat1))
				* Math.cos(Math.toRadians(lat2)) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
		return 6_371_000 * 2 * Math.atan2(Math.sqrt(a), Math.sqrt(1 - a));
	}

	/**
	 * {@code HT-} and eight characters without look-alikes (no 0/O, 1/I/L): 31⁸ ≈ 8.5 ×
	 * 10¹¹, not guessable.
	 */
	static String trackingCode() {
		return trackingCode(RANDOM);
	}

	/**
	 * A tracking code from the given source (the demo data uses a seeded one, to stay
	 * reproducible).
	 */
	static String trackingCode(java.util.random.RandomGenerator random) {
		StringBuilder code = new StringBuilder("HT-");
		for (int i = 0; i < 8; i++) {
			code.append(TRACKING_ALPHABET[random.nextInt(TRACKING_ALPHABET.length)]);
		}
		return code.toString();
	}

	private static AuditEntry entry(Actor by, Submission s, String action, String code, String outcome,
			String details) {
		String contact = s.contact() == null ? "" : " contact " + maskContact(s.contact());
		return new AuditEntry(by.username(), by.regionCode(), action, "disposal-order:" + code, outcome,
				s.clientAddress(), details + contact);
	}

	/**
	 * A tipster's contact as lists and logs show it: every run of 7+ digits keeps its
	 * first 3 and last 4.
	 */
	static String maskContact(String contact) {
		if (contact == null) {
			return null;
		}
		return java.util.regex.Pattern.compile("\\d{7,}").matcher(contact).replaceAll(m -> {
			String d = m.group();
			return d.substring(0, 3) + "*".repeat(d.length() - 7) + d.substring(d.length() - 4);
		});
	}

}
