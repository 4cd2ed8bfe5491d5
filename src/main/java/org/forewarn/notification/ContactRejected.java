package org.forewarn.notification;

import org.forewarn.platform.InputRejected;

import org.springframework.http.HttpStatus;

/** A contact point (e-mail address, webhook URL) that cannot be registered: 422 naming the field and why. */
class ContactRejected extends InputRejected {

	ContactRejected(String field, String message) {
		super(HttpStatus.UNPROCESSABLE_CONTENT, field, message);
	}
}
