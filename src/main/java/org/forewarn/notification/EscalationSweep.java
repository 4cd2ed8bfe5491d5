package org.forewarn.notification;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.forewarn.audit.AuditEntry;
import org.forewarn.audit.AuditTrail;
import org.forewarn.organisation.LocatedPerson;
import org.forewarn.organisation.People;
import org.forewarn.organisation.PersonSummary;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Escalation by the clock: every minute, notices not acknowledged by their deadline go up
 * one level — to the person's superior (the administrative responsible person of the same
 * reservoir, river or area) or, for everyone else, the duty officers of the nearest
 * street, district or city (see {@link People#superiorsOf}). Each superior gets one
 * escalation notice per warning or command listing everyone overdue below them; each
 * overdue notice escalates once.
 */
@Component
class EscalationSweep {

	private static final Logger log = LoggerFactory.getLogger(EscalationSweep.class);

	private static final int BATCH = 2000;

	private static final int NAMES = 20;

	private final Notices store;

	private final People people;

	private final ContactPoints contacts;

	private final ChannelSettings settings;

	private final Deliveries deliveries;

	private final DeliveryWatch watch;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	private final Clock clock;

	EscalationSweep(Notices store, People people, ContactPoints contacts, ChannelSettings settings,
			Deliveries deliveries, DeliveryWatch watch, AuditTrail audit, ApplicationEventPublisher events,
			TransactionTemplate transactions, Clock clock) {
		this.store = store;
		this.people = people;
		this.contacts = contacts;
		this.settings = settings;
		this.deliveries = deliveries;
		this.watch = watch;
		this.audit = audit;
		this.events = events;
		this.transactions = transactions;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${forewarn.notification.escalation-interval:PT1M}", initialDelayString = "PT40S")
	void scheduled() {
		int escalated = sweep();
		if (escalated > 0) {
			log.info("Escalated {} unacknowledged notices", escalated);
		}
	}

	/** Escalates every notice overdue now; returns how many. */
	int sweep() {
		int total = 0;
		while (true) {
			Integer escalated = transactions.execute(status -> once());
			total += escalated == null ? 0 : escalated;
			if (escalated == null || escalated < BATCH) {
				return total;
			}
		}
	}

	private int once() {
		Instant now = clock.instant();
		List<UUID> due = store.dueForEscalation(now);
		if (due.isEmpty()) {
			return 0;
		}
		List<Notices.Overdue> overdue = store.overdue(now, BATCH);
		if (overdue.isEmpty()) {
			store.rescheduleEscalation(due); // acknowledged in the meantime, or due later
												// after an update
			return 0;
		}
		Map<UUID, List<PersonSummary>> superiors = people
			.superiorsOf(overdue.stream().map(Notices.Overdue::personId).collect(Collectors.toSet()));
		Map<UUID, LocatedPerson> overduePeople = people
			.locate(overdue.stream().map(Notices.Overdue::personId).collect(Collectors.toSet()))
			.stream()
			.collect(Collectors.toMap(LocatedPerson::id, Function.identity()));
		// subject → superior → the overdue people below them
		Map<UUID, Map<UUID, List<UUID>>> groups = new LinkedHashMap<>();
		Map<UUID, Notices.Overdue> bySubject = new LinkedHashMap<>();
		for (Notices.Overdue o : overdue) {
			bySubject.putIfAbsent(o.subjectId(), o);
			for (PersonSummary superior : superiors.getOrDefault(o.personId(), List.of())) {
				groups.computeIfAbsent(o.subjectId(), k -> new LinkedHashMap<>())
					.computeIfAbsent(superior.id(), k -> new ArrayList<>())
					.add(o.personId());
			}
		}
		Set<UUID> superiorIds = new HashSet<>();
		groups.values().forEach(g -> superiorIds.addAll(g.keySet()));
		Map<UUID, LocatedPerson> located = people.locate(superiorIds)
			.stream()
			.collect(Collectors.toMap(LocatedPerson::id, Function.identity()));
		Map<UUID, Set<ChannelType>> registered = contacts.all();
		List<ChannelType> order = settings.order().stream().filter(settings::enabled).toList();
		List<UUID> written = new ArrayList<>();
		for (var subject : groups.entrySet()) {
			Notices.Overdue first = bySubject.get(subject.getKey());
			long minutes = first.ackWithinSeconds() == null ? 0 : first.ackWithinSeconds() / 60;
			for (var superior : subject.getValue().entrySet()) {
				LocatedPerson target = located.get(superior.getKey());
				if (target == null) {
					continue;
				}
				List<UUID> below = superior.getValue();
				String names = below.stream()
					.limit(NAMES)
					.map(overduePeople::get)
					.map(p -> p == null ? "?"
							: p.name() + (p.responsibleFor() == null ? "" : "(" + p.responsibleFor() + ")"))
					.collect(Collectors.joining("、"));
				String body = "【未确认提醒】《" + first.title() + "》：" + below.size() + " 人超过 " + minutes + " 分钟未确认：" + names
						+ (below.size() > NAMES ? " 等" : "") + "。请督促落实。";
				Set<ChannelType> own = registered.getOrDefault(target.id(), Set.of());
				List<ChannelType> chain = order.stream().filter(c -> c == ChannelType.SMS || own.contains(c)).toList();
				store
					.saveEscalation(subject.getKey(),
							new Notices.NewNotice(UUID.randomUUID(), target.id(), "ESCALATION", target.districtCode(),
									target.streetCode(), target.role().name(),
									target.responsibilityType() == null ? null : target.responsibilityType().name(),
									target.responsibleFor(), body, chain),
							1, now, now.plus(Deliveries.LEASE))
					.ifPresent(written::add);
			}
			audit.record(AuditEntry.by("system", null, "notification.escalate", "subject:" + subject.getKey(),
					"success", subject.getValue().values().stream().mapToInt(List::size).sum() + " overdue → "
							+ subject.getValue().size() + " superiors"));
			events.publishEvent(new NotificationsEscalated(subject.getKey(),
					subject.getValue().values().stream().flatMap(List::stream).distinct().toList(),
					List.copyOf(subject.getValue().keySet()), now));
		}
		store.markEscalated(overdue.stream().map(Notices.Overdue::id).toList(), now);
		store.rescheduleEscalation(due);
		NotificationDesk.afterCommit(() -> {
			deliveries.handOver(written);
			watch.changed(bySubject.keySet());
		});
		return overdue.size();
	}

}
