package org.forewarn.notification;

import org.forewarn.platform.InputRejected;

import org.forewarn.platform.Refusal;

/**
 * A contact point (e-mail address, webhook URL) that cannot be registered: 422 naming the
 * field and why.
 */
class ContactRejected extends InputRejected {

	ContactRejected(String field, String message) {
		super(Refusal.UNPROCESSABLE, field, message);
	}

}
