package org.forewarn.hazard.classifier;

import java.util.List;

/** Placeholder until the classifier branch lands. */
public final class TrainingSet {
	public static List<LabelledText> shipped() {
		return List.of(new LabelledText("燃气管道漏气", "GAS"), new LabelledText("消防通道堵塞", "FIRE"));
	}
}
