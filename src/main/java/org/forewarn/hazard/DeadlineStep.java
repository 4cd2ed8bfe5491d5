package org.forewarn.hazard;

/**
 * The timed steps of a disposal order; each has a deadline per grade in
 * {@code hazard_deadline_policy}.
 */
enum DeadlineStep {

	DISPATCH, ACCEPT, VERIFY, RECTIFY, REVIEW

}
