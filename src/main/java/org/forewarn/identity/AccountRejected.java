package org.forewarn.identity;

import org.forewarn.platform.InputRejected;

import org.springframework.http.HttpStatus;

/** A request about an account that cannot be done as asked, naming the field at fault. */
class AccountRejected extends InputRejected {

	AccountRejected(HttpStatus status, String field, String message) {
		super(status, field, message);
	}
}
