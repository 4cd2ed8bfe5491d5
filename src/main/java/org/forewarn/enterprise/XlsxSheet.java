package org.forewarn.enterprise;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The cells of the first worksheet of an Office Open XML workbook (.xlsx) as text rows —
 * enough for a registry table (shared and inline strings, numbers), without a spreadsheet
 * library. External entities are off.
 */
final class XlsxSheet {

	static final long MAX_UNZIPPED = 200L * 1024 * 1024;

	private XlsxSheet() {
	}

	static List<List<String>> rows(byte[] workbook) throws IOException {
		byte[] sharedStrings = null;
		byte[] sheet = null;
		long total = 0;
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(workbook))) {
			for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				String name = entry.getName();
				if (name.equals("xl/sharedStrings.xml") || name.equals("xl/worksheets/sheet1.xml")) {
					byte[] content = zip.readNBytes((int) Math.min(Integer.MAX_VALUE - 16, MAX_UNZIPPED - total + 1));
					total += content.length;
					if (total > MAX_UNZIPPED) {
						throw new IOException("the workbook unpacks to more than 200 MB");
					}
					if (name.startsWith("xl/shared")) {
						sharedStrings = content;
					}
					else {
						sheet = content;
					}
				}
			}
		}
		if (sheet == null) {
			throw new IOException("no first worksheet (xl/worksheets/sheet1.xml) in the workbook");
		}
		try {
			List<String> strings = sharedStrings == null ? List.of() : strings(new ByteArrayInputStream(sharedStrings));
			return cells(new ByteArrayInputStream(sheet), strings);
		}
		catch (XMLStreamException e) {
			throw new IOException("the workbook's XML is malformed: " + e.getMessage(), e);
		}
	}

	private static XMLStreamReader reader(InputStream in) throws XMLStreamException {
		XMLInputFactory factory = XMLInputFactory.newFactory();
		factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
		factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
		return factory.createXMLStreamReader(in);
	}

	private static List<String> strings(InputStream in) throws XMLStreamException {
		List<String> strings = new ArrayList<>();
		XMLStreamReader xml = reader(in);
		StringBuilder current = null;
		boolean inText = false;
		while (xml.hasNext()) {
			int event = xml.next();
			if (event == XMLStreamConstants.START_ELEMENT) {
				switch (xml.getLocalName()) {
					case "si" -> current = new StringBuilder();
					case "t" -> inText = true;
					case "rPh" -> inText = false; // phonetic runs are not part of the
													// text
					default -> {
					}
				}
			}
			else if (event == XMLStreamConstants.CHARACTERS && inText && current != null) {
				current.append(xml.getText());
			}
			else if (event == XMLStreamConstants.END_ELEMENT) {
				if (xml.getLocalName().equals("t")) {
					inText = false;
				}
				else if (xml.getLocalName().equals("si") && current != null) {
					strings.add(current.toString());
					current = null;
				}
			}
		}
		return strings;
	}

	private static List<List<String>> cells(InputStream in, List<String> strings) throws XMLStreamException {
		List<List<String>> rows = new ArrayList<>();
		XMLStreamReader xml = reader(in);
		Map<Integer, String> row = null;
		int rowNumber = 0;
		String type = null;
		int column = 0;
		StringBuilder value = new StringBuilder();
		boolean inValue = false;
		while (xml.hasNext()) {
			int event = xml.next();
			if (event == XMLStreamConstants.START_ELEMENT) {
				switch (xml.getLocalName()) {
					case "row" -> {
						row = new HashMap<>();
						String r = xml.getAttributeValue(null, "r");
						rowNumber = r == null ? rowNumber + 1 : Integer.parseInt(r);
					}
					case "c" -> {
						type = xml.getAttributeValue(null, "t");
						String ref = xml.getAttributeValue(null, "r");
						column = ref == null ? (row == null ? 0 : row.size()) : columnOf(ref);
						value.setLength(0);
					}
					case "v", "t" -> inValue = true;
					default -> {
					}
				}
			}
			else if (event == XMLStreamConstants.CHARACTERS && inValue) {
				value.append(xml.getText());
			}
			else if (event == XMLStreamConstants.END_ELEMENT) {
				switch (xml.getLocalName()) {
					case "v", "t" -> inValue = false;
					case "c" -> {
						String text = value.toString();
						if ("s".equals(type) && !text.isEmpty()) {
							int index = Integer.parseInt(text.strip());
							text = index < strings.size() ? strings.get(index) : "";
						}
						else if (type == null || "n".equals(type)) {
							text = number(text);
						}
						if (row != null) {
							row.put(column, text);
						}
					}
					case "row" -> {
						while (rows.size() < rowNumber - 1) {
							rows.add(List.of()); // keep spreadsheet row numbers
						}
						int width = row.keySet().stream().mapToInt(Integer::intValue).max().orElse(-1) + 1;
						List<String> cells = new ArrayList<>();
						for (int i = 0; i < width; i++) {
							cells.add(row.getOrDefault(i, ""));
						}
						rows.add(cells);
						row = null;
					}
					default -> {
					}
				}
			}
		}
		return rows;
	}

	/**
	 * {@code 22.5431} stays; {@code 1.0E7} becomes {@code 10000000} (long codes typed as
	 * numbers).
	 */
	private static String number(String text) {
		if (text.contains("E") || text.contains("e")) {
			try {
				return new java.math.BigDecimal(text).toPlainString();
			}
			catch (NumberFormatException e) {
				return text;
			}
		}
		return text;
	}

	private static int columnOf(String ref) {
		int column = 0;
		for (char c : ref.toCharArray()) {
			if (c >= 'A' && c <= 'Z') {
				column = column * 26 + (c - 'A' + 1);
			}
			else {
				break;
			}
		}
		return column - 1;
	}

}
