package org.forewarn.enforcement;

/** A stored evidence file no longer matches the SHA-256 taken at upload: it is not handed out (409, audited). */
class EvidenceTampered extends RuntimeException {

	EvidenceTampered(String message) {
		super(message);
	}
}
