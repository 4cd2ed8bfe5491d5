package org.forewarn.hazard.classifier;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Placeholder until the classifier branch lands: keyword lookup. */
public final class HazardClassifier {
	private final Map<String, String> words = new ConcurrentHashMap<>(Map.of("燃气", "GAS", "煤气", "GAS", "消防", "FIRE",
			"积水", "FLOODING", "边坡", "GEOLOGICAL", "电梯", "SPECIAL_EQUIPMENT", "脚手架", "CONSTRUCTION"));

	public static HazardClassifier train(List<LabelledText> examples) {
		return new HazardClassifier();
	}

	public Classification classify(String text) {
		for (var e : words.entrySet()) {
			if (text != null && text.contains(e.getKey())) {
				return new Classification(e.getValue(), 0.9, List.of(new Classification.Score(e.getValue(), 0.9)));
			}
		}
		return new Classification("OTHER", 0.2, List.of(new Classification.Score("OTHER", 0.2)));
	}

	public void learn(String text, String category) {
		words.put(text, category);
	}

	public Set<String> categories() {
		return Set.copyOf(words.values());
	}
}
