package org.forewarn.notification;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

/**
 * A response command 应急响应部署指令 to lists of units and persons: the same delivery,
 * acknowledgement and escalation as a warning.
 *
 * @param reference the sender's own key (e.g. {@code incident:<id>:task:<n>}); sending
 * the same reference again returns the first command and notifies nobody twice
 * @param persons persons by id
 * @param departmentCodes member units ({@code 440304-SW}): their handlers and duty
 * officers receive it
 * @param issuingRegion the jurisdiction sending it (for counts and visibility)
 * @param acknowledgeWithin how soon recipients must acknowledge before escalation; null:
 * no acknowledgement asked
 */
public record Command(String reference, String title, String body, List<UUID> persons, List<String> departmentCodes,
		String issuingRegion, String issuedBy, Duration acknowledgeWithin) {

	/**
	 * The longest acknowledgement deadline: a command nobody need acknowledge for a week
	 * asks for no acknowledgement.
	 */
	public static final Duration LONGEST_ACKNOWLEDGEMENT = Duration.ofDays(7);

	public Command {
		if (acknowledgeWithin != null && (acknowledgeWithin.isNegative() || acknowledgeWithin.isZero()
				|| acknowledgeWithin.compareTo(LONGEST_ACKNOWLEDGEMENT) > 0)) {
			throw new NotificationInputRejected("acknowledgeWithinMinutes",
					"Recipients acknowledge within 1 to " + LONGEST_ACKNOWLEDGEMENT.toMinutes()
							+ " minutes (7 days), not " + acknowledgeWithin.toMinutes() + ".");
		}
		persons = persons == null ? List.of() : List.copyOf(persons);
		departmentCodes = departmentCodes == null ? List.of() : List.copyOf(departmentCodes);
	}
}
