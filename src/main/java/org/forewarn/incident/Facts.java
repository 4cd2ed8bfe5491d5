package org.forewarn.incident;

import java.math.BigDecimal;

/**
 * The figures an information report states: casualties, missing/trapped, evacuated,
 * direct loss (yuan).
 */
record Facts(int deaths, int injured, int missing, int trapped, int evacuated, BigDecimal directLoss) {

	static final Facts NONE = new Facts(0, 0, 0, 0, 0, BigDecimal.ZERO);

	BigDecimal value(String fact) {
		return switch (fact) {
			case "deaths" -> BigDecimal.valueOf(deaths);
			case "injured" -> BigDecimal.valueOf(injured);
			case "missing" -> BigDecimal.valueOf(missing);
			case "trapped" -> BigDecimal.valueOf(trapped);
			case "evacuated" -> BigDecimal.valueOf(evacuated);
			case "deaths_missing" -> BigDecimal.valueOf((long) deaths + missing);
			case "direct_loss" -> directLoss;
			default -> BigDecimal.ZERO;
		};
	}
}
