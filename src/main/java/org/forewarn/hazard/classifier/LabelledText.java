package org.forewarn.hazard.classifier;

public record LabelledText(String text, String category) {
}
