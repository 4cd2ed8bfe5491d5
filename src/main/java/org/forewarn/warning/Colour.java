package org.forewarn.warning;

/**
 * The four warning levels 预警级别 (突发事件应对法 Art. 42): red 一级 特别严重 is the highest, blue 四级 一般
 * the lowest. CAP has no colours; the cross-walk to CAP severity is Red→Extreme,
 * Orange→Severe, Yellow→Moderate, Blue→Minor (Yellow and Blue as a commercial Chinese
 * feed maps them; Red and Orange by extension, see STANDARDS.md §2.2).
 */
public enum Colour {

	RED(1, "红色", "I", "特别严重", "Extreme", "Red"), ORANGE(2, "橙色", "II", "严重", "Severe", "Orange"),
	YELLOW(3, "黄色", "III", "较重", "Moderate", "Yellow"), BLUE(4, "蓝色", "IV", "一般", "Minor", "Blue");

	private final int level;

	private final String chinese;

	private final String roman;

	private final String gravity;

	private final String capSeverity;

	private final String english;

	Colour(int level, String chinese, String roman, String gravity, String capSeverity, String english) {
		this.level = level;
		this.chinese = chinese;
		this.roman = roman;
		this.gravity = gravity;
		this.capSeverity = capSeverity;
		this.english = english;
	}

	/** 1 (red) … 4 (blue). */
	public int level() {
		return level;
	}

	/** 红色, 橙色, 黄色, 蓝色. */
	public String chinese() {
		return chinese;
	}

	/** The headline suffix of live CMA messages, e.g. {@code [Ⅲ级/较重]}. */
	public String gradeLabel() {
		return "[" + roman + "级/" + gravity + "]";
	}

	/** CAP 1.2 {@code info/severity}. */
	public String capSeverity() {
		return capSeverity;
	}

	/** GB/T 35965.1 {@code info/severity}: Red, Orange, Yellow, Blue. */
	public String english() {
		return english;
	}

	/**
	 * The colour a CAP severity stands for, or null for {@code Unknown} and anything
	 * else.
	 */
	static Colour ofCapSeverity(String severity) {
		for (Colour colour : values()) {
			if (colour.capSeverity.equalsIgnoreCase(severity)) {
				return colour;
			}
		}
		return null;
	}

	/**
	 * The colour of a GB/T 35965.1 severity or a colour word (Red, 红色, red …), or null.
	 */
	static Colour ofWord(String word) {
		if (word == null) {
			return null;
		}
		String w = word.strip();
		for (Colour colour : values()) {
			if (colour.english.equalsIgnoreCase(w) || colour.name().equalsIgnoreCase(w) || colour.chinese.equals(w)
					|| w.equals(colour.chinese.substring(0, 1))) {
				return colour;
			}
		}
		return null;
	}

}
