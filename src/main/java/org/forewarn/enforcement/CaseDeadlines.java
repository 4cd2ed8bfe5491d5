package org.forewarn.enforcement;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

/**
 * How long each step of a case may take (table {@code case_step_deadline}); a step
 * without a row has no deadline.
 */
record CaseDeadlines(Map<CaseStatus, Duration> limits) {

	CaseDeadlines {
		limits = limits.isEmpty() ? Map.of() : new EnumMap<>(limits);
	}

	Instant deadlineOf(CaseStatus status, Instant start) {
		Duration limit = limits.get(status);
		return limit == null || status == CaseStatus.CLOSED ? null : start.plus(limit);
	}
}
