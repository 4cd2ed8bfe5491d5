package org.forewarn.incident;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.forewarn.plan.ResponseLevel;

import org.springframework.core.io.ClassPathResource;

/**
 * The incident reference data, kept as files in {@code resources/incident/} (sources in
 * {@code SOURCES.md}): the type taxonomy, the level criteria and the information-report
 * deadlines.
 */
final class IncidentCatalogue {

	record IncidentType(String code, String level, String nameZh, String nameEn, String leadUnit) {

		String category() {
			return code.substring(0, 2);
		}
	}

	/**
	 * One numeric criterion: a fact at or above {@code thresholds[0]} is Level I, above
	 * [1] II, above [2] III.
	 */
	record Criterion(String category, String fact, BigDecimal[] thresholds, String unit, String text, String source) {

		ResponseLevel levelOf(BigDecimal value) {
			for (int i = 0; i < 3; i++) {
				if (value.compareTo(thresholds[i]) >= 0) {
					return ResponseLevel.values()[i];
				}
			}
			return ResponseLevel.IV;
		}
	}

	record Deadline(ResponseLevel level, int phoneMinutes, int writtenMinutes, int followUpMinutes, String rule) {
	}

	private final Map<String, IncidentType> types = new LinkedHashMap<>();

	private final List<Criterion> criteria = new ArrayList<>();

	private final Map<ResponseLevel, Deadline> deadlines = new LinkedHashMap<>();

	static final IncidentCatalogue DEFAULT = new IncidentCatalogue();

	private IncidentCatalogue() {
		for (String[] row : read("incident/types.csv")) {
			types.put(row[0], new IncidentType(row[0], row[1], row[2], row[3], row[4]));
		}
		for (String[] row : read("incident/level-criteria.csv")) {
			criteria.add(new Criterion(row[0], row[1],
					new BigDecimal[] { new BigDecimal(row[2]), new BigDecimal(row[3]), new BigDecimal(row[4]) }, row[5],
					row[6], row[7]));
		}
		for (String[] row : read("incident/report-deadlines.csv")) {
			ResponseLevel level = ResponseLevel.parse(row[0]);
			deadlines.put(level, new Deadline(level, Integer.parseInt(row[1]), Integer.parseInt(row[2]),
					Integer.parseInt(row[3]), row[4]));
		}
	}

	Optional<IncidentType> type(String code) {
		return Optional.ofNullable(code == null ? null : types.get(code));
	}

	List<IncidentType> types() {
		return List.copyOf(types.values());
	}

	List<Criterion> criteriaFor(String category) {
		return criteria.stream().filter(c -> c.category().equals(category)).toList();
	}

	Deadline deadline(ResponseLevel level) {
		return deadlines.get(level);
	}

	private static List<String[]> read(String path) {
		try (BufferedReader in = new BufferedReader(
				new InputStreamReader(new ClassPathResource(path).getInputStream(), StandardCharsets.UTF_8))) {
			return in.lines().skip(1).filter(l -> !l.isBlank()).map(IncidentCatalogue::split).toList();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** CSV without quoting except the simple "…" case. */
	private static String[] split(String line) {
		List<String> out = new ArrayList<>();
		StringBuilder cell = new StringBuilder();
		boolean quoted = false;
		for (char c : line.toCharArray()) {
			if (c == '"') {
				quoted = !quoted;
			}
			else if (c == ',' && !quoted) {
				out.add(cell.toString());
				cell.setLength(0);
			}
			else {
				cell.append(c);
			}
		}
		out.add(cell.toString());
		return out.toArray(String[]::new);
	}

}
