package org.forewarn.notification;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.forewarn.audit.AuditEntry;
import org.forewarn.audit.AuditTrail;
import org.forewarn.identity.Accounts;
import org.forewarn.organisation.Departments;
import org.forewarn.organisation.People;
import org.forewarn.organisation.PersonSummary;
import org.forewarn.platform.CurrentUser;
import org.forewarn.platform.OutsideJurisdiction;
import org.forewarn.region.Regions;
import org.forewarn.warning.WarningId;
import org.forewarn.warning.WarningSummary;
import org.forewarn.warning.Warnings;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Notification over HTTP: a warning's recipient preview and live delivery counts; a
 * person's inbox, live stream, acknowledgement and contact points; response commands;
 * channel settings for administrators.
 */
@RestController
class NotificationController {

	static final String READERS = "hasAnyRole('ADMIN', 'DUTY_OFFICER', 'ANALYST', 'COMMANDER')";
	static final String COMMANDERS = "hasAnyRole('DUTY_OFFICER', 'COMMANDER')";

	private final NotificationDesk desk;

	private final Notices store;

	private final Targeting targeting;

	private final Warnings warnings;

	private final Accounts accounts;

	private final People people;

	private final Departments departments;

	private final Regions regions;

	private final ContactPoints contacts;

	private final WebhookTargets webhookTargets;

	private final ChannelSettings settings;

	private final InApp inApp;

	private final DeliveryWatch watch;

	private final AuditTrail audit;

	private final Clock clock;

	NotificationController(NotificationDesk desk, Notices store, Targeting targeting, Warnings warnings,
			Accounts accounts, People people, Departments departments, Regions regions, ContactPoints contacts,
			ChannelSettings settings, InApp inApp, DeliveryWatch watch, AuditTrail audit, Clock clock,
			WebhookTargets webhookTargets) {
		this.desk = desk;
		this.webhookTargets = webhookTargets;
		this.store = store;
		this.targeting = targeting;
		this.warnings = warnings;
		this.accounts = accounts;
		this.people = people;
		this.departments = departments;
		this.regions = regions;
		this.contacts = contacts;
		this.settings = settings;
		this.inApp = inApp;
		this.watch = watch;
		this.audit = audit;
		this.clock = clock;
	}

	// --- a warning's recipients and delivery
	// -------------------------------------------------------------------

	/**
	 * Who the warning would reach (or reached), counted by district and role; works on
	 * drafts, before issue.
	 */
	@GetMapping("/api/warnings/{id}/recipients/preview")
	@PreAuthorize(READERS)
	Targeting.RecipientPreview preview(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
		WarningSummary warning = warnings.visibleTo(user, new WarningId(id));
		return targeting.preview(warning);
	}

	@GetMapping("/api/warnings/{id}/delivery")
	@PreAuthorize(READERS)
	DeliveryCounts delivery(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
		warnings.visibleTo(user, new WarningId(id));
		return desk.countsOf(id);
	}

	/**
	 * The same counts as server-sent events ({@code delivery}), again whenever they
	 * change (at most once a second).
	 */
	@GetMapping(path = "/api/warnings/{id}/delivery/stream", produces = "text/event-stream")
	@PreAuthorize(READERS)
	SseEmitter deliveryStream(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
		warnings.visibleTo(user, new WarningId(id));
		return watch.watch(id, desk.countsOf(id));
	}

	// --- the recipient's side
	// ----------------------------------------------------------------------------------

	/** The caller's notices, newest first; fetching them counts as delivered. */
	@GetMapping("/api/me/notifications")
	@PreAuthorize("isAuthenticated()")
	List<InboxItem> inbox(@AuthenticationPrincipal CurrentUser user, @RequestParam(defaultValue = "50") int limit) {
		if (limit < 1 || limit > 200) {
			throw new IllegalArgumentException("limit must be 1–200");
		}
		List<Notices.Notice> notices = store.inbox(personOf(user), limit);
		List<UUID> fresh = notices.stream().filter(n -> n.deliveredAt() == null).map(Notices.Notice::id).toList();
		if (!fresh.isEmpty()) {
			store.markDelivered(fresh, clock.instant());
			watch.changed(notices.stream().map(Notices.Notice::subjectId).distinct().toList());
		}
		return notices.stream().map(InboxItem::of).toList();
	}

