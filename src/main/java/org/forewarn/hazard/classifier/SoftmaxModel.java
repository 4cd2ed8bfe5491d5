package org.forewarn.hazard.classifier;

import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Multinomial logistic regression (softmax) over sublinear TF-IDF vectors, L2-normalised
 * per text. Immutable: training and correction return a new model, so readers share one
 * without locks.
 */
final class SoftmaxModel {

	/*
	 * L2 penalty per example (objective: mean log loss + λ/2 ‖W‖²), initial learning rate
	 * and passes: chosen by 5-fold cross-validation on the training part of the shipped
	 * set, for log loss (calibration of the confidence) at equal accuracy: a larger λ
	 * gave the same accuracy but flatter, under-confident probabilities.
	 */
	private static final double LAMBDA = 3e-6;

	private static final double ETA0 = 4.0;

	private static final int EPOCHS = 30;

	private static final long SEED = 20261123L;

	/** A correction pushes the corrected text's own probability at least this high. */
	static final double CORRECTION_TARGET = 0.9;

	private static final int CORRECTION_STEPS = 200;

	private static final double CORRECTION_RATE = 0.5;

	final List<String> categories;

	private final Map<String, Integer> vocabulary;

	private final double[] idf;

	/** Feature-major: weight of feature f for category k at {@code f * K + k}. */
	private final double[] weights;

	private final double[] bias;

	private final int documents;

	private SoftmaxModel(List<String> categories, Map<String, Integer> vocabulary, double[] idf, double[] weights,
			double[] bias, int documents) {
		this.categories = categories;
		this.vocabulary = vocabulary;
		this.idf = idf;
		this.weights = weights;
		this.bias = bias;
		this.documents = documents;
	}

	/** A sparse, L2-normalised feature vector. */
	record Vector(int[] index, double[] value) {

		boolean isEmpty() {
			return index.length == 0;
		}
	}

	static SoftmaxModel train(List<String> categories, List<List<String>> texts, int[] labels) {
		int n = texts.size();
		Map<String, Integer> vocabulary = new HashMap<>();
		int[] documentFrequency = new int[16];
		for (List<String> features : texts) {
			for (String feature : new LinkedHashSet<>(features)) {
				int id = vocabulary.computeIfAbsent(feature, f -> vocabulary.size());
				if (id >= documentFrequency.length) {
					documentFrequency = Arrays.copyOf(documentFrequency, documentFrequency.length * 2);
				}
				documentFrequency[id]++;
			}
		}
		double[] idf = new double[vocabulary.size()];
		for (int f = 0; f < idf.length; f++) {
			idf[f] = idf(n, documentFrequency[f]);
		}
		int k = categories.size();
		SoftmaxModel empty = new SoftmaxModel(List.copyOf(categories), vocabulary, idf,
				new double[vocabulary.size() * k], new double[k], n);
		Vector[] vectors = new Vector[n];
		for (int i = 0; i < n; i++) {
			vectors[i] = empty.vectorize(texts.get(i));
		}
		empty.fit(vectors, labels);
		return empty;
	}

	private static double idf(int documents, int frequency) {
		return Math.log((1.0 + documents) / (1.0 + frequency)) + 1.0;
	}

	/**
	 * Stochastic gradient descent on the L2-regularised log loss, learning rate η₀ / (1 +
	 * η₀λt) (Bottou), L2 shrinkage applied lazily through a common scale factor. Example
	 * order is a fixed-seed shuffle per epoch: deterministic. Only called on a model
	 * nobody else sees yet.
	 */
	private void fit(Vector[] vectors, int[] labels) {
		int k = categories.size();
		int n = vectors.length;
		int[] order = new int[n];
		for (int i = 0; i < n; i++) {
			order[i] = i;
		}
		SplittableRandom random = new SplittableRandom(SEED);
		double scale = 1.0;
		double[] p = new double[k];
		long t = 0;
		for (int epoch = 0; epoch < EPOCHS; epoch++) {
			for (int i = n - 1; i > 0; i--) {
				int j = random.nextInt(i + 1);
				int swap = order[i];
				order[i] = order[j];
				order[j] = swap;
			}
			for (int i : order) {
				Vector x = vectors[i];
				double eta = ETA0 / (1 + ETA0 * LAMBDA * t++);
				logits(x, scale, p);
				softmax(p);
				scale *= 1 - eta * LAMBDA;
				for (int c = 0; c < k; c++) {
					double g = p[c] - (labels[i] == c ? 1 : 0);
					bias[c] -= eta * g;
					double step = eta * g / scale;
					for (int j = 0; j < x.index.length; j++) {
						weights[x.index[j] * k + c] -= step * x.value[j];
					}
				}
				if (scale < 1e-6) {
					rescale(scale);
					scale = 1.0;
				}
			}
		}
		rescale(scale);
	}

