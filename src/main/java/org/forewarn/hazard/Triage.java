package org.forewarn.hazard;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.forewarn.hazard.classifier.Classification;
import org.forewarn.hazard.classifier.HazardClassifier;
import org.forewarn.hazard.classifier.LabelledText;
import org.forewarn.hazard.classifier.TrainingSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Classification of free text into the taxonomy (知), and learning from dispatchers'
 * corrections. The classifier is trained on the shipped labelled set plus every stored
 * correction; it is trained once, in the background after start-up (or on first use), and
 * each new correction updates it at once and is kept for the next training.
 */
@Component
class Triage {

	private static final Logger log = LoggerFactory.getLogger(Triage.class);

	private final TrainingExamples examples;

	private final double autoRouteConfidence;

	private volatile HazardClassifier classifier;

	Triage(TrainingExamples examples,
			@Value("${forewarn.hazard.auto-route-confidence:0.55}") double autoRouteConfidence) {
		this.examples = examples;
		this.autoRouteConfidence = autoRouteConfidence;
	}

	@EventListener(ApplicationReadyEvent.class)
	void warmUp() {
		Thread.ofVirtual().name("classifier-training").start(this::classifier);
	}

	Classification classify(String text) {
		return classifier().classify(text);
	}

	/** Whether a classification is sure enough to route without a human. */
	boolean confident(Classification classification) {
		return classification.confidence() >= autoRouteConfidence && !"OTHER".equals(classification.category());
	}

	double threshold() {
		return autoRouteConfidence;
	}

	/**
	 * A dispatcher changed the category: the text joins the training data and the
	 * classifier learns it now.
	 */
	void correct(String text, String category, String by, Instant now) {
		examples.addCorrection(text, category, by, now);
		HazardClassifier current = classifier();
		if (current.categories().contains(category)) {
			current.learn(text, category);
		}
		else {
			classifier = null; // a category the model has never seen (added by an
								// administrator): retrain with it
		}
	}

	int corrections() {
		return examples.count();
	}

	private HazardClassifier classifier() {
		HazardClassifier current = classifier;
		if (current == null) {
			synchronized (this) {
				current = classifier;
				if (current == null) {
					long started = System.nanoTime();
					List<LabelledText> all = new ArrayList<>(TrainingSet.shipped());
					all.addAll(examples.all());
					current = HazardClassifier.train(all);
					classifier = current;
					log.info("Hazard classifier trained on {} examples in {} ms", all.size(),
							(System.nanoTime() - started) / 1_000_000);
				}
			}
		}
		return current;
	}

}
