package org.forewarn.notification;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * An external channel. It takes a batch and says, per notice, whether it took it (absent
 * or null: it did).
 */
interface Channel {

	ChannelType type();

	/**
	 * Sends the batch; the answer maps the ids of the notices that failed to the reason.
	 */
	Map<UUID, String> send(List<Envelope> batch);

}
