package org.forewarn.enterprise;

import java.util.Arrays;
import java.util.Optional;

/**
 * Key supervision categories 重点类别 of production safety: each adds points to the risk
 * score because an accident there tends to be severe.
 */
enum KeyCategory {

	HAZARDOUS_CHEMICALS("危险化学品", "Hazardous chemicals", 10), MINING("非煤矿山", "Non-coal mining", 10),
	METALLURGY("冶金", "Metallurgy", 8), NONFERROUS("有色金属", "Non-ferrous metals", 6),
	DUST_EXPLOSION("粉尘涉爆", "Combustible dust", 8), AMMONIA_REFRIGERATION("涉氨制冷", "Ammonia refrigeration", 8),
	CONFINED_SPACE("有限空间作业", "Confined spaces", 5), CROWDED_PLACE("人员密集场所", "Crowded places", 6), GAS("燃气", "Gas", 8),
	FIREWORKS("烟花爆竹", "Fireworks", 10), SPECIAL_EQUIPMENT("特种设备", "Special equipment", 3),
	HIGH_RISE_WORK("高处作业", "Work at height", 3);

	final String zh;

	final String en;

	final int points;

	KeyCategory(String zh, String en, int points) {
		this.zh = zh;
		this.en = en;
		this.points = points;
	}

	static Optional<KeyCategory> parse(String text) {
		if (text == null) {
			return Optional.empty();
		}
		String t = text.strip();
		return Arrays.stream(values()).filter(k -> k.name().equalsIgnoreCase(t) || k.zh.equals(t)).findFirst();
	}

}
