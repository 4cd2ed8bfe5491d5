package org.forewarn.warning;

import java.util.Optional;

import org.forewarn.platform.CurrentUser;

/** The warning module's query API for other modules. */
public interface Warnings {

	/** The warning, whoever asks (for listeners and schedulers). */
	Optional<WarningSummary> find(WarningId id);

	/**
	 * The warning, if the caller may see it: drafts only inside the owning jurisdiction,
	 * issued warnings also below it. Throws a 404 problem for an unknown id and
	 * {@link org.forewarn.platform.OutsideJurisdiction} (403, audited) otherwise.
	 */
	WarningSummary visibleTo(CurrentUser caller, WarningId id);

}
