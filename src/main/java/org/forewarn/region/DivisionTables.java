package org.forewarn.region;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.zip.GZIPInputStream;

/**
 * The national statistics bureau's division tables shipped under
 * {@code classpath:region/division/} (see {@code SOURCES.md} there): provinces,
 * prefecture-level cities, county-level areas, streets and towns, plus the communities of
 * Shenzhen and the villages of the Shenzhen–Shantou zone. Read only when the hierarchy is
 * derived (first start), never on a warm start.
 */
final class DivisionTables {

	/**
	 * One row: its code, name and the code of the row it belongs to (province, city, area
	 * or street).
	 */
	record Row(String code, String name, String parentCode) {
	}

	private static final String BASE = "region/division/";

	private DivisionTables() {
	}

	static Optional<String> provinceName(String provinceCode) {
		return first("provinces.csv", row -> row[0].equals(provinceCode)).map(row -> row[1]);
	}

	/** A prefecture-level city by its 4-digit code; parentCode is the province code. */
	static Optional<Row> city(String cityCode4) {
		return first("cities.csv", row -> row[0].equals(cityCode4)).map(row -> new Row(row[0], row[1], row[2]));
	}

	/**
	 * The county-level areas (districts, counties) of a city, in file order (by code).
	 */
	static List<Row> areasOf(String cityCode4) {
		return rows("areas.csv", row -> row[2].equals(cityCode4), 2);
	}

	/** The streets and towns of county-level areas whose code satisfies the filter. */
	static List<Row> streets(Predicate<String> areaCode) {
		return rows("streets.csv", row -> areaCode.test(row[2]), 2);
	}

	static List<Row> shenzhenCommunities() {
		return rows("shenzhen_communities.csv", row -> true, 2);
	}

	static List<Row> shenshanVillages() {
		return rows("shanwei_haifeng_shenshan_villages.csv", row -> true, 2);
	}

	private static Optional<String[]> first(String file, Predicate<String[]> filter) {
		return read(file).stream().filter(filter).findFirst();
	}

	private static List<Row> rows(String file, Predicate<String[]> filter, int parentColumn) {
		return read(file).stream().filter(filter).map(row -> new Row(row[0], row[1], row[parentColumn])).toList();
	}

	/**
	 * The table as shipped: plain, or gzipped ({@code file.gz}) when large (the national
	 * streets).
	 */
	private static InputStream open(String file) throws IOException {
		ClassLoader loader = DivisionTables.class.getClassLoader();
		InputStream plain = loader.getResourceAsStream(BASE + file);
		if (plain != null) {
			return plain;
		}
		InputStream gzipped = loader.getResourceAsStream(BASE + file + ".gz");
		if (gzipped == null) {
			throw new IllegalStateException("missing division table " + BASE + file + " (or " + file + ".gz)");
		}
		return new GZIPInputStream(gzipped, 64 * 1024);
	}

	private static List<String[]> read(String file) {
		try (InputStream in = open(file)) {
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			List<String[]> rows = new ArrayList<>();
			reader.readLine(); // header
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				if (!line.isBlank()) {
					String[] fields = line.split(",", -1);
					for (int i = 0; i < fields.length; i++) {
						fields[i] = fields[i].strip().replace("\"", ""); // names never
																			// contain
																			// commas or
																			// quotes
					}
					rows.add(fields);
				}
			}
			return rows;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
