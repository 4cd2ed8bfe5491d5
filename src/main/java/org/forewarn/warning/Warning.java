package org.forewarn.warning;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The warning 预警, from draft to its end. It guards its own transitions: each checks the
 * status it starts from (and four-eyes on approval), records the message sent and the
 * event to publish. Who may make a move in which jurisdiction is the
 * {@link WarningPolicy}'s business.
 */
final class Warning {

	/** How the warning came to be. */
	enum Origin {

		/** written by a duty officer */
		DRAFTED,
		/** proposed by another module (an alarm) */
		PROPOSED,
		/** imported from another agency's CAP 1.2 message */
		IMPORTED

	}

	/**
	 * The drafter of a proposed draft until a person adopts it: not a person, so it
	 * cannot be the first pair of eyes.
	 */
	static final String SYSTEM = "system";

	/** The state as stored, for the repository. */
	record Snapshot(WarningId id, Origin origin, String ownerRegion, WarningStatus status, Content content,
			int revision, String draftedBy, List<String> authors, String approvedBy, Instant approvedAt,
			String issuedBy, Instant issuedAt, String cancelledBy, Instant cancelledAt, String cancelReason,
			Instant expiredAt, String source, String senderName, String capXml, Instant createdAt, Instant updatedAt,
			int version, List<Message> messages) {
	}

	private final WarningId id;

	private final Origin origin;

	private final String ownerRegion;

	private final String draftedBy;

	private final String source;

	private final String capXml;

	private final Instant createdAt;

	private final int version;

	private WarningStatus status;

	private Content content;

	private int revision;

	private final Set<String> authors;

	private String approvedBy;

	private Instant approvedAt;

	private String issuedBy;

	private Instant issuedAt;

	private String cancelledBy;

	private Instant cancelledAt;

	private String cancelReason;

	private Instant expiredAt;

	private String senderName;

	private Instant updatedAt;

	private final List<Message> messages;

	private final List<Message> newMessages = new ArrayList<>();

	private final List<Object> events = new ArrayList<>();

	private Warning(Snapshot s) {
		this.id = s.id();
		this.origin = s.origin();
		this.ownerRegion = s.ownerRegion();
		this.status = s.status();
		this.content = s.content();
		this.revision = s.revision();
		this.draftedBy = s.draftedBy();
		this.authors = new LinkedHashSet<>(s.authors());
		this.approvedBy = s.approvedBy();
		this.approvedAt = s.approvedAt();
		this.issuedBy = s.issuedBy();
		this.issuedAt = s.issuedAt();
		this.cancelledBy = s.cancelledBy();
		this.cancelledAt = s.cancelledAt();
		this.cancelReason = s.cancelReason();
		this.expiredAt = s.expiredAt();
		this.source = s.source();
		this.senderName = s.senderName();
		this.capXml = s.capXml();
		this.createdAt = s.createdAt();
		this.updatedAt = s.updatedAt();
		this.version = s.version();
		this.messages = new ArrayList<>(s.messages());
	}

	static Warning restore(Snapshot snapshot) {
		return new Warning(snapshot);
	}

	/**
	 * A new draft by a duty officer, or proposed by another module ({@code by} =
	 * {@code system}).
	 */
	static Warning draft(WarningId id, Origin origin, String ownerRegion, Content content, String senderName, String by,
			String source, Instant now) {
		return new Warning(new Snapshot(id, origin, ownerRegion, WarningStatus.DRAFT, content, 0, by, List.of(by), null,
				null, null, null, null, null, null, null, source, senderName, null, now, now, 0, List.of()));
	}

	/** An alert received from another agency, kept as it came. */
	static Warning received(WarningId id, String ownerRegion, Content content, String senderName, String importedBy,
			Message message, String capXml, Instant now) {
		Warning warning = new Warning(new Snapshot(id, Origin.IMPORTED, ownerRegion, WarningStatus.RECEIVED, content, 1,
				importedBy, List.of(importedBy), null, null, null, message.sentAt(), null, null, null, null,
				message.sender(), senderName, capXml, now, now, 0, List.of()));
		warning.record(message);
		return warning;
	}

