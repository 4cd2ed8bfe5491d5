package org.forewarn.warning;

import java.io.StringWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.forewarn.region.Regions;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The public feed of warnings in force, no login needed: JSON by default, an Atom feed
 * whose entries carry the CAP 1.2 alert inline with {@code Accept: application/atom+xml},
 * and each warning's CAP message on its own. Drafts and imported alerts never appear
 * here.
 */
@RestController
class PublicWarningFeed {

	static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml");
	static final String ATOM_NS = "http://www.w3.org/2005/Atom";

	private final WarningRecords warnings;

	private final CapWriter cap;

	private final Regions regions;

	private final Clock clock;

	PublicWarningFeed(WarningRecords warnings, CapWriter cap, Regions regions, Clock clock) {
		this.warnings = warnings;
		this.cap = cap;
		this.regions = regions;
		this.clock = clock;
	}

	/** A warning in force, as the public sees it. */
	record PublicWarning(UUID id, String identifier, String eventType, String eventName, Colour colour,
			String colourName, String headline, String description, String instruction, String areaDescription,
			List<String> regionCodes, String polygon, String senderName, Instant issuedAt, Instant sent,
			Instant expiresAt, int revision, String capUrl) {
	}

	@GetMapping(path = "/api/public/warnings")
	ResponseEntity<?> current(@RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept) {
		List<Warning> inForce = warnings.inForce(clock.instant());
		CacheControl cache = CacheControl.maxAge(java.time.Duration.ofSeconds(30)).cachePublic();
		if (wantsAtom(accept)) {
			return ResponseEntity.ok()
				.cacheControl(cache)
				.contentType(MediaType.parseMediaType("application/atom+xml;charset=UTF-8"))
				.body(atom(inForce));
		}
		String base = base();
		return ResponseEntity.ok()
			.cacheControl(cache)
			.contentType(MediaType.APPLICATION_JSON)
			.body(inForce.stream().map(w -> view(w, base)).toList());
	}

	@GetMapping(path = "/api/public/warnings/{id}/cap")
	ResponseEntity<String> cap(@PathVariable UUID id) {
		Warning warning = warnings.find(new WarningId(id))
			.filter(w -> w.origin() != Warning.Origin.IMPORTED && !w.messages().isEmpty())
			.orElseThrow(() -> new NoSuchWarning(id));
		return ResponseEntity.ok().contentType(WarningController.XML_UTF8).body(cap.xml(warning));
	}

	/** Atom only when the client asks for it before (or instead of) JSON. */
	static boolean wantsAtom(String accept) {
		if (accept == null || accept.isBlank()) {
			return false;
		}
		List<MediaType> types = new java.util.ArrayList<>(MediaType.parseMediaTypes(accept));
		types.sort(java.util.Comparator.comparingDouble(MediaType::getQualityValue).reversed());
		for (MediaType type : types) {
			if (type.isCompatibleWith(ATOM) && !type.isWildcardType()) {
				return true;
			}
			if (type.isCompatibleWith(MediaType.APPLICATION_JSON) || type.isWildcardType()) {
				return false;
			}
		}
		return false;
	}

	private PublicWarning view(Warning warning, String base) {
		Warning.Snapshot s = warning.snapshot();
		Content c = s.content();
		Message last = s.messages().getLast();
		return new PublicWarning(s.id().value(), last.identifier(), c.eventType(), c.eventName(), c.colour(),
				c.colour() == null ? null : c.colour().chinese(), c.headline(), c.description(), c.instruction(),
				c.areaDescription(), c.targetRegionCodes(), c.polygon(), s.senderName(), s.issuedAt(), last.sentAt(),
				c.expiresAt(), s.revision(), base + "/api/public/warnings/" + s.id() + "/cap");
	}

	private String atom(List<Warning> inForce) {
		String base = base();
		StringWriter out = new StringWriter();
		try {
			XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
			xml.writeStartDocument("UTF-8", "1.0");
			xml.writeStartElement("feed");
			xml.writeDefaultNamespace(ATOM_NS);
			text(xml, "id", "urn:forewarn:warnings:" + regions.city().code());
			text(xml, "title", regions.city().name() + "当前预警 Current warnings");
			Instant updated = inForce.stream()
				.map(w -> w.messages().getLast().sentAt())
				.max(Instant::compareTo)
				.orElse(clock.instant());
			text(xml, "updated",
					DateTimeFormatter.ISO_INSTANT.format(updated.truncatedTo(java.time.temporal.ChronoUnit.SECONDS)));
			xml.writeStartElement("author");
			text(xml, "name", "Forewarn");
			xml.writeEndElement();
			link(xml, "self", ATOM.toString(), base + "/api/public/warnings");
			for (Warning warning : inForce) {
				Warning.Snapshot s = warning.snapshot();
				Message last = s.messages().getLast();
				xml.writeStartElement("entry");
				text(xml, "id", "urn:uuid:" + s.id());
				text(xml, "title", s.content().headline());
				text(xml, "updated", DateTimeFormatter.ISO_INSTANT.format(last.sentAt()));
				text(xml, "published", DateTimeFormatter.ISO_INSTANT
					.format(s.issuedAt().truncatedTo(java.time.temporal.ChronoUnit.SECONDS)));
				if (s.content().description() != null) {
					text(xml, "summary", s.content().description());
				}
				xml.writeStartElement("category");
				xml.writeAttribute("term", s.content().colour() == null ? "Unknown" : s.content().colour().english());
				xml.writeAttribute("label", s.content().eventName());
				xml.writeEndElement();
				link(xml, "alternate", "application/cap+xml", base + "/api/public/warnings/" + s.id() + "/cap");
				xml.writeStartElement("content");
				xml.writeAttribute("type", "application/cap+xml");
				cap.write(warning, xml);
				xml.writeEndElement();
				xml.writeEndElement(); // entry
			}
			xml.writeEndElement();
			xml.writeEndDocument();
			xml.close();
		}
		catch (XMLStreamException e) {
			throw new IllegalStateException(e);
		}
		return out.toString();
	}

	private static void link(XMLStreamWriter xml, String rel, String type, String href) throws XMLStreamException {
		xml.writeEmptyElement("link");
		xml.writeAttribute("rel", rel);
		xml.writeAttribute("type", type);
		xml.writeAttribute("href", href);
	}

	private static void text(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
		xml.writeStartElement(name);
		xml.writeCharacters(value);
		xml.writeEndElement();
	}

	private static String base() {
		return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
	}

}
