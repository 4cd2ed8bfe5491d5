package org.forewarn.warning;

import java.io.StringWriter;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.Collectors;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.springframework.stereotype.Component;

/**
 * Writes a warning as an OASIS CAP 1.2 alert (validates against
 * {@code warning/CAP-v1.2.xsd}). The last message sent about the warning decides
 * identifier, sent time and type (Alert, Update with references, Cancel with the reason
 * as note); a draft is written with status {@code Draft}. The GB/T 35561 event code
 * travels as an {@code eventCode}, the colour as the CAP severity and as a
 * {@code parameter}, the areas as 12-digit GB/T 2260 {@code geocode}s.
 */
@Component
class CapWriter {

	static final String NAMESPACE = "urn:oasis:names:tc:emergency:cap:1.2";
	static final DateTimeFormatter CAP_TIME = DateTimeFormatter.ISO_OFFSET_DATE_TIME.withZone(Senders.BEIJING);

	private final Senders senders;

	CapWriter(Senders senders) {
		this.senders = senders;
	}

	String xml(Warning warning) {
		StringWriter out = new StringWriter();
		try {
			XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
			xml.writeStartDocument("UTF-8", "1.0");
			write(warning, xml);
			xml.writeEndDocument();
			xml.close();
		}
		catch (XMLStreamException e) {
			throw new IllegalStateException(e);
		}
		return out.toString();
	}

	/**
	 * Writes the {@code alert} element (with its namespace declaration) into a document
	 * being written.
	 */
	void write(Warning warning, XMLStreamWriter xml) throws XMLStreamException {
		Warning.Snapshot s = warning.snapshot();
		Content c = s.content();
		List<Message> messages = s.messages();
		Message last = messages.isEmpty() ? null : messages.getLast();
		boolean draft = last == null;
		xml.writeStartElement("alert");
		xml.writeDefaultNamespace(NAMESPACE);
		element(xml, "identifier", draft ? "draft-" + s.id() : last.identifier());
		element(xml, "sender", draft ? senders.capSender(s.ownerRegion()) : last.sender());
		element(xml, "sent", time(draft ? s.updatedAt() : last.sentAt()));
		element(xml, "status", draft ? "Draft" : "Actual");
		element(xml, "msgType", draft ? "Alert" : last.msgType());
		element(xml, "scope", "Public");
		if (!draft && "Cancel".equals(last.msgType())) {
			element(xml, "note", s.cancelReason());
		}
		if (!draft && messages.size() > 1) {
			element(xml, "references",
					messages.subList(0, messages.size() - 1)
						.stream()
						.map(m -> m.sender() + "," + m.identifier() + "," + time(m.sentAt()))
						.collect(Collectors.joining(" ")));
		}
		boolean ended = s.status() == WarningStatus.CANCELLED || s.status() == WarningStatus.EXPIRED;
		xml.writeStartElement("info");
		element(xml, "language", "zh-CN");
		element(xml, "category", EventTypes.EventType.capCategory(c.eventType()));
		element(xml, "event", c.eventName());
		element(xml, "responseType", ended ? "AllClear" : "Prepare");
		element(xml, "urgency", ended ? "Past" : c.colour() == Colour.RED ? "Immediate" : "Expected");
		element(xml, "severity", c.colour() == null ? "Unknown" : c.colour().capSeverity());
		element(xml, "certainty", "Likely");
		xml.writeStartElement("eventCode");
		element(xml, "valueName", "GB/T 35561");
		element(xml, "value", c.eventType());
		xml.writeEndElement();
		if (s.issuedAt() != null) {
			element(xml, "effective", time(s.issuedAt()));
		}
		if (c.expiresAt() != null) {
			element(xml, "expires", time(c.expiresAt()));
		}
		element(xml, "senderName", s.senderName());
		element(xml, "headline", c.headline());
		if (c.description() != null) {
			element(xml, "description", c.description());
		}
		if (c.instruction() != null) {
			element(xml, "instruction", c.instruction());
		}
		if (c.colour() != null) {
			xml.writeStartElement("parameter");
			element(xml, "valueName", "colour");
			element(xml, "value", c.colour().english());
			xml.writeEndElement();
		}
		xml.writeStartElement("area");
		element(xml, "areaDesc", c.areaDescription());
		if (c.polygon() != null) {
			element(xml, "polygon", c.polygon());
		}
		for (String code : AreaCodes.twelveDigit(c.targetRegionCodes())) {
			xml.writeStartElement("geocode");
			element(xml, "valueName", "GB/T 2260");
			element(xml, "value", code);
			xml.writeEndElement();
		}
		xml.writeEndElement(); // area
		xml.writeEndElement(); // info
		xml.writeEndElement(); // alert
	}

	static String time(Instant instant) {
		return CAP_TIME.format(instant.truncatedTo(ChronoUnit.SECONDS));
	}

	private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
		xml.writeStartElement(name);
		xml.writeCharacters(text == null ? "" : text);
		xml.writeEndElement();
	}

}