	/**
	 * The caller's live stream (server-sent events): first every notice not yet
	 * acknowledged, then each new one as an event {@code notification} with the notice as
	 * JSON.
	 */
	@GetMapping(path = "/api/me/notifications/stream", produces = "text/event-stream")
	@PreAuthorize("isAuthenticated()")
	SseEmitter stream(@AuthenticationPrincipal CurrentUser user) {
		UUID person = personOf(user);
		List<Notices.Notice> backlog = store.backlog(person, 50);
		SseEmitter emitter = inApp.open(person, backlog.stream().map(InboxItem::of).toList());
		store.markDelivered(backlog.stream().filter(n -> n.deliveredAt() == null).map(Notices.Notice::id).toList(),
				clock.instant());
		return emitter;
	}

	/**
	 * The recipient acknowledges (签收) their notice. Only the recipient can; a second time
	 * changes nothing.
	 */
	@PostMapping("/api/notifications/{id}/acknowledge")
	@PreAuthorize("isAuthenticated()")
	ResponseEntity<InboxItem> acknowledge(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
		UUID person = personOf(user);
		Notices.Notice notice = store.notice(id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No notification " + id + "."));
		if (!notice.personId().equals(person)) {
			throw new AccessDeniedException("notification " + id + " is addressed to someone else");
		}
		boolean first = desk.acknowledge(notice, user.username(), user.jurisdiction().regionCode());
		return ResponseEntity.ok()
			.header("Idempotent-Replayed", String.valueOf(!first))
			.body(InboxItem.of(store.notice(id).orElseThrow()));
	}

	/**
	 * Where else the caller is reached: an e-mail address and a webhook URL (the phone
	 * number is the organisation's).
	 */
	record ContactForm(String email, String webhookUrl) {
	}

	@GetMapping("/api/me/contact-points")
	@PreAuthorize("isAuthenticated()")
	ContactForm contactPoints(@AuthenticationPrincipal CurrentUser user) {
		Map<ChannelType, String> mine = contacts.of(personOf(user));
		return new ContactForm(mine.get(ChannelType.EMAIL), mine.get(ChannelType.WEBHOOK));
	}

	@PutMapping("/api/me/contact-points")
	@PreAuthorize("isAuthenticated()")
	ContactForm changeContactPoints(@AuthenticationPrincipal CurrentUser user, @RequestBody ContactForm form) {
		UUID person = personOf(user);
		if (form.email() != null && !form.email().isBlank()
				&& !form.email().strip().matches("^[^@\\s]{1,64}@[^@\\s]{1,255}\\.[^@\\s]{2,}$")) {
			throw new IllegalArgumentException("email '" + form.email() + "' is not an e-mail address");
		}
		if (form.webhookUrl() != null && !form.webhookUrl().isBlank()) {
			if (form.webhookUrl().strip().length() > 2000) {
				throw new ContactRejected("webhookUrl",
						"网址过长(最多 2000 个字符)。The URL is too long (at most 2000 characters).");
			}
			webhookTargets.refusal(form.webhookUrl()).ifPresent(reason -> {
				audit.recordIndependently(AuditEntry.of("notification.contact-points", "person:" + person, "refused",
						"webhook URL refused: " + reason));
				throw new ContactRejected("webhookUrl", reason);
			});
		}
		contacts.set(person, ChannelType.EMAIL, form.email(), clock.instant());
		contacts.set(person, ChannelType.WEBHOOK, form.webhookUrl(), clock.instant());
		audit.record(AuditEntry.of("notification.contact-points", "person:" + person, "success", null));
		return contactPoints(user);
	}

	private static void text(String value, String field, int max) {
		if (value != null && value.length() > max) {
			throw new NotificationInputRejected(field,
					field + " has at most " + max + " characters, not " + value.length() + ".");
		}
	}

	private UUID personOf(CurrentUser user) {
		return accounts.personOf(user.id())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.FORBIDDEN,
					"Your account is not bound to a person, so it has no notifications."));
	}

	// --- response commands
	// -------------------------------------------------------------------------------------

	/**
	 * A response command 应急响应部署指令 from a duty officer or commander to persons and units
	 * of their jurisdiction.
	 */
	record CommandForm(String reference, String title, String body, List<UUID> persons, List<String> departmentCodes,
			Integer acknowledgeWithinMinutes) {
	}

	/**
	 * The command sent (or the one sent before under the same reference) and its delivery
	 * counts so far.
	 */
	record CommandSent(UUID id, DeliveryCounts delivery) {
	}

	@PostMapping("/api/commands")
	@PreAuthorize(COMMANDERS)
	ResponseEntity<CommandSent> command(@AuthenticationPrincipal CurrentUser user, @RequestBody CommandForm form) {
		String mine = user.jurisdiction().regionCode();
		text(form.reference(), "reference", 200);
		text(form.title(), "title", 200);
		text(form.body(), "body", 5000);
		if (form.persons() != null && form.persons().size() > 10_000) {
			throw new NotificationInputRejected("persons",
					"A command names at most 10,000 persons; address units instead.");
		}
		if (form.departmentCodes() != null && form.departmentCodes().size() > 1_000) {
			throw new NotificationInputRejected("departmentCodes", "A command names at most 1,000 units.");
		}
		for (UUID id : form.persons() == null ? List.<UUID>of() : form.persons()) {
			PersonSummary person = people.find(id)
				.orElseThrow(() -> new IllegalArgumentException("persons: no person " + id));
			if (!regions.isWithin(person.regionCode(), mine)) {
				throw new OutsideJurisdiction("person:" + id);
			}
		}
		for (String code : form.departmentCodes() == null ? List.<String>of() : form.departmentCodes()) {
			var department = departments.find(code)
				.orElseThrow(() -> new IllegalArgumentException("departmentCodes: no department " + code));
			if (!regions.isWithin(department.regionCode(), mine)) {
				throw new OutsideJurisdiction(code);
			}
		}
		Duration ack = form.acknowledgeWithinMinutes() == null ? null
				: Duration.ofMinutes(form.acknowledgeWithinMinutes());
		CommandId id = desk.send(new Command(form.reference(), form.title(), form.body(), form.persons(),
				form.departmentCodes(), mine, user.username(), ack));
		return ResponseEntity.created(URI.create("/api/commands/" + id))
			.body(new CommandSent(id.value(), desk.countsOf(id.value())));
	}

	@GetMapping("/api/commands/{id}/delivery")
	@PreAuthorize(READERS)
	DeliveryCounts commandDelivery(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
		Notices.Subject subject = store.subject(id)
			.filter(s -> s.kind().equals("COMMAND"))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No command " + id + "."));
		if (!regions.isWithin(subject.ownerRegion(), user.jurisdiction().regionCode())) {
			throw new OutsideJurisdiction("command:" + id);
		}
		return desk.countsOf(id);
	}

	// --- channel settings
	// --------------------------------------------------------------------------------------

	@GetMapping("/api/notification-channels")
	@PreAuthorize("hasRole('ADMIN')")
	Map<ChannelType, ChannelSettings.Settings> channels() {
		return new EnumMap<>(settings.all());
	}

	@PutMapping("/api/notification-channels/{channel}")
	@PreAuthorize("hasRole('ADMIN')")
	ChannelSettings.Settings changeChannel(@AuthenticationPrincipal CurrentUser user, @PathVariable ChannelType channel,
			@RequestBody ChannelSettings.Settings body) {
		if (body.url() != null && !body.url().isBlank() && !body.url().matches("^https?://\\S+$")) {
			throw new IllegalArgumentException("url must be an http(s) URL");
		}
		SenderAddress.check(body.from(), "from");
		if (body.host() != null && !body.host().isBlank()
				&& !body.host().strip().matches("[A-Za-z0-9.\\-:\\[\\]]{1,253}")) {
			throw new NotificationInputRejected("host", "host is a host name or IP address, such as smtp.example.org.");
		}
		if (body.port() != null && (body.port() < 1 || body.port() > 65_535)) {
			throw new NotificationInputRejected("port", "port is 1 to 65535.");
		}
		settings.change(channel, body, user.username());
		audit.record(
				AuditEntry.of("notification.channel", "channel:" + channel, "success", "enabled=" + body.enabled()));
		return settings.of(channel);
	}

}
