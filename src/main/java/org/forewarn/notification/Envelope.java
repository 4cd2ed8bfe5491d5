package org.forewarn.notification;

import java.util.UUID;

/**
 * One notice ready for a channel: whom, what, and where to ({@code address} is filled in
 * by the channel).
 */
record Envelope(UUID id, UUID subjectId, UUID personId, String kind, int revision, String title, String text) {
}
