package org.forewarn.organisation;

import java.math.BigDecimal;

/**
 * A reservoir or river with its place and characteristic water levels (m): reservoirs
 * have a flood-limit level 汛限水位 and a design flood level 设计洪水位, rivers a warning level
 * 警戒水位 and a guaranteed level 保证水位. Reservoirs also carry their scale (MEDIUM 中型, SMALL_I
 * 小(1)型, SMALL_II 小(2)型).
 */
record ManagedObject(String code, ManagedObjectType type, String name, String scale, String districtCode,
		String streetCode, String communityCode, double latitude, double longitude, BigDecimal floodLimitLevel,
		BigDecimal designFloodLevel, BigDecimal warningLevel, BigDecimal guaranteeLevel) {
}
