package org.forewarn.monitoring;

/**
 * One refused reading (or message): the reason, the station and metric when known, where
 * in the request it was ({@code index} of the item, -1 for the whole message) and a
 * human-readable detail naming the field.
 */
record Rejection(RejectionReason reason, int index, String station, String metric, String field, String detail) {
}