	// --- transitions
	// ---------------------------------------------------------------------------------------------

	/**
	 * Edits a draft; an approval already given lapses, and the editor becomes an author
	 * (who cannot approve).
	 */
	void revise(Content changed, String by, Instant now) {
		require("edit", WarningStatus.DRAFT, WarningStatus.APPROVED);
		content = changed;
		authors.add(by);
		status = WarningStatus.DRAFT;
		approvedBy = null;
		approvedAt = null;
		updatedAt = now;
	}

	/**
	 * A further alarm corroborates a proposed draft still open: its areas and evidence
	 * join the draft instead of a second draft being proposed. The content changed, so an
	 * approval already given lapses; whoever adopted the draft stays its author.
	 */
	void corroborate(Content changed, Instant now) {
		if (origin != Origin.PROPOSED) {
			throw new IllegalWarningMove(
					"Only a proposed draft takes further evidence; warning " + id + " is " + origin + ".");
		}
		require("add evidence to", WarningStatus.DRAFT, WarningStatus.APPROVED);
		content = changed;
		status = WarningStatus.DRAFT;
		approvedBy = null;
		approvedAt = null;
		updatedAt = now;
	}

	/**
	 * 审核: a second person approves the draft (四眼原则), whatever its origin. Anyone who
	 * wrote or edited it cannot; a proposed draft must first be adopted (edited) by a
	 * person, who then counts as its drafter, because the system is no first pair of
	 * eyes.
	 */
	void approve(String by, Instant now) {
		require("approve", WarningStatus.DRAFT);
		if (authors.contains(by)) {
			throw FourEyesViolated.author(by);
		}
		if (!adopted()) {
			throw FourEyesViolated.notAdopted(by);
		}
		status = WarningStatus.APPROVED;
		approvedBy = by;
		approvedAt = now;
		updatedAt = now;
	}

	/**
	 * 发布: the approved warning comes into force with its first message. Issuing an issued
	 * warning again changes nothing and returns false, so a retried request never
	 * notifies twice.
	 */
	boolean issue(String by, Message alert, Instant now) {
		if (status == WarningStatus.ISSUED) {
			return false;
		}
		require("issue", WarningStatus.APPROVED);
		requireFuture(content.expiresAt(), now);
		status = WarningStatus.ISSUED;
		revision = 1;
		issuedBy = by;
		issuedAt = now;
		updatedAt = now;
		record(alert);
		events.add(new WarningIssued(summary(), by, now));
		return true;
	}

	/**
	 * 更新: an issued warning changes (colour, area, texts, expiry) and stays in force as
	 * the next revision.
	 */
	void update(Content changed, String by, Message update, Instant now) {
		require("update", WarningStatus.ISSUED);
		requireFuture(changed.expiresAt(), now);
		content = changed;
		authors.add(by);
		revision++;
		updatedAt = now;
		record(update);
		events.add(new WarningUpdated(summary(), by, now));
	}

	/**
	 * 解除 (issued) or 撤回 (draft): the warning ends; an issued one with a Cancel message.
	 */
	void cancel(String by, String reason, Message cancel, Instant now) {
		require("cancel", WarningStatus.DRAFT, WarningStatus.APPROVED, WarningStatus.ISSUED);
		boolean wasIssued = status == WarningStatus.ISSUED;
		status = WarningStatus.CANCELLED;
		cancelledBy = by;
		cancelledAt = now;
		cancelReason = reason;
		updatedAt = now;
		if (wasIssued) {
			revision++;
			record(cancel);
		}
		events.add(new WarningCancelled(id, wasIssued, reason, by, now));
	}

