package org.forewarn.hazard.classifier;

import java.util.Objects;

/**
 * A report text with the hazard category a person gave it (a category code such as
 * {@code GAS}).
 */
public record LabelledText(String text, String category) {

	public LabelledText {
		Objects.requireNonNull(text, "text");
		Objects.requireNonNull(category, "category");
	}
}
