package org.forewarn.warning;

import java.time.Instant;

/**
 * One message sent about a warning: the first issue ({@code Alert}), each update
 * ({@code Update}) and the lifting ({@code Cancel}), each with its own identifier, as CAP
 * and GB/T 35965.1 require; later messages reference the earlier ones. An imported
 * warning has the one message it came as.
 */
record Message(int revision, String msgType, String identifier, String sender, Instant sentAt) {
}
