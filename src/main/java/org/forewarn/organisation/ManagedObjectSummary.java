package org.forewarn.organisation;

import java.math.BigDecimal;

/**
 * A reservoir or river as other modules see it: where it lies and its characteristic
 * water levels (m). Reservoirs have {@code floodLimitLevel} 汛限水位 and
 * {@code designFloodLevel} 设计洪水位, rivers {@code warningLevel} 警戒水位 and
 * {@code guaranteeLevel} 保证水位; the other two are null.
 */
public record ManagedObjectSummary(String code, ManagedObjectType type, String name, String districtCode,
		String streetCode, String communityCode, double latitude, double longitude, BigDecimal floodLimitLevel,
		BigDecimal designFloodLevel, BigDecimal warningLevel, BigDecimal guaranteeLevel) {
}
