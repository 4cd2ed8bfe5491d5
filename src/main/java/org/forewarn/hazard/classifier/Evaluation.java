package org.forewarn.hazard.classifier;

import java.util.Map;
import java.util.stream.Collectors;

/**
 * How a classifier did on labelled texts it was not trained on.
 *
 * @param examples number of texts evaluated
 * @param accuracy share classified as labelled
 * @param majorityCategory the training set's most frequent category
 * @param baselineAccuracy accuracy of always answering {@code majorityCategory}
 * @param categories per labelled category: support, precision and recall
 * @param confusion labelled category → predicted category → count
 */
public record Evaluation(int examples, double accuracy, String majorityCategory, double baselineAccuracy,
		Map<String, CategoryScore> categories, Map<String, Map<String, Integer>> confusion) {

	public Evaluation {
		categories = Map.copyOf(categories);
		confusion = confusion.entrySet()
			.stream()
			.collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, e -> Map.copyOf(e.getValue())));
	}

	/** Support (labelled texts of the category), precision and recall of one category. */
	public record CategoryScore(int support, double precision, double recall) {
	}

	/**
	 * A plain-text table: accuracy, baseline, then one line per category with its most
	 * frequent confusions.
	 */
	public String summary() {
		StringBuilder out = new StringBuilder(String.format("%d texts: accuracy %.3f, majority baseline %.3f (%s)%n",
				examples, accuracy, baselineAccuracy, majorityCategory));
		categories.keySet().stream().sorted().forEach(category -> {
			CategoryScore score = categories.get(category);
			String mistakes = confusion.getOrDefault(category, Map.of())
				.entrySet()
				.stream()
				.filter(e -> !e.getKey().equals(category))
				.sorted(Map.Entry.<String, Integer>comparingByValue()
					.reversed()
					.thenComparing(Map.Entry.comparingByKey()))
				.map(e -> e.getKey() + "×" + e.getValue())
				.collect(Collectors.joining(" "));
			out.append(String.format("  %-18s n=%3d  precision %.2f  recall %.2f  %s%n", category, score.support(),
					score.precision(), score.recall(), mistakes.isEmpty() ? "" : "→ " + mistakes));
		});
		return out.toString();
	}
}
