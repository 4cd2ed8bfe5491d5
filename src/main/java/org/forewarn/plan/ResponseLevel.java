package org.forewarn.plan;

import java.util.Arrays;

/**
 * An emergency response level 应急响应级别, Ⅰ the highest. Measures of a level apply at that
 * level and every higher one.
 */
public enum ResponseLevel {

	I, II, III, IV;

	/** Whether this level is at least as high (severe) as {@code other}. */
	public boolean atLeast(ResponseLevel other) {
		return ordinal() <= other.ordinal();
	}

	/** The level named by {@code text} ("I".."IV"), or null if it names none. */
	public static ResponseLevel parse(String text) {
		if (text == null) {
			return null;
		}
		return Arrays.stream(values())
			.filter(l -> l.name().equals(text.strip().toUpperCase()))
			.findFirst()
			.orElse(null);
	}

}
