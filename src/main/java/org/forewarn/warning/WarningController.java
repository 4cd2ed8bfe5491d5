package org.forewarn.warning;

import org.forewarn.platform.Refusal;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.servlet.http.HttpServletRequest;

import org.forewarn.platform.CurrentUser;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Warnings over HTTP: draft, edit, approve, issue, update, cancel; CAP 1.2 and GB/T
 * 35965.1 exports; CAP import. Every call is scoped to the caller's jurisdiction by
 * {@link WarningPolicy}.
 */
@RestController
@RequestMapping("/api/warnings")
class WarningController {

	/** The largest CAP message accepted by import. */
	static final int MAX_IMPORT_BYTES = 1024 * 1024;

	static final MediaType XML_UTF8 = MediaType.parseMediaType("application/xml;charset=UTF-8");

	private final WarningDesk desk;

	private final WarningRecords warnings;

	private final WarningPolicy policy;

	private final CapWriter cap;

	private final Gbt35965Writer gbt;

	private final CapImport imports;

	private final EventTypes eventTypes;

	WarningController(WarningDesk desk, WarningRecords warnings, WarningPolicy policy, CapWriter cap,
			Gbt35965Writer gbt, CapImport imports, EventTypes eventTypes) {
		this.desk = desk;
		this.warnings = warnings;
		this.policy = policy;
		this.cap = cap;
		this.gbt = gbt;
		this.imports = imports;
		this.eventTypes = eventTypes;
	}

	record Cancellation(String reason) {
	}

	/**
	 * Warnings the caller sees, newest first; {@code awaiting=me}: only the drafts
	 * waiting for the caller's approval (待我审批) in their jurisdiction, oldest first —
	 * written or adopted by someone else, never by the caller.
	 */
	@GetMapping
	@PreAuthorize(WarningPolicy.READERS)
	List<WarningView> list(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(required = false) Set<WarningStatus> status, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size,
			@Parameter(schema = @Schema(allowableValues = "me")) @RequestParam(required = false) String awaiting) {
		// bounded so that page × size cannot overflow into a negative offset
		if (page < 0 || page > 100_000 || size < 1 || size > 200) {
			throw new IllegalArgumentException("page must be 0–100000 and size 1–200");
		}
		WarningPolicy.Scope scope = policy.scope(user);
		if (awaiting != null) {
			if (!"me".equals(awaiting)) {
				throw new WarningRejected(Refusal.INVALID, "awaiting",
						"awaiting can only be 'me' (the drafts waiting for your approval).");
			}
			return warnings.awaitingApprovalBy(user.username(), scope.ownedWithin(), size, page * size)
				.stream()
				.map(w -> WarningView.of(w, policy.allowedMoves(user, w)))
				.filter(view -> view.allowedActions().contains("approve"))
				.toList();
		}
		Set<WarningStatus> statuses = status == null || status.isEmpty() ? EnumSet.allOf(WarningStatus.class)
				: EnumSet.copyOf(status);
		return warnings.list(scope.ownedWithin(), scope.above(), statuses, size, page * size)
			.stream()
			.map(w -> WarningView.of(w, policy.allowedMoves(user, w)))
			.toList();
	}

	@GetMapping("/event-types")
	@PreAuthorize(WarningPolicy.READERS)
	List<EventTypes.EventType> eventTypes() {
		return List.copyOf(eventTypes.all());
	}

	@PostMapping
	@PreAuthorize(WarningPolicy.WRITERS)
	ResponseEntity<WarningView> draft(@AuthenticationPrincipal CurrentUser user,
			@RequestBody(required = false) WarningForms.WarningForm form) {
		Warning warning = desk.draft(user, form);
		return ResponseEntity.created(URI.create("/api/warnings/" + warning.id()))
			.body(WarningView.of(warning, policy.allowedMoves(user, warning)));
	}

	@GetMapping("/{id}")
	@PreAuthorize(WarningPolicy.READERS)
	WarningView one(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
		Warning warning = desk.visible(user, new WarningId(id));
		return WarningView.of(warning, policy.allowedMoves(user, warning));
	}

	/**
	 * Open to every reader so that someone whose role cannot approve (an administrator)
	 * is told the rule, not a bare 403.
	 */
	@PostMapping("/{id}/approve")
	@PreAuthorize(WarningPolicy.READERS)
	ResponseEntity<WarningView> approve(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
		return answer(user, desk.approve(user, new WarningId(id)));
	}

	/**
	 * Idempotent: issuing an issued warning answers 200 with
	 * {@code Idempotent-Replayed: true} and notifies nobody.
	 */
	@PostMapping("/{id}/issue")
	@PreAuthorize(WarningPolicy.WRITERS)
	ResponseEntity<WarningView> issue(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
		return answer(user, desk.issue(user, new WarningId(id)));
	}

