package org.forewarn.hazard;

import java.time.Instant;

/** A new disposal order exists (a report that was not a duplicate). */
public record DisposalOrderOpened(DisposalOrderId id, String code, String categoryCode, Grade grade, Channel channel,
		String districtCode, String streetCode, String departmentCode, String enterpriseUscc, Instant at) {
}
