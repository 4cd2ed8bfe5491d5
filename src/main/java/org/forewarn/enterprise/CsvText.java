package org.forewarn.enterprise;

import java.util.ArrayList;
import java.util.List;

/**
 * RFC 4180 CSV: reading rows (quoted fields, doubled quotes, line breaks inside quotes)
 * and writing COPY fields.
 */
final class CsvText {

	private CsvText() {
	}

	/**
	 * The rows of a CSV text (a UTF-8 BOM is skipped); blank lines are kept as empty rows
	 * so row numbers hold.
	 */
	static List<List<String>> rows(String text) {
		List<List<String>> rows = new ArrayList<>();
		List<String> row = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		int i = text.startsWith("\uFEFF") ? 1 : 0;
		for (; i < text.length(); i++) {
			char c = text.charAt(i);
			if (quoted) {
				if (c == '"') {
					if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
						field.append('"');
						i++;
					}
					else {
						quoted = false;
					}
				}
				else {
					field.append(c);
				}
			}
			else if (c == '"') {
				quoted = true;
			}
			else if (c == ',') {
				row.add(field.toString());
				field.setLength(0);
			}
			else if (c == '\n' || c == '\r') {
				if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
					i++;
				}
				row.add(field.toString());
				field.setLength(0);
				rows.add(row);
				row = new ArrayList<>();
			}
			else {
				field.append(c);
			}
		}
		if (field.length() > 0 || !row.isEmpty()) {
			row.add(field.toString());
			rows.add(row);
		}
		return rows;
	}

	/** A field for {@code COPY … (format csv)}: null as empty, anything else quoted. */
	static String copyField(Object value) {
		if (value == null) {
			return "";
		}
		return "\"" + value.toString().replace("\"", "\"\"") + "\"";
	}

}
