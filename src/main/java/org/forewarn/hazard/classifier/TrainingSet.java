package org.forewarn.hazard.classifier;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The labelled hazard reports shipped with the platform
 * ({@code classpath:hazard/training/*.tsv}, one {@code CATEGORY<TAB>text} per line; blank
 * lines and lines starting with {@code #} are skipped; see the README there for how the
 * set was made) and a reproducible stratified train/test split.
 */
public final class TrainingSet {

	/**
	 * The taxonomy's category codes (docs/hazard-api.md); the shipped set uses exactly
	 * these.
	 */
	static final Set<String> CATEGORIES = Set.of("FIRE", "GAS", "HAZCHEM", "INDUSTRIAL", "CONSTRUCTION", "BUILDING",
			"ELECTRICAL", "ROAD_TRAFFIC", "GEOLOGICAL", "FLOODING", "SPECIAL_EQUIPMENT", "CROWDED_PLACE", "FOREST_FIRE",
			"MUNICIPAL", "OTHER");

	private static final String LOCATION = "classpath*:hazard/training/*.tsv";

	private TrainingSet() {
	}

	/**
	 * Every labelled text of the shipped set, files in name order and lines in file
	 * order.
	 * @throws IllegalStateException naming file and line if a line is malformed or has an
	 * unknown category
	 */
	public static List<LabelledText> shipped() {
		try {
			Resource[] files = new PathMatchingResourcePatternResolver(TrainingSet.class.getClassLoader())
				.getResources(LOCATION);
			Arrays.sort(files, Comparator.comparing(Resource::getFilename));
			List<LabelledText> all = new ArrayList<>();
			for (Resource file : files) {
				read(file, all);
			}
			if (all.isEmpty()) {
				throw new IllegalStateException("No labelled texts found at " + LOCATION);
			}
			return List.copyOf(all);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void read(Resource file, List<LabelledText> into) throws IOException {
		try (BufferedReader reader = new BufferedReader(
				new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8))) {
			String line;
			int number = 0;
			while ((line = reader.readLine()) != null) {
				number++;
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				int tab = line.indexOf('\t');
				String category = tab < 0 ? "" : line.substring(0, tab).strip();
				String text = tab < 0 ? "" : line.substring(tab + 1).strip();
				if (!CATEGORIES.contains(category) || text.isEmpty()) {
					throw new IllegalStateException("%s:%d: expected CATEGORY<TAB>text with a known category, got: %s"
						.formatted(file.getFilename(), number, line));
				}
				into.add(new LabelledText(text, category));
			}
		}
	}

	/**
	 * Splits labelled texts into a training and a test part, stratified by category: each
	 * category gives {@code round(n × testFraction)} of its texts (at least one if it has
	 * two or more) to the test part, chosen by a shuffle seeded with {@code seed}. The
	 * same input, fraction and seed always give the same split.
	 */
	public static Split split(List<LabelledText> all, double testFraction, long seed) {
		if (!(testFraction > 0 && testFraction < 1)) {
			throw new IllegalArgumentException("testFraction must lie strictly between 0 and 1: " + testFraction);
		}
		Map<String, List<LabelledText>> byCategory = new TreeMap<>();
		for (LabelledText example : all) {
			byCategory.computeIfAbsent(example.category(), c -> new ArrayList<>()).add(example);
		}
		Random random = new Random(seed);
		List<LabelledText> train = new ArrayList<>();
		List<LabelledText> test = new ArrayList<>();
		for (List<LabelledText> group : byCategory.values()) {
			Collections.shuffle(group, random);
			int inTest = (int) Math.round(group.size() * testFraction);
			if (inTest == 0 && group.size() >= 2) {
				inTest = 1;
			}
			test.addAll(group.subList(0, inTest));
			train.addAll(group.subList(inTest, group.size()));
		}
		Collections.shuffle(train, random);
		Collections.shuffle(test, random);
		return new Split(train, test);
	}

	/** A training part and a disjoint test part. */
	public record Split(List<LabelledText> train, List<LabelledText> test) {

		public Split {
			train = List.copyOf(train);
			test = List.copyOf(test);
		}
	}

}
