package org.forewarn.hazard.classifier;

import java.util.ArrayList;
import java.util.List;

import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.Viterbi.ViterbiSegment;
import com.hankcs.hanlp.seg.common.Term;

/**
 * Chinese word segmentation with HanLP's Viterbi segmenter on its core dictionary only:
 * no custom dictionary and no person-name recognition, which load more and did not change
 * accuracy (docs/benchmarks.md compares HanLP and Lucene smartcn). The dictionary loads
 * on first use, not when the platform starts. Thread-safe.
 */
final class Segmenter {

	private Segmenter() {
	}

	/** The words of a text, in order, punctuation included. */
	static List<String> words(String text) {
		List<Term> terms = Dictionary.SEGMENT.seg(text);
		List<String> words = new ArrayList<>(terms.size());
		for (Term term : terms) {
			words.add(term.word);
		}
		return words;
	}

	/**
	 * Loads the dictionary if it is not loaded yet; returns the milliseconds that took.
	 */
	static double load() {
		long start = System.nanoTime();
		words("燃气泄漏");
		return (System.nanoTime() - start) / 1e6;
	}

	private static final class Dictionary {

		private static final Segment SEGMENT = new ViterbiSegment().enableCustomDictionary(false)
			.enableNameRecognize(false);

	}

}
