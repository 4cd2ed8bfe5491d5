package org.forewarn.notification;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

/**
 * The e-mail channel's sender address as an administrator sets it: one plain address
 * ({@code forewarn@example.org}), parsed strictly by Jakarta Mail (RFC 822 syntax) and
 * free of control characters and markup, because it goes into every message's
 * {@code From} header and is shown back in the console.
 */
final class SenderAddress {

	private SenderAddress() {
	}

	/**
	 * Refuses (400, naming the field) anything but one plain address; null or blank
	 * leaves the setting unset.
	 */
	static void check(String value, String field) {
		if (value == null || value.isBlank()) {
			return;
		}
		String address = value.strip();
		if (address.length() > 254
				|| address.chars().anyMatch(c -> Character.isISOControl(c) || c == '<' || c == '>')) {
			throw refused(field);
		}
		try {
			InternetAddress parsed = new InternetAddress(address, true);
			parsed.validate();
			if (parsed.getPersonal() != null || !address.equals(parsed.getAddress())) {
				throw refused(field);
			}
		}
		catch (AddressException e) {
			throw refused(field);
		}
	}

	private static NotificationInputRejected refused(String field) {
		return new NotificationInputRejected(field,
				field + " is not an e-mail address; give one plain address such as forewarn@example.org.");
	}

}
