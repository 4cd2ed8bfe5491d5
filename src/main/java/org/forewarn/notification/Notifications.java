package org.forewarn.notification;

import java.util.UUID;

/**
 * The notification module's API for other modules (the incident module sends its commands
 * through it).
 */
public interface Notifications {

	/**
	 * Sends a command to its persons and units now. Idempotent by
	 * {@link Command#reference()}. Throws {@link IllegalArgumentException} when it names
	 * no known recipient.
	 */
	CommandId send(Command command);

	/** Delivery and acknowledgement counts of a warning (by its id) or a command. */
	DeliveryCounts countsOf(UUID subjectId);

}
