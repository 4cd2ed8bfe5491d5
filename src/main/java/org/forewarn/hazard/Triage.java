package org.forewarn.hazard;

import java.sql.Timestamp;
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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Classification of free text into the taxonomy (知), and learning from dispatchers' corrections. The classifier is
 * trained on the shipped labelled set plus every stored correction; it is trained once, in the background after
 * start-up (or on first use), and each new correction updates it at once and is kept for the next training.
 */
@Component
class Triage {

	private static final Logger log = LoggerFactory.getLogger(Triage.class);

	private final JdbcClient jdbc;
	private final double autoRouteConfidence;
	private volatile HazardClassifier classifier;

	Triage(JdbcClient jdbc, @Value("${forewarn.hazard.auto-route-confidence:0.55}") double autoRouteConfidence) {
		this.jdbc = jdbc;
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

	/** A dispatcher changed the category: the text joins the training data and the classifier learns it now. */
	void correct(String text, String category, String by, Instant now) {
		jdbc.sql("""
				insert into hazard_training_example (text, category_code, source, created_by, created_at)
				values (:text, :category, 'CORRECTION', :by, :at)""")
			.param("text", text)
			.param("category", category)
			.param("by", by)
			.param("at", Timestamp.from(now))
			.update();
		HazardClassifier current = classifier();
		if (current.categories().contains(category)) {
			current.learn(text, category);
		}
		else {
			classifier = null; // a category the model has never seen (added by an administrator): retrain with it
		}
	}

	int corrections() {
		return jdbc.sql("select count(*) from hazard_training_example").query(Integer.class).single();
	}

	private HazardClassifier classifier() {
		HazardClassifier current = classifier;
		if (current == null) {
			synchronized (this) {
				current = classifier;
				if (current == null) {
					long started = System.nanoTime();
					List<LabelledText> examples = new ArrayList<>(TrainingSet.shipped());
					examples.addAll(jdbc.sql("select text, category_code from hazard_training_example order by id")
						.query((rs, n) -> new LabelledText(rs.getString(1), rs.getString(2)))
						.list());
					current = HazardClassifier.train(examples);
					classifier = current;
					log.info("Hazard classifier trained on {} examples in {} ms", examples.size(),
							(System.nanoTime() - started) / 1_000_000);
				}
			}
		}
		return current;
	}
}
