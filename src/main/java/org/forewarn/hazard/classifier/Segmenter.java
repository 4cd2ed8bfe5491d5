package org.forewarn.hazard.classifier;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.Viterbi.ViterbiSegment;
import com.hankcs.hanlp.seg.common.Term;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Chinese word segmentation. The dictionary loads on first use (class initialisation of the holder), not when the
 * platform starts. Thread-safe.
 */
final class Segmenter {

	private Segmenter() {
	}

	static final String KIND = System.getProperty("forewarn.classifier.segmenter", "hanlp");

	/** The words of a text, in order. */
	static List<String> words(String text) {
		return switch (KIND) {
			case "smartcn" -> Smartcn.words(text);
			case "none" -> List.of();
			default -> Hanlp.words(text);
		};
	}

	/** Forces the dictionary to load; returns the milliseconds it took (0 if already loaded). */
	static double load() {
		long start = System.nanoTime();
		words("燃气泄漏");
		return (System.nanoTime() - start) / 1e6;
	}

	private static final class Hanlp {

		private static final Segment SEGMENT = new ViterbiSegment()
			.enableCustomDictionary(Boolean.getBoolean("forewarn.classifier.hanlp.custom"))
			.enableNameRecognize(false);

		static List<String> words(String text) {
			List<Term> terms = SEGMENT.seg(text);
			List<String> words = new ArrayList<>(terms.size());
			for (Term term : terms) {
				words.add(term.word);
			}
			return words;
		}
	}

	private static final class Smartcn {

		private static final Analyzer ANALYZER = new SmartChineseAnalyzer();

		static List<String> words(String text) {
			List<String> words = new ArrayList<>();
			try (TokenStream stream = ANALYZER.tokenStream("text", text)) {
				CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
				stream.reset();
				while (stream.incrementToken()) {
					words.add(term.toString());
				}
				stream.end();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			return words;
		}
	}
}
