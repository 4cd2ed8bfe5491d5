package org.forewarn.identity;

import org.forewarn.platform.InputRejected;

import org.forewarn.platform.Refusal;

/** A request about an account that cannot be done as asked, naming the field at fault. */
class AccountRejected extends InputRejected {

	AccountRejected(Refusal status, String field, String message) {
		super(status, field, message);
	}

}
