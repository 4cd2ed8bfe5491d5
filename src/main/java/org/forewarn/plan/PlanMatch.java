package org.forewarn.plan;

import java.util.List;
import java.util.UUID;

/**
 * A published plan version's scenario proposed for a situation, with the reasons in words
 * (type, level, area, live conditions met or not) and a score for ordering (more
 * conditions met first).
 */
public record PlanMatch(UUID planId, String planCode, String planName, UUID versionId, int versionNumber,
		String scenarioCode, String scenarioName, ResponseLevel suggestedLevel, List<String> reasons,
		List<String> unmet, int score) {
}
