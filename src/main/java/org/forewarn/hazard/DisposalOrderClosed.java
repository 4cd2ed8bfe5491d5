package org.forewarn.hazard;

import java.time.Instant;

/**
 * A disposal order was closed 办结 after review. {@code rectified} is false when the check
 * found no hazard; {@code onTime} is false when any step ran over its deadline.
 */
public record DisposalOrderClosed(DisposalOrderId id, String code, String categoryCode, Grade grade, boolean rectified,
		boolean onTime, String districtCode, String enterpriseUscc, Instant at) {
}
