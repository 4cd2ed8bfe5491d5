package org.forewarn.hazard;

import java.time.Instant;

/**
 * Supervision 督办 was raised on an order: automatically when a step ran over its deadline
 * ({@code YELLOW}, then {@code RED}), or by a superior ({@code MANUAL}). Addressed to the
 * level above the order's territory ({@code notifyRegionCode}: the district for yellow,
 * the city for red) — the notification module delivers it.
 */
public record DisposalOrderSupervised(DisposalOrderId id, String code, String level, String step,
		String notifyRegionCode, String departmentCode, String streetCode, String note, Instant at) {
}
