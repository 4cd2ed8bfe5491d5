package org.forewarn.notification;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.forewarn.audit.AuditEntry;
import org.forewarn.audit.AuditTrail;
import org.forewarn.organisation.LocatedPerson;
import org.forewarn.organisation.People;
import org.forewarn.region.RegionSummary;
import org.forewarn.region.Regions;
import org.forewarn.warning.WarningCancelled;
import org.forewarn.warning.WarningExpired;
import org.forewarn.warning.WarningIssued;
import org.forewarn.warning.WarningSummary;
import org.forewarn.warning.WarningUpdated;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Fan-out and the recipient's moves. An issued (or updated) warning becomes one notice
 * per recipient, written in one statement (COPY) and handed to the channels after commit;
 * the unique (subject, person, kind) row makes a replayed event or a retried issue write
 * nothing new. Commands from other modules take the same path. Recipients acknowledge
 * their own notices.
 */
@Service
class NotificationDesk implements Notifications {

	private static final Logger log = LoggerFactory.getLogger(NotificationDesk.class);

	/** Timings of the last fan-out, for the log and the benchmark. */
	record FanOutTiming(UUID subjectId, int revision, int recipients, int written, long selectNanos, long writeNanos,
			long finishedAtNanos) {
	}

	private final Notices store;

	private final Targeting targeting;

	private final People people;

	private final Regions regions;

	private final ContactPoints contacts;

	private final ChannelSettings settings;

	private final Deliveries deliveries;

	private final DeliveryWatch watch;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final Duration acknowledgeWithin;

	private volatile FanOutTiming lastFanOut;

	NotificationDesk(Notices store, Targeting targeting, People people, Regions regions, ContactPoints contacts,
			ChannelSettings settings, Deliveries deliveries, DeliveryWatch watch, AuditTrail audit,
			ApplicationEventPublisher events, Clock clock,
			@Value("${forewarn.notification.acknowledge-within:PT30M}") Duration acknowledgeWithin) {
		this.store = store;
		this.targeting = targeting;
		this.people = people;
		this.regions = regions;
		this.contacts = contacts;
		this.settings = settings;
		this.deliveries = deliveries;
		this.watch = watch;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
		this.acknowledgeWithin = acknowledgeWithin;
		watch.countWith(this::countsOf);
	}

	// --- warnings
	// ------------------------------------------------------------------------------------------------

	@ApplicationModuleListener
	void on(WarningIssued issued) {
		fanOut(issued.warning(), issued.issuedBy());
	}

	@ApplicationModuleListener
	void on(WarningUpdated updated) {
		fanOut(updated.warning(), updated.updatedBy());
	}

	@ApplicationModuleListener
	void on(WarningCancelled cancelled) {
		if (cancelled.wasIssued()) {
			ended(cancelled.id().value(), "warning cancelled: " + cancelled.reason());
		}
	}

	@ApplicationModuleListener
	void on(WarningExpired expired) {
		ended(expired.id().value(), "warning expired");
	}

	/**
	 * Writes the notices of a warning revision and hands them over after commit; returns
	 * how many were written.
	 */
	@Transactional
	int fanOut(WarningSummary warning, String by) {
		long started = System.nanoTime();
		Instant now = clock.instant();
		UUID subject = warning.id().value();
		boolean fresh = store.subject(subject).isEmpty();
		Instant lease = lease(now);
		Instant acknowledgeBy = now.plus(acknowledgeWithin);
		// the subject row serialises fan-outs of one warning; at this revision already: a
		// replay, nothing to write
		if (!store.saveSubject(
				new Notices.Subject(subject, "WARNING", warning.revision(), warning.headline(), text(warning),
						warning.ownerRegion(), (int) acknowledgeWithin.toSeconds(), true, by, now),
				null, now, lease, acknowledgeBy)) {
			log.info("Warning {} revision {} was notified before; nothing to write", subject, warning.revision());
			return 0;
		}
		List<LocatedPerson> recipients = targeting.recipients(warning);
		long selected = System.nanoTime();
		List<UUID> written = write(subject, warning.revision(), recipients, now, acknowledgeBy, fresh, lease);
		long finished = System.nanoTime();
		lastFanOut = new FanOutTiming(subject, warning.revision(), recipients.size(), written.size(),
				selected - started, finished - selected, finished);
		log.info("Warning {} revision {}: {} recipients selected in {} ms, {} notices written in {} ms", subject,
				warning.revision(), recipients.size(), (selected - started) / 1_000_000, written.size(),
				(finished - selected) / 1_000_000);
		audit.record(AuditEntry.by("system", warning.ownerRegion(), "notification.fan-out", "warning:" + subject,
				"success", "revision " + warning.revision() + ": " + written.size() + " of " + recipients.size()
						+ " recipients notified"));
		return written.size();
	}

	private void ended(UUID subject, String why) {
		int stopped = store.end(subject, why);
		watch.changed(List.of(subject));
		if (stopped > 0) {
			log.info("Subject {} ended ({}); {} unsent notices stopped", subject, why, stopped);
		}
	}

	/** The SMS-length text of a warning notice. */
	static String text(WarningSummary warning) {
		StringBuilder text = new StringBuilder(warning.headline());
		if (warning.description() != null) {
			text.append("：").append(warning.description());
		}
		if (warning.instruction() != null) {
			text.append(" 防御指引：").append(warning.instruction());
		}
		return text.append(" 请及时确认收到。").toString();
	}

	// --- commands
	// ------------------------------------------------------------------------------------------------

