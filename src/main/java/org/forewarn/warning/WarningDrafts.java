package org.forewarn.warning;

import java.time.Instant;
import java.util.List;

/**
 * Drafting warnings from other modules. The monitoring module's alarms propose drafts
 * through {@link #proposeFrom(Proposal)}; a duty officer of the owning jurisdiction then
 * reviews, approves (a second person) and issues them as usual.
 */
public interface WarningDrafts {

	/**
	 * What an alarm (or another source) suggests.
	 *
	 * @param eventType GB/T 35561-style event code, e.g. {@code 11B03} (rainstorm)
	 * @param regionCodes affected areas (may be empty when a polygon is given)
	 * @param polygon CAP polygon {@code "lat,lon lat,lon …"} (first = last), or null
	 * @param source what proposed it, e.g. {@code alarm:<id>}; a second proposal with the
	 * same source while the draft is still open returns that draft unchanged
	 */
	record Proposal(String eventType, Colour colour, List<String> regionCodes, String polygon, String headline,
			String description, String instruction, Instant expiresAt, String source) {
	}

	/**
	 * Files a proposal as a draft owned by the smallest jurisdiction that covers its
	 * areas, drafted by {@code system}; or, while a proposed draft of the same event type
	 * naming one of its areas is still open (draft or approved), adds its areas and
	 * evidence to that one (several gauges in one street: one draft). Four-eyes holds: a
	 * duty officer adopts (edits) the draft and a second one approves it.
	 */
	WarningId proposeFrom(Proposal proposal);

}
