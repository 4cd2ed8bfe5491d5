package org.forewarn.hazard.classifier;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TrainingSetTests {

	/**
	 * Character-bigram Jaccard similarity at or above which two texts count as the same
	 * report reworded lightly.
	 */
	private static final double NEAR_IDENTICAL = 0.6;

	private final List<LabelledText> shipped = TrainingSet.shipped();

	@Test
	void shipsAtLeastAHundredTextsOfEveryCategoryAndSixteenHundredInAll() {
		Map<String, Integer> counts = new TreeMap<>();
		shipped.forEach(example -> counts.merge(example.category(), 1, Integer::sum));
		System.out.println(shipped.size() + " labelled texts: " + counts);

		assertThat(counts.keySet()).isEqualTo(TrainingSet.CATEGORIES);
		assertThat(counts.values()).allSatisfy(count -> assertThat(count).isGreaterThanOrEqualTo(100));
		assertThat(shipped).hasSizeGreaterThanOrEqualTo(1600);
	}

	@Test
	void hasNoTwoNearIdenticalTexts() {
		List<Set<String>> bigrams = shipped.stream().map(example -> bigrams(example.text())).toList();
		List<String> pairs = new ArrayList<>();
		for (int i = 0; i < bigrams.size(); i++) {
			for (int j = i + 1; j < bigrams.size(); j++) {
				if (jaccard(bigrams.get(i), bigrams.get(j)) >= NEAR_IDENTICAL) {
					pairs.add(shipped.get(i).text() + "  ≈  " + shipped.get(j).text());
				}
			}
		}
		assertThat(pairs).isEmpty();
	}

	@Test
	void splitIsStratifiedDisjointAndReproducible() {
		TrainingSet.Split split = TrainingSet.split(shipped, 0.2, 7);

		assertThat(split.train().size() + split.test().size()).isEqualTo(shipped.size());
		assertThat(new HashSet<>(split.train())).doesNotContainAnyElementsOf(split.test());
		Map<String, Integer> all = new TreeMap<>();
		Map<String, Integer> test = new TreeMap<>();
		shipped.forEach(example -> all.merge(example.category(), 1, Integer::sum));
		split.test().forEach(example -> test.merge(example.category(), 1, Integer::sum));
		all.forEach((category, count) -> assertThat(test.get(category)).isEqualTo((int) Math.round(count * 0.2)));
		assertThat(TrainingSet.split(shipped, 0.2, 7)).isEqualTo(split);
		assertThat(TrainingSet.split(shipped, 0.2, 8).test()).isNotEqualTo(split.test());
	}

	private static Set<String> bigrams(String text) {
		Set<String> bigrams = new HashSet<>();
		for (int i = 0; i + 1 < text.length(); i++) {
			bigrams.add(text.substring(i, i + 2));
		}
		return bigrams;
	}

	private static double jaccard(Set<String> a, Set<String> b) {
		if (a.isEmpty() && b.isEmpty()) {
			return 1;
		}
		int common = 0;
		for (String bigram : a) {
			common += b.contains(bigram) ? 1 : 0;
		}
		return (double) common / (a.size() + b.size() - common);
	}

}
