package org.forewarn.plan;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The plan library 预案库, the plan module's API for the incident module: matching, reading
 * a version, opening a revision after action.
 */
public interface PlanLibrary {

	/** Published plan versions' scenarios that fit the situation, best first. */
	List<PlanMatch> matches(Situation situation);

	/**
	 * A version by id, whatever its status (an incident keeps the version it was
	 * activated with).
	 */
	Optional<PlanVersionView> version(UUID versionId);

	/**
	 * Opens a revision of a plan (a new draft copied from its published version) from an
	 * after-action review of an incident or drill; returns the new version's id. Refused
	 * with 409 while a draft or review is open.
	 */
	UUID openRevision(PlanId planId, String reason, String originKind, String originId, String by);

}
