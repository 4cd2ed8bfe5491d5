package org.forewarn.notification;

import org.forewarn.platform.InputRejected;
import org.forewarn.platform.Refusal;

/**
 * A command or channel setting the notification module refuses, naming the field:
 * answered with 400.
 */
class NotificationInputRejected extends InputRejected {

	NotificationInputRejected(String field, String message) {
		super(Refusal.INVALID, field, message);
	}

}
