package org.forewarn.hazard;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.Viterbi.ViterbiSegment;
import com.hankcs.hanlp.seg.common.Term;
import org.forewarn.hazard.classifier.Evaluation;
import org.forewarn.hazard.classifier.HazardClassifier;
import org.forewarn.hazard.classifier.LabelledText;
import org.forewarn.hazard.classifier.TrainingSet;

/**
 * Cost of the hazard classifier, single-threaded, on the shipped labelled set: the
 * segmenter's dictionary load (the first segmentation in a fresh JVM), training time,
 * held-out accuracy (80/20 stratified split), the time a dispatcher's correction takes,
 * and classification throughput against a baseline measured in the same run: segmentation
 * alone of the same texts, with the segmenter configured as the classifier's (HanLP
 * Viterbi, core dictionary, no name recognition). Every run classifies (and segments) all
 * shipped texts {@code rounds} times; prints each run and the median of {@code runs}.
 * Run:
 * {@code ./mvnw -Pbench -Dconsole.skip -DskipTests test-compile exec:java -Dexec.mainClass=org.forewarn.hazard.ClassifierBenchmark}
 * (options: -Druns=5 -Drounds=20).
 */
public class ClassifierBenchmark {

	public static void main(String[] args) {
		int runs = Integer.getInteger("runs", 5);
		int rounds = Integer.getInteger("rounds", 20);

		long t0 = System.nanoTime();
		Segment segment = new ViterbiSegment().enableCustomDictionary(false).enableNameRecognize(false);
		segment.seg("燃气泄漏");
		double loadMs = (System.nanoTime() - t0) / 1e6;
		System.out.printf("HanLP dictionary load (first segmentation in this JVM, class loading included): %.0f ms%n",
				loadMs);

		long t1 = System.nanoTime();
		List<LabelledText> shipped = TrainingSet.shipped();
		System.out.printf("shipped set: %d texts, %.1f characters on average, read in %.0f ms%n", shipped.size(),
				shipped.stream().mapToInt(e -> e.text().length()).average().orElse(0), (System.nanoTime() - t1) / 1e6);
		List<String> texts = shipped.stream().map(LabelledText::text).toList();

		TrainingSet.Split split = TrainingSet.split(shipped, 0.2, 20261123L);
		List<Double> trainMs = new ArrayList<>();
		HazardClassifier classifier = null;
		for (int run = 0; run < runs; run++) {
			long start = System.nanoTime();
			classifier = HazardClassifier.train(shipped);
			trainMs.add((System.nanoTime() - start) / 1e6);
		}
		System.out.printf("training on all %d texts: %s ms, median %.0f ms%n", shipped.size(), format(trainMs),
				median(trainMs));

		Evaluation evaluation = HazardClassifier.train(split.train()).evaluate(split.test());
		System.out.printf("held-out (train %d, test %d): accuracy %.3f, majority baseline %.3f%n", split.train().size(),
				split.test().size(), evaluation.accuracy(), evaluation.baselineAccuracy());

		// warm-up: JIT both paths
		segmentAll(segment, texts, 2);
		classifyAll(classifier, texts, 2);

		List<Double> classifyRates = new ArrayList<>();
		List<Double> segmentRates = new ArrayList<>();
		List<Double> ratios = new ArrayList<>();
		int n = texts.size() * rounds;
		for (int run = 1; run <= runs; run++) {
			double segmented = segmentAll(segment, texts, rounds);
			double classified = classifyAll(classifier, texts, rounds);
			segmentRates.add(segmented);
			classifyRates.add(classified);
			ratios.add(classified / segmented);
			System.out
				.printf("run %d: classify %,.0f reports/s | segmentation alone %,.0f reports/s (%d reports each) | "
						+ "ratio %.2f%n", run, classified, segmented, n, classified / segmented);
		}
		double classifyMedian = median(classifyRates);
		double segmentMedian = median(segmentRates);
		System.out.printf(
				"median of %d runs: classify %,.0f reports/s (%.1f µs/report), segmentation alone %,.0f reports/s "
						+ "(%.1f µs/report), ratio classify/segmentation %.2f (median of per-run ratios %.2f)%n",
				runs, classifyMedian, 1e6 / classifyMedian, segmentMedian, 1e6 / segmentMedian,
				classifyMedian / segmentMedian, median(ratios));

		List<Double> learnMs = new ArrayList<>();
		for (LabelledText correction : split.test().subList(0, 20)) {
			long start = System.nanoTime();
			classifier.learn(correction.text(), correction.category().equals("OTHER") ? "FIRE" : "OTHER");
			learnMs.add((System.nanoTime() - start) / 1e6);
		}
		System.out.printf("learn(): median %.1f ms, max %.1f ms over 20 corrections%n", median(learnMs),
				Collections.max(learnMs));
	}

	/** reports/s */
	private static double segmentAll(Segment segment, List<String> texts, int rounds) {
		long start = System.nanoTime();
		int terms = 0;
		for (int round = 0; round < rounds; round++) {
			for (String text : texts) {
				List<Term> words = segment.seg(text);
				terms += words.size();
			}
		}
		long elapsed = System.nanoTime() - start;
		if (terms == 0) {
			throw new IllegalStateException("no words");
		}
		return texts.size() * rounds / (elapsed / 1e9);
	}

	/** reports/s */
	private static double classifyAll(HazardClassifier classifier, List<String> texts, int rounds) {
		long start = System.nanoTime();
		double confidence = 0;
		for (int round = 0; round < rounds; round++) {
			for (String text : texts) {
				confidence += classifier.classify(text).confidence();
			}
		}
		long elapsed = System.nanoTime() - start;
		if (confidence == 0) {
			throw new IllegalStateException("no classification");
		}
		return texts.size() * rounds / (elapsed / 1e9);
	}

	private static String format(List<Double> values) {
		return values.stream().map(v -> String.format("%.0f", v)).reduce((a, b) -> a + " / " + b).orElse("");
	}

	private static double median(List<Double> values) {
		List<Double> sorted = new ArrayList<>(values);
		Collections.sort(sorted);
		int mid = sorted.size() / 2;
		return sorted.size() % 2 == 1 ? sorted.get(mid) : (sorted.get(mid - 1) + sorted.get(mid)) / 2;
	}

}
