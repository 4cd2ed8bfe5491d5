package org.forewarn.monitoring;

/**
 * Why telemetry was refused. Every refusal is counted under its reason; nothing is
 * dropped silently.
 */
enum RejectionReason {

	/** The body or payload is not JSON of the documented shape. */
	MALFORMED_JSON,
	/** The payload is larger than the platform accepts in one message or request. */
	TOO_LARGE,
	/** No station field (HTTP) or an invalid topic (MQTT). */
	MISSING_STATION,
	/** No station with this code is registered. */
	UNKNOWN_STATION,
	/** The station has no sensor for this metric. */
	UNKNOWN_METRIC,
	/**
	 * {@code ts} is missing or not an ISO-8601 time with offset (or epoch milliseconds).
	 */
	MALFORMED_TIMESTAMP,
	/**
	 * {@code ts} is in the future beyond the allowed clock skew, or older than the
	 * raw-data retention.
	 */
	TIMESTAMP_OUT_OF_RANGE,
	/** No {@code values} object, or an empty one. */
	MISSING_VALUES,
	/** A value is not a JSON number. */
	MALFORMED_VALUE,
	/** A value lies outside the sensor's physically plausible range. */
	VALUE_OUT_OF_RANGE,
	/**
	 * The ingestion queue was full: the sender should retry (HTTP 503). Counted, not
	 * stored.
	 */
	OVERLOADED

}
