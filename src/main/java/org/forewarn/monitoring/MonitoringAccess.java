package org.forewarn.monitoring;

/** The {@code @PreAuthorize} rules of the monitoring API, in one place. */
final class MonitoringAccess {

	/**
	 * Who watches stations and alarms: staff of the command centres, member units, grids
	 * and responsible persons.
	 */
	static final String VIEWERS = "hasAnyRole('ADMIN', 'DUTY_OFFICER', 'ANALYST', 'COMMANDER', 'HANDLER', 'GRID_WORKER',"
			+ " 'INSPECTOR', 'RESPONSIBLE_PERSON')";

	/** Who handles alarms (acknowledge, clear, assign, open a hazard report). */
	static final String HANDLERS = "hasAnyRole('ADMIN', 'DUTY_OFFICER', 'COMMANDER')";

	/** Who comments on alarms. */
	static final String COMMENTERS = "hasAnyRole('ADMIN', 'DUTY_OFFICER', 'COMMANDER', 'ANALYST', 'HANDLER')";

	/**
	 * Who sends telemetry over HTTP: gateways with an API key, and administrators
	 * (back-fill).
	 */
	static final String SENDERS = "hasAnyRole('ADMIN', 'INTEGRATION')";

	/** Who reads the refusal counters. */
	static final String OPERATORS = "hasAnyRole('ADMIN', 'DUTY_OFFICER', 'INTEGRATION')";

	private MonitoringAccess() {
	}

}