	/** Edits a draft, or updates an issued warning (a new revision, a CAP Update). */
	@PostMapping("/{id}/update")
	@PreAuthorize(WarningPolicy.WRITERS)
	ResponseEntity<WarningView> update(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@RequestBody(required = false) WarningForms.WarningForm form) {
		return answer(user, desk.update(user, new WarningId(id), form));
	}

	@PostMapping("/{id}/cancel")
	@PreAuthorize(WarningPolicy.WRITERS)
	ResponseEntity<WarningView> cancel(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@RequestBody(required = false) Cancellation body) {
		return answer(user, desk.cancel(user, new WarningId(id), body == null ? null : body.reason()));
	}

	/**
	 * CAP 1.2 of the warning's latest message (a draft as status Draft; an imported alert
	 * as it was received).
	 */
	@GetMapping(path = "/{id}/cap", produces = { "application/xml", "application/cap+xml", "text/xml" })
	@PreAuthorize(WarningPolicy.READERS)
	ResponseEntity<String> cap(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
		Warning warning = desk.visible(user, new WarningId(id));
		String xml = warning.origin() == Warning.Origin.IMPORTED ? warning.snapshot().capXml() : cap.xml(warning);
		return ResponseEntity.ok().contentType(XML_UTF8).body(xml);
	}

	/**
	 * GB/T 35965.1 of the warning's latest message; only once issued (a draft has no
	 * message yet).
	 */
	@GetMapping(path = "/{id}/gbt35965", produces = { "application/xml", "text/xml" })
	@PreAuthorize(WarningPolicy.READERS)
	ResponseEntity<String> gbt35965(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
		Warning warning = desk.visible(user, new WarningId(id));
		if (warning.messages().isEmpty() || warning.origin() == Warning.Origin.IMPORTED) {
			throw new IllegalWarningMove(
					"Warning " + id + " has not been issued here; there is no GB/T 35965.1 message.");
		}
		return ResponseEntity.ok().contentType(XML_UTF8).body(gbt.xml(warning));
	}

	/**
	 * What a CAP import made: the draft warning (or the one imported before,
	 * {@code duplicate}) and what was read.
	 *
	 * @param capStatus the alert's CAP {@code status} ({@code Actual}, {@code Exercise},
	 * …)
	 * @param colour the colour read from the alert's severity, or {@code null}
	 */
	record CapAlertImported(UUID id, WarningStatus status, boolean duplicate, String capStatus, String headline,
			String eventType, String colour, List<String> regionCodes) {
	}

	/**
	 * Imports a CAP 1.2 alert ({@code application/xml}, at most 1 MB). 201 for a new
	 * alert, 200 for one imported before; 400 for malformed XML, a DOCTYPE or anything
	 * not CAP 1.2; 413 when too large. Nothing is stored on error.
	 */
	@PostMapping(path = "/import", consumes = { "application/xml", "text/xml", "application/cap+xml" })
	@PreAuthorize(WarningPolicy.WRITERS)
	ResponseEntity<CapAlertImported> importAlert(@AuthenticationPrincipal CurrentUser user, HttpServletRequest request)
			throws IOException {
		byte[] body = bounded(request);
		CapImport.Imported imported = imports.importAlert(user, body);
		Warning warning = imported.warning();
		CapAlertImported answer = new CapAlertImported(warning.id().value(), warning.status(), imported.duplicate(),
				String.valueOf(imported.capStatus()), warning.content().headline(), warning.content().eventType(),
				String.valueOf(warning.content().colour()), warning.content().regionCodes());
		return ResponseEntity.status(imported.duplicate() ? HttpStatus.OK : HttpStatus.CREATED)
			.location(URI.create("/api/warnings/" + warning.id()))
			.body(answer);
	}

	/**
	 * Reads the body, refusing (413) anything over {@link #MAX_IMPORT_BYTES} without
	 * reading it all.
	 */
	static byte[] bounded(HttpServletRequest request) throws IOException {
		long declared = request.getContentLengthLong();
		if (declared > MAX_IMPORT_BYTES) {
			throw tooLarge(declared);
		}
		try (InputStream in = request.getInputStream()) {
			byte[] body = in.readNBytes(MAX_IMPORT_BYTES + 1);
			if (body.length > MAX_IMPORT_BYTES) {
				throw tooLarge(-1);
			}
			if (body.length == 0) {
				throw new WarningRejected(Refusal.INVALID, "body", "Send a CAP 1.2 alert as the request body.");
			}
			return body;
		}
	}

	private static WarningRejected tooLarge(long declared) {
		return new WarningRejected(Refusal.TOO_LARGE, "body", "A CAP message may be at most " + MAX_IMPORT_BYTES
				+ " bytes" + (declared > 0 ? " (this one has " + declared + ")" : "") + ".");
	}

	private ResponseEntity<WarningView> answer(CurrentUser user, WarningDesk.Outcome outcome) {
		return ResponseEntity.ok()
			.header("Idempotent-Replayed", String.valueOf(outcome.replay()))
			.body(WarningView.of(outcome.warning(), policy.allowedMoves(user, outcome.warning())));
	}

}