	private void rescale(double scale) {
		for (int i = 0; i < weights.length; i++) {
			weights[i] *= scale;
		}
	}

	Vector vectorize(List<String> features) {
		int[] ids = new int[features.size()];
		int known = 0;
		for (String feature : features) {
			Integer id = vocabulary.get(feature);
			if (id != null) {
				ids[known++] = id;
			}
		}
		Arrays.sort(ids, 0, known);
		int distinct = 0;
		for (int i = 0; i < known; i++) {
			distinct += i == 0 || ids[i] != ids[i - 1] ? 1 : 0;
		}
		int[] index = new int[distinct];
		double[] value = new double[distinct];
		double norm = 0;
		for (int i = 0, j = -1; i < known; i++) {
			if (i == 0 || ids[i] != ids[i - 1]) {
				index[++j] = ids[i];
				value[j] = 1;
			}
			else {
				value[j]++;
			}
		}
		for (int j = 0; j < distinct; j++) {
			value[j] = (1 + Math.log(value[j])) * idf[index[j]];
			norm += value[j] * value[j];
		}
		norm = Math.sqrt(norm);
		for (int j = 0; j < distinct; j++) {
			value[j] /= norm;
		}
		return new Vector(index, value);
	}

	/** Posterior probability of each category, in {@link #categories} order. */
	double[] probabilities(Vector x) {
		double[] p = new double[categories.size()];
		logits(x, 1.0, p);
		softmax(p);
		return p;
	}

	private void logits(Vector x, double scale, double[] into) {
		int k = categories.size();
		System.arraycopy(bias, 0, into, 0, k);
		for (int j = 0; j < x.index.length; j++) {
			int base = x.index[j] * k;
			double v = x.value[j] * scale;
			for (int c = 0; c < k; c++) {
				into[c] += weights[base + c] * v;
			}
		}
	}

	private static void softmax(double[] z) {
		double max = Double.NEGATIVE_INFINITY;
		for (double v : z) {
			max = Math.max(max, v);
		}
		double sum = 0;
		for (int i = 0; i < z.length; i++) {
			z[i] = Math.exp(z[i] - max);
			sum += z[i];
		}
		for (int i = 0; i < z.length; i++) {
			z[i] /= sum;
		}
	}

	/**
	 * A copy of this model corrected towards {@code category} for a text: its unseen
	 * features join the vocabulary (with the idf of a feature no training text had) and
	 * gradient steps on this one text, without penalty and without touching the biases,
	 * raise its probability of {@code category} to at least {@link #CORRECTION_TARGET}.
	 * Features it shares with a paraphrase carry the correction over; common features
	 * move less (low idf).
	 */
	SoftmaxModel corrected(List<String> features, int category) {
		Map<String, Integer> grown = vocabulary;
		double[] grownIdf = idf;
		for (String feature : features) {
			if (!grown.containsKey(feature)) {
				if (grown == vocabulary) {
					grown = new HashMap<>(vocabulary);
				}
				grown.put(feature, grown.size());
			}
		}
		int k = categories.size();
		if (grown != vocabulary) {
			grownIdf = Arrays.copyOf(idf, grown.size());
			Arrays.fill(grownIdf, idf.length, grownIdf.length, idf(documents, 0));
		}
		SoftmaxModel next = new SoftmaxModel(categories, grown, grownIdf, Arrays.copyOf(weights, grown.size() * k),
				bias.clone(), documents);
		Vector x = next.vectorize(features);
		if (x.isEmpty()) {
			return this;
		}
		for (int step = 0; step < CORRECTION_STEPS; step++) {
			double[] p = next.probabilities(x);
			if (p[category] >= CORRECTION_TARGET) {
				break;
			}
			for (int c = 0; c < k; c++) {
				double g = p[c] - (c == category ? 1 : 0);
				for (int j = 0; j < x.index.length; j++) {
					next.weights[x.index[j] * k + c] -= CORRECTION_RATE * g * x.value[j];
				}
			}
		}
		return next;
	}

}
