package org.forewarn.notification;

import java.util.UUID;

/**
 * The identity of a response command 应急响应部署指令 sent through
 * {@link Notifications#send(Command)}.
 */
public record CommandId(UUID value) {

	public CommandId {
		if (value == null) {
			throw new IllegalArgumentException("a command id needs a value");
		}
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
