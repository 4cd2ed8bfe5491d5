package org.forewarn.notification;

import org.forewarn.platform.InputRejected;
import org.springframework.http.HttpStatus;

/** A command or channel setting the notification module refuses, naming the field: answered with 400. */
class NotificationInputRejected extends InputRejected {

	NotificationInputRejected(String field, String message) {
		super(HttpStatus.BAD_REQUEST, field, message);
	}
}
