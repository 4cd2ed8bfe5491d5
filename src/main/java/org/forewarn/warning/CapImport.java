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
import org.forewarn.region.RegionLevel;
import org.forewarn.region.RegionSummary;
import org.forewarn.region.Regions;
import org.locationtech.jts.geom.Polygon;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports a CAP 1.2 alert from another agency (any national profile) and keeps what the platform understands: the
 * message identity, the Chinese info block if there is one (else the first), a GB/T 35561 event code when one is given,
 * a colour from a colour parameter (MeteoAlarm's {@code awareness_level}, a GB/T 35965 colour) or else the CAP
 * severity, the areas whose geocodes are the city's (12-digit or shorter), the first polygon, texts and expiry. The
 * message as received is stored too. Importing the same message twice finds the first; a Cancel (or an Update) of a
 * message imported before ends that one. Imported alerts are {@link WarningStatus#RECEIVED}: shown to duty officers,
 * never re-issued or notified by themselves.
 */
@Service
class CapImport {

	static final Pattern GB_EVENT_CODE = Pattern.compile("^1[1-4][A-Z]\\d\\d$");

	record Imported(Warning warning, boolean duplicate, String capStatus) {
	}

	private final CapReader reader;
	private final StoredWarnings warnings;
	private final EventTypes eventTypes;
	private final Regions regions;
	private final AuditTrail audit;
	private final Clock clock;

	CapImport(CapReader reader, StoredWarnings warnings, EventTypes eventTypes, Regions regions, AuditTrail audit,
			Clock clock) {
		this.reader = reader;
		this.warnings = warnings;
		this.eventTypes = eventTypes;
		this.regions = regions;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional
	Imported importAlert(CurrentUser user, byte[] body) {
		CapReader.Alert alert = reader.read(body);
		Optional<WarningId> known = warnings.byMessage(alert.sender(), alert.identifier());
		if (known.isPresent()) {
			return new Imported(warnings.find(known.get()).orElseThrow(), true, alert.status());
		}
		Instant now = clock.instant();
		Message message = new Message(1, msgType(alert.msgType()), alert.identifier(), alert.sender(), alert.sent());
		// a Cancel or an Update ends the earlier messages it references, when they were imported here
		List<Warning> ended = new ArrayList<>();
		if (!"Alert".equals(alert.msgType())) {
			for (CapReader.Reference reference : alert.references()) {
				warnings.byMessage(reference.sender(), reference.identifier()).flatMap(warnings::lock)
					.filter(w -> w.status() == WarningStatus.RECEIVED)
					.filter(w -> ended.stream().noneMatch(e -> e.id().equals(w.id())))
					.ifPresent(earlier -> {
						// a Cancel is recorded with the first warning it ends; an Update becomes a warning of its own
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
		CapReader.Info info = alert.infos().stream().filter(i -> i.language() != null && i.language().startsWith("zh"))
			.findFirst().orElse(alert.infos().isEmpty() ? null : alert.infos().getFirst());
		Content content = content(alert, info);
		String senderName = info != null && info.senderName() != null ? info.senderName() : alert.sender();
		Warning warning = Warning.received(new WarningId(UUID.randomUUID()), user.jurisdiction().regionCode(), content,
				senderName, user.username(), message, CapReader.decoded(body), now);
		ended.forEach(warnings::update); // an Update's predecessors are ended; its own message is the new warning
		warnings.insert(warning);
		audit.record(AuditEntry.of("warning.import", "warning:" + warning.id(), "success",
				alert.msgType() + " " + alert.status() + " " + alert.sender() + "/" + alert.identifier()));
		return new Imported(warning, false, alert.status());
	}

	private Content content(CapReader.Alert alert, CapReader.Info info) {
		if (info == null) {
			return new Content("", "(no info)", null, alert.identifier(), alert.note(), null, List.of(), null, List.of(),
					"", null, EnumSet.noneOf(PersonRole.class), EnumSet.noneOf(ResponsibilityType.class));
		}
		String code = info.eventCodes().stream().map(CapReader.Pair::value)
			.filter(v -> v != null && GB_EVENT_CODE.matcher(v.strip()).matches()).map(String::strip).findFirst()
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
					regions.intersecting(shape, RegionLevel.COMMUNITY).forEach(c -> targets.add(c.code()));
				}
				catch (WarningRejected notUsable) {
					// a polygon the platform cannot read is kept in the stored message, not in the warning
				}
			}
		}
		targets.addAll(named);
		return new Content(code, eventName, colour(info), info.headline() != null ? info.headline() : eventName,
				info.description(), info.instruction(), List.copyOf(named), polygon, List.copyOf(targets),
				String.join("; ", descriptions), info.expires(), EnumSet.noneOf(PersonRole.class),
				EnumSet.noneOf(ResponsibilityType.class));
	}

	/** A colour named in a parameter (awareness_level "2; yellow; Moderate", colour "Yellow", 预警颜色 "黄色"), else the severity. */
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
			default -> "Alert"; // Ack and Error are kept as received messages of their own
		};
	}
}
