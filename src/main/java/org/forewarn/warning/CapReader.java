package org.forewarn.warning;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.dom.DOMSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;

import org.forewarn.platform.TextPolicy;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

import org.springframework.core.io.ClassPathResource;
import org.forewarn.platform.Refusal;
import org.springframework.stereotype.Component;

/**
 * Reads a CAP 1.2 alert safely: a parser that refuses any DOCTYPE (so no DTD, no internal
 * or external entity, no billion laughs) and every external access, then validation
 * against the OASIS schema, then the parts the platform understands. Anything else is a
 * 400 that says what is wrong.
 */
@Component
class CapReader {

	/** One {@code valueName}/{@code value} pair. */
	record Pair(String name, String value) {
	}

	record Area(String description, List<String> polygons, List<Pair> geocodes) {
	}

	record Info(String language, List<String> categories, String event, String urgency, String severity,
			String certainty, List<Pair> eventCodes, Instant effective, Instant expires, String senderName,
			String headline, String description, String instruction, List<Pair> parameters, List<Area> areas) {
	}

	/** The alert as far as the platform understands it. */
	record Alert(String identifier, String sender, Instant sent, String status, String msgType, String scope,
			String note, List<Reference> references, List<Info> infos) {
	}

	/** A {@code sender,identifier,sent} triplet of {@code references}. */
	record Reference(String sender, String identifier) {
	}

	private final Schema schema;

	CapReader() {
		try {
			SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
			factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
			factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
			this.schema = factory.newSchema(new ClassPathResource("warning/CAP-v1.2.xsd").getURL());
		}
		catch (SAXException | IOException e) {
			throw new IllegalStateException("cannot load the CAP 1.2 schema", e);
		}
	}

	Alert read(byte[] body) {
		Document document = parse(body);
		Element root = document.getDocumentElement();
		if (!CapWriter.NAMESPACE.equals(root.getNamespaceURI()) || !"alert".equals(root.getLocalName())) {
			throw new WarningRejected(Refusal.INVALID, "alert",
					"Not a CAP 1.2 alert: the root element must be 'alert' in namespace " + CapWriter.NAMESPACE
							+ " (found '" + root.getLocalName() + "' in " + root.getNamespaceURI() + ").");
		}
		validate(document);
		List<Info> infos = new ArrayList<>();
		for (Element info : children(root, "info")) {
			infos.add(info(info));
		}
		List<Reference> references = new ArrayList<>();
		String refs = text(root, "references");
		if (refs != null) {
			for (String triplet : refs.strip().split("\\s+")) {
				String[] parts = triplet.split(",");
				if (parts.length >= 2) {
					references.add(new Reference(parts[0], parts[1]));
				}
			}
		}
		return new Alert(text(root, "identifier"), text(root, "sender"), time(text(root, "sent")), text(root, "status"),
				text(root, "msgType"), text(root, "scope"), text(root, "note"), references, infos);
	}

	/**
	 * The alert as text, decoded with the encoding the XML parser found (a UTF-16 alert
	 * is valid CAP; read as UTF-8 it would be half NUL characters, which the database
	 * cannot store).
	 */
	static String decoded(byte[] body) {
		String encoding = parse(body).getInputEncoding();
		try {
			return new String(body, encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding));
		}
		catch (IllegalArgumentException unknown) {
			return new String(body, StandardCharsets.UTF_8);
		}
	}

	/** Parses without DTDs or external access; a DOCTYPE is refused outright. */
	static Document parse(byte[] body) {
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setNamespaceAware(true);
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
			factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
			factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
			factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
			factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
			factory.setXIncludeAware(false);
			factory.setExpandEntityReferences(false);
			DocumentBuilder builder = factory.newDocumentBuilder();
			builder.setErrorHandler(null);
			return builder.parse(new ByteArrayInputStream(body));
		}
		catch (SAXParseException e) {
			String message = e.getMessage() == null ? "" : e.getMessage();
			if (message.contains("DOCTYPE")) {
				throw new WarningRejected(Refusal.INVALID, "body",
						"XML with a DOCTYPE is refused: no DTDs and no entities, internal or external.");
			}
			throw new WarningRejected(Refusal.INVALID, "body",
					"Malformed XML at line " + e.getLineNumber() + ", column " + e.getColumnNumber() + ": " + message);
		}
		catch (SAXException | IOException e) {
			throw new WarningRejected(Refusal.INVALID, "body", "Unreadable XML: " + e.getMessage());
		}
		catch (ParserConfigurationException e) {
			throw new IllegalStateException(e);
		}
	}

	private void validate(Document document) {
		try {
			Validator validator = schema.newValidator();
			validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
			validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
			validator.validate(new DOMSource(document));
		}
		catch (SAXParseException e) {
			throw new WarningRejected(Refusal.INVALID, "alert", "Not a valid CAP 1.2 alert: " + e.getMessage());
		}
		catch (SAXException | IOException e) {
			throw new WarningRejected(Refusal.INVALID, "alert", "Not a valid CAP 1.2 alert: " + e.getMessage());
		}
	}

	private static Info info(Element info) {
		List<Area> areas = new ArrayList<>();
		for (Element area : children(info, "area")) {
			areas.add(new Area(text(area, "areaDesc"),
					children(area, "polygon").stream().map(Node::getTextContent).map(String::strip).toList(),
					pairs(area, "geocode")));
		}
		return new Info(text(info, "language"), children(info, "category").stream().map(Node::getTextContent).toList(),
				text(info, "event"), text(info, "urgency"), text(info, "severity"), text(info, "certainty"),
				pairs(info, "eventCode"), time(text(info, "effective")), time(text(info, "expires")),
				text(info, "senderName"), text(info, "headline"), text(info, "description"), text(info, "instruction"),
				pairs(info, "parameter"), areas);
	}

	private static List<Pair> pairs(Element parent, String name) {
		return children(parent, name).stream().map(e -> new Pair(text(e, "valueName"), text(e, "value"))).toList();
	}

	private static List<Element> children(Element parent, String name) {
		List<Element> found = new ArrayList<>();
		for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
			if (node instanceof Element element && name.equals(element.getLocalName())
					&& CapWriter.NAMESPACE.equals(element.getNamespaceURI())) {
				found.add(element);
			}
		}
		return found;
	}

	private static String text(Element parent, String name) {
		List<Element> found = children(parent, name);
		if (found.isEmpty()) {
			return null;
		}
		String text = found.getFirst().getTextContent();
		// XML 1.1 lets character references carry control characters; the platform's text
		// policy refuses them
		return text == null || text.isBlank() ? null : TextPolicy.check(name, text.strip());
	}

	private static Instant time(String text) {
		return text == null ? null : OffsetDateTime.parse(text).toInstant();
	}

}
