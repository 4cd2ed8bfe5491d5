package org.forewarn.enterprise;

import java.util.Arrays;
import java.util.Optional;

/** Enterprise size (大型/中型/小型/微型, 统计上大中小微型企业划分办法); more people on site, more exposure. */
enum Scale {

	LARGE("大型", 8), MEDIUM("中型", 5), SMALL("小型", 2), MICRO("微型", 1);

	final String zh;

	final int points;

	Scale(String zh, int points) {
		this.zh = zh;
		this.points = points;
	}

	static Optional<Scale> parse(String text) {
		if (text == null || text.isBlank()) {
			return Optional.empty();
		}
		String t = text.strip();
		return Arrays.stream(values())
			.filter(s -> s.name().equalsIgnoreCase(t) || s.zh.equals(t) || (s.zh.charAt(0) + "").equals(t))
			.findFirst();
	}

}
