package org.forewarn.organisation;

/**
 * A department (member unit 成员单位) as other modules see it; {@code code} is
 * {@code {regionCode}-{ABBR}}.
 */
public record DepartmentSummary(String code, String name, DepartmentLevel level, String regionCode,
		DepartmentKind kind) {
}
