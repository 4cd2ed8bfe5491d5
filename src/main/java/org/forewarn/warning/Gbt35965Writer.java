package org.forewarn.warning;

import java.io.StringWriter;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.springframework.stereotype.Component;

/**
 * Writes a warning as a GB/T 35965.1-2018 early-warning message in the shape the national
 * release system deploys (see {@code shared/reference/gbt35965/} and STANDARDS.md §2.2):
 * no namespace; {@code sender} is the unit's name and {@code senderCode} its 14-character
 * code; {@code sendTime} in the extended Beijing form {@code YYYY-MM-DD hh:mm:ss+08:00};
 * {@code code} lists the dissemination methods with their texts; {@code references} are
 * bare identifiers (comma-separated); {@code eventType} is the GB/T 35561 code;
 * {@code severity} the colour; and {@code geocode} a comma-separated list of 12-digit
 * area codes. Elements the deployed messages leave empty are kept empty, including the
 * deployed misspelling {@code audenceprt}.
 */
@Component
class Gbt35965Writer {

	static final DateTimeFormatter GB_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ssxxx")
		.withZone(Senders.BEIJING);

	private final Senders senders;

	private final SmsTexts texts;

	Gbt35965Writer(Senders senders, SmsTexts texts) {
		this.senders = senders;
		this.texts = texts;
	}

	String xml(Warning warning) {
		Warning.Snapshot s = warning.snapshot();
		Content c = s.content();
		List<Message> messages = s.messages();
		Message last = messages.getLast();
		StringWriter out = new StringWriter();
		try {
			XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
			xml.writeStartDocument("UTF-8", "1.0");
			xml.writeStartElement("alert");
			element(xml, "identifier", last.identifier());
			element(xml, "sender", s.senderName());
			element(xml, "senderCode", senders.senderCode(s.ownerRegion()));
			element(xml, "sendTime", time(last.sentAt()));
			element(xml, "status", "Actual");
			element(xml, "msgType", last.msgType());
			element(xml, "scope", "Public");
			xml.writeStartElement("code");
			method(xml, "SMS", texts.sms(warning.summary(), s.senderName(), s.cancelReason()));
			method(xml, "WEB", c.headline() + (c.description() == null ? "" : c.description()));
			xml.writeEndElement();
			element(xml, "secClassification", "None");
			element(xml, "note", "Cancel".equals(last.msgType()) ? s.cancelReason() : null);
			element(xml, "references",
					messages.subList(0, messages.size() - 1)
						.stream()
						.map(Message::identifier)
						.collect(Collectors.joining(",")));
			xml.writeStartElement("info");
			element(xml, "language", "zh-CN");
			element(xml, "eventType", c.eventType());
			boolean ended = s.status() == WarningStatus.CANCELLED || s.status() == WarningStatus.EXPIRED;
			element(xml, "urgency", ended ? "Past" : c.colour() == Colour.RED ? "Immediate" : "Expected");
			element(xml, "severity", c.colour() == null ? "Unknown" : c.colour().english());
			element(xml, "certainty", "Likely");
			element(xml, "effective", s.issuedAt() == null ? null : time(s.issuedAt()));
			element(xml, "onset", null);
			element(xml, "expires", c.expiresAt() == null ? null : time(c.expiresAt()));
			element(xml, "senderName", s.senderName());
			element(xml, "headline", c.headline());
			element(xml, "description", c.description());
			element(xml, "instruction", c.instruction());
			element(xml, "web", null);
			xml.writeStartElement("area");
			element(xml, "areaDesc", c.areaDescription().replace('、', ','));
			element(xml, "polygon", c.polygon());
			element(xml, "circle", null);
			element(xml, "geocode", String.join(",", AreaCodes.twelveDigit(c.targetRegionCodes())));
			xml.writeEndElement();
			xml.writeEndElement(); // info
			xml.writeEndElement(); // alert
			xml.writeEndDocument();
			xml.close();
		}
		catch (XMLStreamException e) {
			throw new IllegalStateException(e);
		}
		return out.toString();
	}

	static String time(Instant instant) {
		return GB_TIME.format(instant);
	}

	private static void method(XMLStreamWriter xml, String name, String message) throws XMLStreamException {
		xml.writeStartElement("method");
		element(xml, "methodName", name);
		element(xml, "message", message);
		element(xml, "audienceGrp", null);
		element(xml, "audenceprt", null);
		xml.writeEndElement();
	}

	private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
		if (text == null || text.isEmpty()) {
			xml.writeEmptyElement(name);
			return;
		}
		xml.writeStartElement(name);
		xml.writeCharacters(text);
		xml.writeEndElement();
	}

}
