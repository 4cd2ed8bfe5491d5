package org.forewarn.enterprise;

import java.util.List;
import java.util.UUID;

import org.forewarn.warning.WarningId;

/**
 * A warning covers an enterprise's site and the enterprise code 一企一码 pushes it to the
 * enterprise's registered contacts: published once per enterprise and warning revision
 * after the warning went onto the enterprise's profile. The notification module delivers
 * it after this module's transaction commits; this module needs no answer, so it owns the
 * event and depends on nothing of notification.
 *
 * @param uscc the enterprise's Unified Social Credit Code
 * @param warning the warning pushed
 * @param revision the warning's revision (an update is pushed again)
 * @param title the notice's title, {@code 【一企一码】} and the warning's event, colour and
 * headline
 * @param text the notice's text: description, instruction and why the enterprise receives
 * it
 * @param contacts the persons of the enterprise users bound to the enterprise, never
 * empty
 * @param ownerRegion the jurisdiction that issued the warning
 * @param requestedBy who issued (or updated) the warning
 */
public record WarningPushRequested(String uscc, WarningId warning, int revision, String title, String text,
		List<UUID> contacts, String ownerRegion, String requestedBy) {

	public WarningPushRequested {
		contacts = List.copyOf(contacts);
	}
}
