package org.forewarn.incident;

/**
 * A move on one task of the command board, by the tasked unit's handlers or the
 * incident's commanders; {@link ResponseDesk} runs it with a {@code switch} over the
 * type.
 */
sealed interface TaskCommand {

	/** The unit confirms it received the task 签收. */
	record Acknowledge() implements TaskCommand {
	}

	/** The unit is working on it 处置中. */
	record Start() implements TaskCommand {
	}

	/** Done 已完成 (final). */
	record Finish() implements TaskCommand {
	}

	/** The unit cannot go on 受阻, and says why. */
	record Block(String reason) implements TaskCommand {
	}

}
