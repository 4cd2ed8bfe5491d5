package org.forewarn.hazard.classifier;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Turns a report into feature names: the segmenter's words ({@code w:} prefix), the
 * Chinese characters ({@code c:}) and the character bigrams of each run of Chinese
 * characters ({@code b:}). Characters and bigrams keep colloquial text and words the
 * dictionary splits wrongly (福保街道 → 福/保, 锁气卸灰 → 锁/气/卸/灰) recognisable; on the shipped set
 * the characters add four points of cross-validated accuracy to words and bigrams
 * (docs/benchmarks.md). Text is NFKC-normalised (full-width → half-width), lower-cased,
 * digits folded to {@code 0} and cut to {@link #MAX_CHARS} characters.
 */
final class Features {

	/**
	 * Longer reports are cut: the first paragraphs carry the category, and segmentation
	 * cost grows with length.
	 */
	static final int MAX_CHARS = 1_000;

	private Features() {
	}

	static String normalize(String text) {
		if (text == null) {
			return "";
		}
		String cut = text.length() > 2 * MAX_CHARS ? text.substring(0, 2 * MAX_CHARS) : text;
		String normal = (Normalizer.isNormalized(cut, Normalizer.Form.NFKC) ? cut
				: Normalizer.normalize(cut, Normalizer.Form.NFKC))
			.toLowerCase(Locale.ROOT)
			.strip();
		if (normal.length() > MAX_CHARS) {
			normal = normal.substring(0, MAX_CHARS);
		}
		StringBuilder folded = new StringBuilder(normal.length());
		for (int i = 0; i < normal.length(); i++) {
			char c = normal.charAt(i);
			folded.append(c >= '0' && c <= '9' ? '0' : c);
		}
		return folded.toString();
	}

	/**
	 * Feature names of a text, repeated as often as they occur; empty for blank or
	 * feature-less text.
	 */
	static List<String> of(String text) {
		String normal = normalize(text);
		List<String> features = new ArrayList<>();
		if (normal.isEmpty()) {
			return features;
		}
		for (String word : Segmenter.words(normal)) {
			if (hasContent(word)) {
				features.add("w:" + word);
			}
		}
		for (int i = 0; i < normal.length(); i++) {
			char c = normal.charAt(i);
			if (isHan(c)) {
				features.add("c:" + c);
			}
		}
		for (int i = 0; i + 1 < normal.length(); i++) {
			char a = normal.charAt(i);
			char b = normal.charAt(i + 1);
			if (isHan(a) && isHan(b)) {
				features.add("b:" + a + b);
			}
		}
		return features;
	}

	private static boolean hasContent(String word) {
		for (int i = 0; i < word.length(); i++) {
			if (Character.isLetterOrDigit(word.charAt(i))) {
				return true;
			}
		}
		return false;
	}

	private static boolean isHan(char c) {
		return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
	}

}
