package org.forewarn.hazard.classifier;

import java.util.List;

public record Classification(String category, double confidence, List<Score> ranking) {
	public record Score(String category, double probability) {
	}
}
