package org.forewarn.enterprise;

import java.time.Instant;
import java.util.Objects;

/**
 * One fact about an enterprise owned by another module.
 *
 * @param reference the owner's own number, unique per kind (e.g. inspection number, case
 * code)
 * @param status the owner's status word (e.g. {@code OPEN}, {@code CLOSED},
 * {@code DECIDED})
 * @param severity how much it weighs for risk: 0 none … 3 serious (e.g. a penalty
 * decision, a fatal accident)
 * @param link the console path that shows it (e.g. {@code /enforcement/cases/AJ-...})
 */
public record EnterpriseFact(Uscc uscc, FactKind kind, String reference, String title, String status, int severity,
		Instant at, String link) {

	public EnterpriseFact {
		Objects.requireNonNull(uscc, "uscc");
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(reference, "reference");
		Objects.requireNonNull(at, "at");
	}
}
