package org.forewarn.warning;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import org.forewarn.audit.AuditEntry;
import org.forewarn.audit.AuditTrail;
import org.forewarn.organisation.PersonRole;
import org.forewarn.organisation.ResponsibilityType;
import org.forewarn.platform.CurrentUser;
import org.forewarn.platform.OutsideJurisdiction;
import org.forewarn.region.RegionLevel;
import org.forewarn.region.RegionSummary;
import org.forewarn.region.Regions;
import org.locationtech.jts.geom.Polygon;

import org.springframework.beans.factory.annotation.Value;
import org.forewarn.platform.Refusal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports a CAP 1.2 alert from another agency (any national profile) and keeps what the
 * platform understands: the message identity, the Chinese info block if there is one
 * (else the first), a GB/T 35561 event code when one is given, a colour from a colour
 * parameter (MeteoAlarm's {@code awareness_level}, a GB/T 35965 colour) or else the CAP
 * severity, the areas whose geocodes are the city's (12-digit or shorter), the first
 * polygon, texts and expiry. The message as received is stored too. Importing the same
 * message twice finds the first; a Cancel (or an Update) of a message imported before
 * ends that one. Imported alerts are {@link WarningStatus#RECEIVED}: shown to duty
 * officers, never re-issued or notified by themselves.
 */
@Service
class CapImport {

	static final Pattern GB_EVENT_CODE = Pattern.compile("^1[1-4][A-Z]\\d\\d$");

	record Imported(Warning warning, boolean duplicate, String capStatus) {
	}

	private final CapReader reader;

	private final WarningRecords warnings;

	private final EventTypes eventTypes;

	private final Regions regions;

	private final Senders senders;

	private final WarningPolicy policy;

	private final AuditTrail audit;

	private final Clock clock;

	private final List<String> trustedSenders;

	CapImport(CapReader reader, WarningRecords warnings, EventTypes eventTypes, Regions regions, Senders senders,
			WarningPolicy policy, AuditTrail audit, Clock clock,
			@Value("${forewarn.warning.import-senders:}") List<String> trustedSenders) {
		this.reader = reader;
		this.warnings = warnings;
		this.eventTypes = eventTypes;
		this.regions = regions;
		this.senders = senders;
		this.policy = policy;
		this.audit = audit;
		this.clock = clock;
		this.trustedSenders = trustedSenders.stream().map(String::strip).filter(t -> !t.isEmpty()).toList();
	}

	@Transactional
	Imported importAlert(CurrentUser user, byte[] body) {
		CapReader.Alert alert = reader.read(body);
		checkSender(user, alert.sender());
		Optional<WarningId> known = warnings.byMessage(alert.sender(), alert.identifier());
		if (known.isPresent()) {
			Warning earlier = warnings.find(known.get()).orElseThrow();
			policy.requireSees(user, earlier); // another district's import is not handed
												// out by replaying its message
			return new Imported(earlier, true, alert.status());
		}
		Instant now = clock.instant();
		Message message = new Message(1, msgType(alert.msgType()), alert.identifier(), alert.sender(), alert.sent());
		// a Cancel or an Update ends the earlier messages it references, when they were
		// imported here
		List<Warning> ended = new ArrayList<>();
		if (!"Alert".equals(alert.msgType())) {
			for (CapReader.Reference reference : alert.references()) {
				warnings.byMessage(reference.sender(), reference.identifier())
					.flatMap(warnings::lock)
					.filter(w -> w.status() == WarningStatus.RECEIVED)
					// only alerts imported in the caller's jurisdiction are ended by the
					// caller's Cancel or Update
					.filter(w -> regions.isWithin(w.ownerRegion(), user.jurisdiction().regionCode()))
					.filter(w -> ended.stream().noneMatch(e -> e.id().equals(w.id())))
					.ifPresent(earlier -> {
						// a Cancel is recorded with the first warning it ends; an Update
						// becomes a warning of its own
						earlier.endReceived(message, "Cancel".equals(alert.msgType()) && ended.isEmpty(), now);
						ended.add(earlier);
					});
			}
		}
		if ("Cancel".equals(alert.msgType()) && !ended.isEmpty()) {
			ended.forEach(warnings::update);
			Warning first = ended.getFirst();
			audit.record(AuditEntry.of("warning.import", "warning:" + first.id(), "success",
					"Cancel " + alert.sender() + "/" + alert.identifier()));
			return new Imported(first, false, alert.status());
		}
		if (alert.infos().isEmpty()) {
			// an alert with no <info> names no event, colour or area: nothing to warn
			// anyone about
			throw new WarningRejected(Refusal.UNPROCESSABLE, "info", "The CAP alert has no <info> block, so"
					+ " it names no event, severity or area; only a Cancel of an alert imported here may come without one.");
		}
		CapReader.Info info = alert.infos()
			.stream()
			.filter(i -> i.language() != null && i.language().startsWith("zh"))
			.findFirst()
			.orElse(alert.infos().getFirst());
		Content content = content(alert, info, user.jurisdiction().regionCode());
		String senderName = info.senderName() != null ? info.senderName() : alert.sender();
		Warning warning = Warning.received(new WarningId(UUID.randomUUID()), user.jurisdiction().regionCode(), content,
				senderName, user.username(), message, CapReader.decoded(body), now);
		ended.forEach(warnings::update); // an Update's predecessors are ended; its own
											// message is the new warning
		warnings.insert(warning);
		audit.record(AuditEntry.of("warning.import", "warning:" + warning.id(), "success",
				alert.msgType() + " " + alert.status() + " " + alert.sender() + "/" + alert.identifier()));
		return new Imported(warning, false, alert.status());
	}

	/**
	 * The platform's own senders ({@code <issuing-unit code>@<domain>}) speak for a
	 * district or the city: a caller may import a message under their own area's sender
	 * only, never under the city's or a neighbour's. When
	 * {@code forewarn.warning.import-senders} lists the agencies the bureau receives
	 * from, any other sender is refused.
	 */
	private void checkSender(CurrentUser user, String sender) {
		String given = sender == null ? "" : sender.strip();
		String own = senders.capSender(user.jurisdiction().regionCode());
		boolean cityCaller = user.jurisdiction().regionCode().equals(regions.city().code());
		if (given.toLowerCase(java.util.Locale.ROOT)
			.endsWith("@" + senders.domain().toLowerCase(java.util.Locale.ROOT))) {
			if (!cityCaller && !given.equalsIgnoreCase(own)) {
				throw new OutsideJurisdiction("sender", "CAP sender " + given,
						"sender: " + given + " is one of this platform's own issuing units and not yours (" + own
								+ "); an alert is imported under its real sender.");
			}
			return;
		}
		if (!trustedSenders.isEmpty() && trustedSenders.stream().noneMatch(given::equalsIgnoreCase)) {
			throw WarningRejected.invalid("sender", "sender: " + given + " is not one of the agencies alerts are "
					+ "imported from (forewarn.warning.import-senders).");
		}
	}

	private Content content(CapReader.Alert alert, CapReader.Info info, String jurisdiction) {
		String code = info.eventCodes()
			.stream()
			.map(CapReader.Pair::value)
			.filter(v -> v != null && GB_EVENT_CODE.matcher(v.strip()).matches())
			.map(String::strip)
			.findFirst()
			.orElse("");
		String eventName = info.event() != null ? info.event()
				: eventTypes.find(code).map(EventTypes.EventType::nameZh).orElse("(unnamed)");
		Set<String> named = new LinkedHashSet<>();
		Set<String> targets = new LinkedHashSet<>();
		List<String> descriptions = new ArrayList<>();
		String polygon = null;
		for (CapReader.Area area : info.areas()) {
			if (area.description() != null) {
				descriptions.add(area.description());
			}
			for (CapReader.Pair geocode : area.geocodes()) {
				if (geocode.value() == null) {
					continue;
				}
				for (String value : geocode.value().split(",")) {
					for (String candidate : AreaCodes.candidates(value)) {
						Optional<RegionSummary> found = regions.find(candidate);
						if (found.isPresent()) {
							// like a drafted warning: the named areas lie in the
							// jurisdiction it belongs to
							if (!regions.isWithin(found.get().code(), jurisdiction)) {
								throw new OutsideJurisdiction("geocode", "CAP area " + found.get().code(),
										"geocode: " + found.get().name() + " (" + value.strip()
												+ ") lies outside your jurisdiction; "
												+ "an alert for other areas is imported by them or by the city.");
							}
							named.add(found.get().code());
							break;
						}
					}
				}
			}
			for (String cap : area.polygons()) {
				if (polygon != null) {
					break;
				}
				try {
					Polygon shape = WarningForms.parsePolygon(cap, "polygon");
					polygon = cap;
					// clipped to the jurisdiction, as for a drafted warning; a polygon
					// wholly outside it is refused
					List<RegionSummary> touched = regions.intersecting(shape, RegionLevel.COMMUNITY);
					List<RegionSummary> inside = touched.stream()
						.filter(c -> regions.isWithin(c.code(), jurisdiction))
						.toList();
					if (!touched.isEmpty() && inside.isEmpty()) {
						throw new OutsideJurisdiction("polygon", "CAP polygon", "polygon: the alert's polygon covers "
								+ "no community of your jurisdiction; an alert for other areas is imported by them or by the city.");
					}
					inside.forEach(c -> targets.add(c.code()));
				}
				catch (WarningRejected notUsable) {
					// a polygon the platform cannot read is kept in the stored message,
					// not in the warning
				}
			}
		}
		targets.addAll(named);
		return new Content(code, eventName, colour(info), info.headline() != null ? info.headline() : eventName,
				info.description(), info.instruction(), List.copyOf(named), polygon, List.copyOf(targets),
				String.join("; ", descriptions), info.expires(), EnumSet.noneOf(PersonRole.class),
				EnumSet.noneOf(ResponsibilityType.class));
	}

	/**
	 * A colour named in a parameter (awareness_level "2; yellow; Moderate", colour
	 * "Yellow", 预警颜色 "黄色"), else the severity.
	 */
	static Colour colour(CapReader.Info info) {
		for (CapReader.Pair parameter : info.parameters()) {
			String name = parameter.name() == null ? "" : parameter.name().toLowerCase();
			if (name.contains("colour") || name.contains("color") || name.contains("awareness_level")
					|| name.contains("颜色") || name.contains("level")) {
				for (String token : String.valueOf(parameter.value()).split("[;,\\s]+")) {
					Colour colour = Colour.ofWord(token);
					if (colour != null) {
						return colour;
					}
				}
			}
		}
		return Colour.ofCapSeverity(info.severity());
	}

	private static String msgType(String capType) {
		return switch (capType) {
			case "Update", "Cancel" -> capType;
			default -> "Alert"; // Ack and Error are kept as received messages of their
								// own
		};
	}

}
