package org.forewarn.hazard.classifier;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Classifies Chinese hazard reports (public tip-offs, patrol notes, inspection findings,
 * alarm texts) into hazard categories: words and character bigrams, TF-IDF, multinomial
 * logistic regression. The confidence is the softmax posterior of the answer, so the
 * hazard module can send reports below a threshold to a dispatcher.
 * <p>
 * Thread-safe: {@link #classify} reads an immutable model snapshot; {@link #learn} builds
 * a corrected snapshot and swaps it in atomically, so a classification sees either the
 * model before a correction or after it, never half.
 */
public final class HazardClassifier {

	/** The category for blank text and for whatever the dispatcher must look at. */
	public static final String OTHER = "OTHER";

	private volatile SoftmaxModel model;

	private final Object corrections = new Object();

	private final String majorityCategory;

	private HazardClassifier(SoftmaxModel model, String majorityCategory) {
		this.model = model;
		this.majorityCategory = majorityCategory;
	}

	/**
	 * Trains a classifier on labelled texts; its categories are those the examples use.
	 * Deterministic: the same examples in the same order give the same model.
	 * @throws IllegalArgumentException if there are no examples or fewer than two
	 * categories
	 */
	public static HazardClassifier train(List<LabelledText> examples) {
		Map<String, Integer> counts = new TreeMap<>();
		for (LabelledText example : examples) {
			counts.merge(example.category(), 1, Integer::sum);
		}
		if (counts.size() < 2) {
			throw new IllegalArgumentException("Need examples of at least two categories, got " + counts.keySet());
		}
		List<String> categories = List.copyOf(counts.keySet());
		List<List<String>> texts = new ArrayList<>(examples.size());
		int[] labels = new int[examples.size()];
		for (int i = 0; i < examples.size(); i++) {
			texts.add(Features.of(examples.get(i).text()));
			labels[i] = categories.indexOf(examples.get(i).category());
		}
		String majority = null;
		for (Map.Entry<String, Integer> count : counts.entrySet()) {
			if (majority == null || count.getValue() > counts.get(majority)) {
				majority = count.getKey();
			}
		}
		return new HazardClassifier(SoftmaxModel.train(categories, texts, labels), majority);
	}

	/**
	 * The most probable category of a report and every category's probability. Text of
	 * any length (only the first 1,000 characters are read). Blank or punctuation-only
	 * text gives {@link #OTHER} with confidence 1/n for n categories (all equally
	 * likely); text with nothing the model knows gives what its biases alone say, also
	 * with low confidence (about 0.2 for {@code OTHER} with the shipped set).
	 */
	public Classification classify(String text) {
		SoftmaxModel current = model;
		List<String> features = Features.of(text);
		if (features.isEmpty()) {
			return uniform(current.categories);
		}
		double[] p = current.probabilities(current.vectorize(features));
		List<Classification.Score> ranking = new ArrayList<>(p.length);
		for (int c = 0; c < p.length; c++) {
			ranking.add(new Classification.Score(current.categories.get(c), p[c]));
		}
		ranking.sort(Comparator.comparingDouble(Classification.Score::probability)
			.reversed()
			.thenComparing(Classification.Score::category));
		return new Classification(ranking.get(0).category(), ranking.get(0).probability(), ranking);
	}

	/** Nothing to go on: every category equally likely, {@link #OTHER} named first. */
	private static Classification uniform(List<String> categories) {
		double p = 1.0 / categories.size();
		List<Classification.Score> ranking = new ArrayList<>();
		List<String> ordered = new ArrayList<>(categories);
		if (ordered.remove(OTHER)) {
			ordered.add(0, OTHER);
		}
		for (String category : ordered) {
			ranking.add(new Classification.Score(category, p));
		}
		return new Classification(OTHER, p, ranking);
	}

	/**
	 * Learns from a dispatcher's correction: from the next {@link #classify} on, this
	 * text (and texts worded much like it) comes out as {@code category}. A text with
	 * nothing to learn from (blank, punctuation only) changes nothing. Corrections are
	 * applied one at a time; concurrent classifications are not blocked. Corrections live
	 * in this instance only: whoever keeps them (the hazard module) replays them after
	 * training a new instance.
	 * @throws IllegalArgumentException if the category is not one of
	 * {@link #categories()}
	 */
	public void learn(String text, String category) {
		synchronized (corrections) {
			SoftmaxModel current = model;
			int index = current.categories.indexOf(category);
			if (index < 0) {
				throw new IllegalArgumentException(
						"Unknown category " + category + ", expected one of " + current.categories);
			}
			List<String> features = Features.of(text);
			if (!features.isEmpty()) {
				model = current.corrected(features, index);
			}
		}
	}

	/** The category codes this classifier can answer, in code order. */
	public Set<String> categories() {
		return Collections.unmodifiableSet(new LinkedHashSet<>(model.categories));
	}

	/**
	 * Classifies labelled texts and compares: accuracy, the accuracy of always answering
	 * the training set's most frequent category, per-category precision and recall, and
	 * the confusion counts.
	 */
	public Evaluation evaluate(List<LabelledText> test) {
		Map<String, Map<String, Integer>> confusion = new TreeMap<>();
		Map<String, Integer> predictedCounts = new TreeMap<>();
		int correct = 0;
		int majority = 0;
		for (LabelledText example : test) {
			String predicted = classify(example.text()).category();
			confusion.computeIfAbsent(example.category(), c -> new TreeMap<>()).merge(predicted, 1, Integer::sum);
			predictedCounts.merge(predicted, 1, Integer::sum);
			correct += predicted.equals(example.category()) ? 1 : 0;
			majority += majorityCategory.equals(example.category()) ? 1 : 0;
		}
		Set<String> labelled = new TreeSet<>(confusion.keySet());
		Map<String, Evaluation.CategoryScore> scores = new TreeMap<>();
		for (String category : labelled) {
			Map<String, Integer> row = confusion.get(category);
			int support = row.values().stream().mapToInt(Integer::intValue).sum();
			int hits = row.getOrDefault(category, 0);
			int predicted = predictedCounts.getOrDefault(category, 0);
			scores.put(category, new Evaluation.CategoryScore(support, predicted == 0 ? 0 : (double) hits / predicted,
					(double) hits / support));
		}
		int n = test.size();
		return new Evaluation(n, n == 0 ? 0 : (double) correct / n, majorityCategory,
				n == 0 ? 0 : (double) majority / n, scores, confusion);
	}

}
