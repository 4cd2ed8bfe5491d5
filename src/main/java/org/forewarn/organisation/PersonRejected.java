package org.forewarn.organisation;

import org.forewarn.platform.InputRejected;
import org.forewarn.platform.Refusal;

/**
 * A person that cannot be registered: an invalid field (with the same {@code errors}
 * shape as bean validation) or a duplicate. Answered as a problem detail by the
 * platform's error handling.
 */
class PersonRejected extends InputRejected {

	private PersonRejected(Refusal refusal, String field, String message, String title, java.net.URI type) {
		super(refusal, field, message, title, type);
	}

	static PersonRejected invalid(String field, String message) {
		return new PersonRejected(Refusal.INVALID, field, message, "Invalid request", VALIDATION);
	}

	static PersonRejected duplicate(PersonRole role, MobileNumber phone) {
		return new PersonRejected(Refusal.CONFLICT, null,
				"A %s with phone %s is registered already.".formatted(role, phone.masked()), "Duplicate person",
				problemType("duplicate-person"));
	}

}