	/**
	 * An imported alert was ended by a later imported message from its sender (a Cancel,
	 * or an Update that replaces it). The message is recorded here only when it is kept
	 * nowhere else ({@code record}): one message, one row.
	 */
	void endReceived(Message later, boolean record, Instant now) {
		require("cancel", WarningStatus.RECEIVED);
		status = WarningStatus.CANCELLED;
		cancelledBy = later.sender();
		cancelledAt = later.sentAt();
		cancelReason = later.msgType() + " " + later.identifier();
		updatedAt = now;
		if (record) {
			revision++;
			record(new Message(revision, later.msgType(), later.identifier(), later.sender(), later.sentAt()));
		}
	}

	/**
	 * 过期: the expiry time has passed; returns false (and changes nothing) when it has not
	 * or it is not in force.
	 */
	boolean expireIfDue(Instant now) {
		if (status != WarningStatus.ISSUED || content.expiresAt() == null || content.expiresAt().isAfter(now)) {
			return false;
		}
		status = WarningStatus.EXPIRED;
		expiredAt = now;
		updatedAt = now;
		events.add(new WarningExpired(id, now));
		return true;
	}

	/**
	 * Whether the cancel move would send a CAP Cancel message (the warning is in force).
	 */
	boolean cancellingSendsMessage() {
		return status == WarningStatus.ISSUED;
	}

	private void record(Message message) {
		messages.add(message);
		newMessages.add(message);
	}

	private void require(String move, WarningStatus... from) {
		for (WarningStatus allowed : from) {
			if (status == allowed) {
				return;
			}
		}
		throw new IllegalWarningMove("Cannot " + move + " warning " + id + ": it is " + status + ".");
	}

	private static void requireFuture(Instant expiresAt, Instant now) {
		if (expiresAt != null && !expiresAt.isAfter(now)) {
			throw WarningRejected.invalid("expiresAt", "The expiry time " + expiresAt + " has already passed.");
		}
	}

	// --- reading
	// -------------------------------------------------------------------------------------------------

	WarningSummary summary() {
		Message last = messages.isEmpty() ? null : messages.getLast();
		return new WarningSummary(id, status, content.eventType(), content.eventName(), content.colour(),
				content.headline(), content.description(), content.instruction(), content.regionCodes(),
				content.targetRegionCodes(), content.polygon(), ownerRegion, content.audienceRoles(),
				content.audienceDuties(), content.expiresAt(), revision, last == null ? null : last.identifier(),
				issuedAt);
	}

	Snapshot snapshot() {
		return new Snapshot(id, origin, ownerRegion, status, content, revision, draftedBy, List.copyOf(authors),
				approvedBy, approvedAt, issuedBy, issuedAt, cancelledBy, cancelledAt, cancelReason, expiredAt, source,
				senderName, capXml, createdAt, updatedAt, version, List.copyOf(messages));
	}

	WarningId id() {
		return id;
	}

	WarningStatus status() {
		return status;
	}

	Content content() {
		return content;
	}

	String ownerRegion() {
		return ownerRegion;
	}

	Origin origin() {
		return origin;
	}

	Set<String> authors() {
		return Set.copyOf(authors);
	}

	/**
	 * Whether a person wrote or edited it (a proposed draft: adopted it), so that a
	 * second person may approve it.
	 */
	boolean adopted() {
		return authors.stream().anyMatch(author -> !SYSTEM.equals(author));
	}

	/** Whether this user may approve it now as the second pair of eyes. */
	boolean awaitsApprovalBy(String username) {
		return status == WarningStatus.DRAFT && adopted() && !authors.contains(username);
	}

	List<Message> messages() {
		return List.copyOf(messages);
	}

	/**
	 * The messages sent by the transitions since the warning was loaded, for the
	 * repository.
	 */
	List<Message> newMessages() {
		return List.copyOf(newMessages);
	}

	/**
	 * The events of the transitions since the warning was loaded, to publish in the same
	 * transaction.
	 */
	List<Object> events() {
		return List.copyOf(events);
	}

}
