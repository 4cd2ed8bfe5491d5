package org.forewarn.warning;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.forewarn.audit.AuditEntry;
import org.forewarn.audit.AuditTrail;
import org.forewarn.platform.CurrentUser;
import org.forewarn.region.RegionLevel;
import org.forewarn.region.RegionSummary;
import org.forewarn.region.Regions;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The moves on warnings, each in one transaction with its audit entry and its events:
 * draft, edit, approve (four eyes), issue (idempotent), update, cancel; and drafts
 * proposed by other modules.
 */
@Service
class WarningDesk implements Warnings, WarningDrafts {

	/**
	 * The outcome of a move: the warning as it is now, and whether the move was a replay
	 * that changed nothing.
	 */
	record Outcome(Warning warning, boolean replay) {
	}

	/**
	 * The description's limit in {@link WarningForms}, which joined evidence stays
	 * within.
	 */
	private static final int MAX_EVIDENCE = 4000;

	private final WarningRecords warnings;

	private final WarningForms forms;

	private final WarningPolicy policy;

	private final Senders senders;

	private final Regions regions;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	WarningDesk(WarningRecords warnings, WarningForms forms, WarningPolicy policy, Senders senders, Regions regions,
			AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
		this.warnings = warnings;
		this.forms = forms;
		this.policy = policy;
		this.senders = senders;
		this.regions = regions;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	// --- query API
	// -----------------------------------------------------------------------------------------------

	@Override
	@Transactional(readOnly = true)
	public java.util.Optional<WarningSummary> find(WarningId id) {
		return warnings.find(id).map(Warning::summary);
	}

	@Override
	@Transactional(readOnly = true)
	public WarningSummary visibleTo(CurrentUser caller, WarningId id) {
		return visible(caller, id).summary();
	}

	Warning visible(CurrentUser caller, WarningId id) {
		Warning warning = warnings.find(id).orElseThrow(() -> new NoSuchWarning(id));
		policy.requireSees(caller, warning);
		return warning;
	}

	// --- moves
	// ---------------------------------------------------------------------------------------------------

	@Transactional
	Warning draft(CurrentUser user, WarningForms.WarningForm form) {
		String owner = user.jurisdiction().regionCode();
		String senderName = senders.senderName(owner);
		Content content = forms.content(form, owner, senderName);
		Warning warning = Warning.draft(new WarningId(UUID.randomUUID()), Warning.Origin.DRAFTED, owner, content,
				senderName, user.username(), null, clock.instant());
		warnings.insert(warning);
		audited(warning, "warning.draft", content.headline());
		return warning;
	}

	@Transactional
	Outcome update(CurrentUser user, WarningId id, WarningForms.WarningForm form) {
		Warning warning = locked(user, id);
		Content content = forms.content(form, warning.ownerRegion(), senders.senderName(warning.ownerRegion()));
		Instant now = clock.instant();
		if (warning.status() == WarningStatus.ISSUED) {
			Message message = senders.message(warning.ownerRegion(), warning.summary().revision() + 1, "Update", now);
			warning.update(content, user.username(), message, now);
			save(warning, "warning.update", "revision " + warning.summary().revision() + ", " + message.identifier());
		}
		else {
			warning.revise(content, user.username(), now);
			save(warning, "warning.edit", content.headline());
		}
		return new Outcome(warning, false);
	}

	@Transactional
	Outcome approve(CurrentUser user, WarningId id) {
		Warning warning = warnings.lock(id).orElseThrow(() -> new NoSuchWarning(id));
		try {
			policy.requireApproves(user, warning);
			if (warning.status() == WarningStatus.APPROVED && user.username().equals(warning.snapshot().approvedBy())) {
				return new Outcome(warning, true);
			}
			warning.approve(user.username(), clock.instant());
		}
		catch (FourEyesViolated refused) {
			// the refusal outlives the rolled-back transaction: who tried to approve what
			audit.recordIndependently(
					AuditEntry.of("warning.approve", "warning:" + warning.id(), "refused", refused.getMessage()));
			throw refused;
		}
		save(warning, "warning.approve", "drafted by " + String.join(",", warning.authors()));
		return new Outcome(warning, false);
	}

	@Transactional
	Outcome issue(CurrentUser user, WarningId id) {
		Warning warning = locked(user, id);
		Instant now = clock.instant();
		if (warning.status() == WarningStatus.ISSUED) {
			return new Outcome(warning, true); // a retried issue: nothing happens, nobody
												// is notified twice
		}
		Message alert = warning.status() == WarningStatus.APPROVED
				? senders.message(warning.ownerRegion(), 1, "Alert", now) : null;
		warning.issue(user.username(), alert, now);
		save(warning, "warning.issue", alert.identifier());
		return new Outcome(warning, false);
	}

	@Transactional
	Outcome cancel(CurrentUser user, WarningId id, String reason) {
		if (reason == null || reason.isBlank()) {
			throw WarningRejected.invalid("reason", "Say why the warning is cancelled.");
		}
		Warning warning = locked(user, id);
		if (warning.status() == WarningStatus.CANCELLED) {
			return new Outcome(warning, true);
		}
		Instant now = clock.instant();
		Message cancel = warning.cancellingSendsMessage()
				? senders.message(warning.ownerRegion(), warning.summary().revision() + 1, "Cancel", now) : null;
		warning.cancel(user.username(), reason.strip(), cancel, now);
		save(warning, "warning.cancel", reason.strip());
		return new Outcome(warning, false);
	}

	@Override
	@Transactional
	public WarningId proposeFrom(Proposal proposal) {
		warnings.lockProposals(proposal.eventType());
		if (proposal.source() != null) {
			var open = warnings.openProposal(proposal.source());
			if (open.isPresent()) {
				return open.get();
			}
		}
		var joined = warnings.openProposalFor(proposal.eventType(),
				proposal.regionCodes() == null ? List.of() : proposal.regionCodes());
		if (joined.isPresent()) {
			return corroborate(joined.get(), proposal);
		}
		String owner = ownerOf(proposal.regionCodes());
		String senderName = senders.senderName(owner);
		Content content = forms.content(new WarningForms.WarningForm(proposal.eventType(), proposal.colour(),
				proposal.headline(), proposal.description(), proposal.instruction(), proposal.regionCodes(),
				proposal.polygon(), proposal.expiresAt(), null), owner, senderName);
		Warning warning = Warning.draft(new WarningId(UUID.randomUUID()), Warning.Origin.PROPOSED, owner, content,
				senderName, Warning.SYSTEM, proposal.source(), clock.instant());
		warnings.insert(warning);
		audit.record(AuditEntry.by(Warning.SYSTEM, owner, "warning.propose", "warning:" + warning.id(), "success",
				proposal.source() + ": " + content.headline()));
		return warning.id();
	}

	/**
	 * A further alarm for the same event type and area adds its areas and evidence to the
	 * open proposed draft (one draft for a street's several gauges); the more severe
	 * colour and the later expiry win.
	 */
	private WarningId corroborate(WarningId id, Proposal proposal) {
		Warning warning = warnings.lock(id).orElseThrow(() -> new NoSuchWarning(id));
		Content now = warning.content();
		java.util.LinkedHashSet<String> areas = new java.util.LinkedHashSet<>(now.regionCodes());
		areas.addAll(proposal.regionCodes());
		Colour colour = now.colour() == null
				|| (proposal.colour() != null && proposal.colour().level() < now.colour().level()) ? proposal.colour()
						: now.colour();
		Instant expires = now.expiresAt() == null
				|| (proposal.expiresAt() != null && proposal.expiresAt().isAfter(now.expiresAt()))
						? proposal.expiresAt() : now.expiresAt();
		String description = proposal.description() == null || proposal.description().isBlank() ? now.description()
				: (now.description() == null ? "" : now.description()) + proposal.description();
		if (description != null && description.length() > MAX_EVIDENCE) {
			// a long rainstorm's hundredth alarm must not make the draft unsavable: its
			// source and audit entry still record it
			description = now.description();
		}
		// a person's headline stays; the system's own follows the colour
		String headline = warning.adopted() ? now.headline() : proposal.headline();
		String senderName = senders.senderName(warning.ownerRegion());
		Content changed = forms.content(
				new WarningForms.WarningForm(now.eventType(), colour, headline, description, now.instruction(),
						List.copyOf(areas), now.polygon(), expires,
						new WarningForms.WarningAudience(now.audienceRoles(), now.audienceDuties())),
				warning.ownerRegion(), senderName);
		warning.corroborate(changed, clock.instant());
		warnings.update(warning);
		warnings.addSource(warning.id(), proposal.source());
		audit.record(AuditEntry.by(Warning.SYSTEM, warning.ownerRegion(), "warning.corroborate",
				"warning:" + warning.id(), "success", proposal.source() + ": " + String.join(",", areas)));
		return warning.id();
	}

	/** Expires one warning if it is due; true when it did. */
	@Transactional
	boolean expire(WarningId id) {
		Warning warning = warnings.lock(id).orElse(null);
		if (warning == null || !warning.expireIfDue(clock.instant())) {
			return false;
		}
		warnings.update(warning);
		audit.record(AuditEntry.by("system", warning.ownerRegion(), "warning.expire", "warning:" + warning.id(),
				"success", null));
		warning.events().forEach(events::publishEvent);
		return true;
	}

	/** The smallest district (or the city) that covers every area of a proposal. */
	private String ownerOf(List<String> regionCodes) {
		String city = regions.city().code();
		String owner = null;
		for (String code : regionCodes == null ? List.<String>of() : regionCodes) {
			String district = regions.ancestry(code)
				.stream()
				.filter(r -> r.level() == RegionLevel.DISTRICT)
				.map(RegionSummary::code)
				.findFirst()
				.orElse(city);
			if (owner == null) {
				owner = district;
			}
			else if (!owner.equals(district)) {
				return city;
			}
		}
		return owner == null ? city : owner;
	}

	private Warning locked(CurrentUser user, WarningId id) {
		Warning warning = warnings.lock(id).orElseThrow(() -> new NoSuchWarning(id));
		policy.requireMoves(user, warning);
		return warning;
	}

	private void save(Warning warning, String action, String details) {
		warnings.update(warning);
		audited(warning, action, details);
		warning.events().forEach(events::publishEvent);
	}

	private void audited(Warning warning, String action, String details) {
		audit.record(AuditEntry.of(action, "warning:" + warning.id(), "success", details));
	}

}
