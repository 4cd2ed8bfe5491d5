package org.forewarn.hazard.classifier;

import java.util.List;

/**
 * The classifier's answer for one text: the most probable category, its probability
 * ({@code confidence}, a softmax posterior, so a threshold such as 0.55 means what it
 * says) and every category's probability, most probable first.
 */
public record Classification(String category, double confidence, List<Score> ranking) {

	public Classification {
		ranking = List.copyOf(ranking);
	}

	/** One category's posterior probability. */
	public record Score(String category, double probability) {
	}
}
