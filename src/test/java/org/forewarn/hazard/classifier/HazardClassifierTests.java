package org.forewarn.hazard.classifier;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

class HazardClassifierTests {

	private static final double DISPATCH_THRESHOLD = 0.55;

	private static final long SEED = 20261123L;

	private static TrainingSet.Split split;

	private static HazardClassifier heldOut;

	private static HazardClassifier shipped;

	@BeforeAll
	static void train() {
		List<LabelledText> all = TrainingSet.shipped();
		split = TrainingSet.split(all, 0.2, SEED);
		heldOut = HazardClassifier.train(split.train());
		shipped = HazardClassifier.train(all);
	}

	@Test
	void classifiesHeldOutReportsFarBetterThanAlwaysAnsweringTheCommonestCategory() {
		Evaluation evaluation = heldOut.evaluate(split.test());
		System.out.print(evaluation.summary());

		assertThat(evaluation.examples()).isEqualTo(split.test().size());
		assertThat(evaluation.accuracy()).isGreaterThanOrEqualTo(0.80);
		assertThat(evaluation.accuracy()).isGreaterThanOrEqualTo(evaluation.baselineAccuracy() + 0.5);
		assertThat(evaluation.categories().keySet()).isEqualTo(TrainingSet.CATEGORIES);
	}

	@Test
	void answersEveryCategoryOfTheTaxonomy() {
		assertThat(shipped.categories()).isEqualTo(TrainingSet.CATEGORIES);
	}

	@Test
	void recognisesAGasLeakWithConfidenceAboveTheDispatchThreshold() {
		Classification gas = shipped.classify("燃气管道漏气，闻到很浓的煤气味");

		assertThat(gas.category()).isEqualTo("GAS");
		assertThat(gas.confidence()).isGreaterThan(DISPATCH_THRESHOLD);
		assertThat(gas.ranking().get(0)).isEqualTo(new Classification.Score("GAS", gas.confidence()));
		assertThat(gas.ranking()).hasSize(15);
		assertThat(gas.ranking().stream().mapToDouble(Classification.Score::probability).sum()).isCloseTo(1.0,
				within(1e-9));
	}

	@Test
	void answersOtherWithLowConfidenceForBlankText() {
		for (String blank : new String[] { null, "", "   \n\t" }) {
			Classification answer = shipped.classify(blank);

			assertThat(answer.category()).isEqualTo("OTHER");
			assertThat(answer.confidence()).isCloseTo(1.0 / 15, within(1e-9));
			assertThat(answer.ranking()).hasSize(15);
		}
	}

	@Test
	void givesLowConfidenceToGarbage() {
		for (String garbage : new String[] { "？？？……！！", "zxcv qwerty uiop", "哈哈哈哈哈哈", "ok", "。。。" }) {
			Classification answer = shipped.classify(garbage);

			assertThat(answer.confidence()).as(garbage).isLessThan(DISPATCH_THRESHOLD);
		}
	}

	@Test
	void readsTextOfAnyLength() {
		String report = "燃气管道漏气，闻到很浓的煤气味。".repeat(20_000);

		assertThat(shipped.classify(report).category()).isEqualTo("GAS");
	}

	@Test
	void learnsFromADispatchersCorrectionForTheSameTextAndItsParaphrases() {
		HazardClassifier classifier = HazardClassifier.train(split.train());
		// no training text is about swimming-pool safety: the model guesses, a dispatcher
		// corrects
		String report = "游泳池的救生员不在岗，池边没有救生设备";
		assertThat(classifier.classify(report).category()).isNotEqualTo("CROWDED_PLACE");

		classifier.learn(report, "CROWDED_PLACE");

		assertThat(classifier.classify(report).category()).isEqualTo("CROWDED_PLACE");
		assertThat(classifier.classify(report).confidence()).isGreaterThanOrEqualTo(0.9);
		for (String paraphrase : List.of("小区泳池没有救生员，池边也没有救生圈", "酒店游泳池救生员经常不在岗", "游泳馆池边没有配备救生设备")) {
			assertThat(classifier.classify(paraphrase).category()).as(paraphrase).isEqualTo("CROWDED_PLACE");
		}
	}

	@Test
	void aCorrectionLeavesTheRestOfTheModelAlone() {
		HazardClassifier classifier = HazardClassifier.train(split.train());
		double accuracy = classifier.evaluate(split.test()).accuracy();

		classifier.learn("小区门口的路面塌了一个坑", "GEOLOGICAL");
		classifier.learn("电梯里有人抽烟", "OTHER");

		assertThat(classifier.evaluate(split.test()).accuracy()).isCloseTo(accuracy, within(0.02));
	}

	@Test
	void refusesACorrectionToAnUnknownCategoryAndIgnoresOneWithoutText() {
		HazardClassifier classifier = HazardClassifier.train(split.train());
		Classification before = classifier.classify("燃气管道漏气");

		assertThatIllegalArgumentException().isThrownBy(() -> classifier.learn("燃气管道漏气", "NUCLEAR"));
		classifier.learn("  ！！ ", "GAS");

		assertThat(classifier.classify("燃气管道漏气")).isEqualTo(before);
	}

	@Test
	void trainsTheSameModelFromTheSameExamples() {
		HazardClassifier again = HazardClassifier.train(split.train());

		for (LabelledText example : split.test()) {
			assertThat(again.classify(example.text())).isEqualTo(heldOut.classify(example.text()));
		}
	}

	@Test
	void classifiesConsistentlyWhileLearning() throws Exception {
		List<LabelledText> corrections = split.test().subList(0, 30);
		String probe = corrections.get(0).text();
		// what a probe may legitimately see: the model after k of the corrections, k =
		// 0..30
		HazardClassifier sequential = HazardClassifier.train(split.train());
		Set<Classification> snapshots = new HashSet<>();
		snapshots.add(sequential.classify(probe));
		for (LabelledText correction : corrections) {
			sequential.learn(correction.text(), rotate(correction.category()));
			snapshots.add(sequential.classify(probe));
		}

		HazardClassifier classifier = HazardClassifier.train(split.train());
		AtomicBoolean learning = new AtomicBoolean(true);
		ExecutorService readers = Executors.newFixedThreadPool(3);
		List<Future<List<Classification>>> seen = new ArrayList<>();
		for (int t = 0; t < 3; t++) {
			seen.add(readers.submit(() -> {
				List<Classification> answers = new ArrayList<>();
				while (learning.get() || answers.isEmpty()) {
					answers.add(classifier.classify(probe));
					for (LabelledText other : split.test().subList(30, 60)) {
						assertThat(classifier.categories()).contains(classifier.classify(other.text()).category());
					}
				}
				return answers;
			}));
		}
		for (LabelledText correction : corrections) {
			classifier.learn(correction.text(), rotate(correction.category()));
		}
		learning.set(false);
		readers.shutdown();
		assertThat(readers.awaitTermination(60, TimeUnit.SECONDS)).isTrue();

		for (Future<List<Classification>> answers : seen) {
			assertThat(snapshots).containsAll(answers.get());
		}
		assertThat(classifier.classify(probe)).isEqualTo(sequential.classify(probe));
		for (LabelledText example : split.test()) {
			assertThat(classifier.classify(example.text())).isEqualTo(sequential.classify(example.text()));
		}
	}

	/** A deliberately different category, so that every correction changes the model. */
	private static String rotate(String category) {
		List<String> categories = List.copyOf(new java.util.TreeSet<>(TrainingSet.CATEGORIES));
		return categories.get((categories.indexOf(category) + 1) % categories.size());
	}

}