	@Override
	@Transactional
	public CommandId send(Command command) {
		if (command.title() == null || command.title().isBlank() || command.body() == null
				|| command.body().isBlank()) {
			throw new IllegalArgumentException("a command needs a title and a body");
		}
		if (command.issuingRegion() == null || regions.find(command.issuingRegion()).isEmpty()) {
			throw new IllegalArgumentException("a command needs the issuing jurisdiction's region code");
		}
		UUID id = command.reference() == null ? UUID.randomUUID()
				: UUID.nameUUIDFromBytes(("command:" + command.reference()).getBytes(StandardCharsets.UTF_8));
		if (store.subject(id).isPresent()) {
			return new CommandId(id); // the same reference again: the first command,
										// nobody notified twice
		}
		Map<UUID, LocatedPerson> recipients = new LinkedHashMap<>();
		people.locate(command.persons()).forEach(p -> recipients.put(p.id(), p));
		people.ofDepartments(command.departmentCodes()).forEach(p -> recipients.putIfAbsent(p.id(), p));
		if (recipients.isEmpty()) {
			throw new IllegalArgumentException("the command names no known person or unit with people");
		}
		Instant now = clock.instant();
		Integer ackSeconds = command.acknowledgeWithin() == null ? null : (int) command.acknowledgeWithin().toSeconds();
		Instant acknowledgeBy = command.acknowledgeWithin() == null ? null : now.plus(command.acknowledgeWithin());
		Instant lease = lease(now);
		store.saveSubject(
				new Notices.Subject(id, "COMMAND", 1, command.title().strip(), command.body().strip(),
						command.issuingRegion(), ackSeconds, true,
						command.issuedBy() == null ? "system" : command.issuedBy(), now),
				command.reference(), now, lease, acknowledgeBy);
		List<UUID> written = write(id, 1, List.copyOf(recipients.values()), now, acknowledgeBy, true, lease);
		audit.record(AuditEntry.of("command.send", "command:" + id, "success",
				command.title().strip() + " → " + written.size() + " recipients"));
		return new CommandId(id);
	}

	/**
	 * Writes notices for these recipients and hands the written ones to the channels once
	 * the transaction commits.
	 */
	/**
	 * The delivery workers' lease on a subject's first delivery (millisecond precision,
	 * so it matches when dropped).
	 */
	private static Instant lease(Instant now) {
		return now.plus(Deliveries.LEASE).truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
	}

	private List<UUID> write(UUID subject, int revision, List<LocatedPerson> recipients, Instant now,
			Instant acknowledgeBy, boolean newSubject, Instant lease) {
		Map<UUID, Set<ChannelType>> registered = contacts.all();
		List<ChannelType> order = settings.order().stream().filter(settings::enabled).toList();
		List<Notices.NewNotice> notices = new ArrayList<>(recipients.size());
		for (LocatedPerson person : recipients) {
			Set<ChannelType> own = registered.getOrDefault(person.id(), Set.of());
			List<ChannelType> chain = order.stream().filter(c -> c == ChannelType.SMS || own.contains(c)).toList();
			notices.add(new Notices.NewNotice(UUID.randomUUID(), person.id(), "NOTICE", person.districtCode(),
					person.streetCode(), person.role().name(),
					person.responsibilityType() == null ? null : person.responsibilityType().name(),
					person.responsibleFor(), null, chain));
		}
		List<UUID> written = store.fanOut(subject, revision, notices, now, acknowledgeBy, newSubject);
		afterCommit(() -> deliveries.handOver(subject, lease, written));
		return written;
	}

	static void afterCommit(Runnable action) {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					action.run();
				}
			});
		}
		else {
			action.run();
		}
	}

	// --- counts and acknowledgement
	// ----------------------------------------------------------------------------

	@Override
	@Transactional(readOnly = true)
	public DeliveryCounts countsOf(UUID subjectId) {
		List<Notices.Counts> rows = store.counts(subjectId);
		List<DeliveryCounts.District> districts = rows.stream()
			.map(c -> new DeliveryCounts.District(c.districtCode(),
					c.districtCode() == null ? null
							: regions.find(c.districtCode()).map(RegionSummary::name).orElse(null),
					c.recipients(), c.sent(), c.delivered(), c.acknowledged(), c.failed()))
			.toList();
		return new DeliveryCounts(sum(rows, Notices.Counts::recipients), sum(rows, Notices.Counts::sent),
				sum(rows, Notices.Counts::delivered), sum(rows, Notices.Counts::acknowledged),
				sum(rows, Notices.Counts::failed), store.escalations(subjectId), districts);
	}

	private static long sum(List<Notices.Counts> rows, java.util.function.ToLongFunction<Notices.Counts> field) {
		return rows.stream().mapToLong(field).sum();
	}

	/**
	 * The recipient acknowledges their notice; a second acknowledgement changes nothing
	 * (false).
	 */
	@Transactional
	boolean acknowledge(Notices.Notice notice, String username, String regionCode) {
		Instant now = clock.instant();
		if (!store.acknowledge(notice.id(), now)) {
			return false;
		}
		audit.record(AuditEntry.by(username, regionCode, "notification.acknowledge", "notification:" + notice.id(),
				"success", notice.subjectKind().toLowerCase() + ":" + notice.subjectId()));
		events.publishEvent(new NotificationAcknowledged(notice.id(), notice.subjectId(), notice.personId(), now));
		afterCommit(() -> watch.changed(List.of(notice.subjectId())));
		return true;
	}

	FanOutTiming lastFanOut() {
		return lastFanOut;
	}

}
