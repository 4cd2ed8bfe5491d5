package org.forewarn.organisation;

/** The {@code @PreAuthorize} rules of the organisation API, in one place. */
final class Access {

	/** Anyone logged in: the organisation chart is not secret inside the platform. */
	static final String ANYONE = "isAuthenticated()";

	/** Staff who work with people: everyone but responsible persons and enterprises. */
	static final String STAFF = "hasAnyRole('ADMIN', 'DUTY_OFFICER', 'ANALYST', 'COMMANDER', 'HANDLER', 'GRID_WORKER', 'INSPECTOR')";

	/** Staff and responsible persons (who look up their reservoir or river). */
	static final String STAFF_AND_RESPONSIBLE = "hasAnyRole('ADMIN', 'DUTY_OFFICER', 'ANALYST', 'COMMANDER', 'HANDLER',"
			+ " 'GRID_WORKER', 'INSPECTOR', 'RESPONSIBLE_PERSON')";

	static final String ADMIN = "hasRole('ADMIN')";

	private Access() {
	}

}
