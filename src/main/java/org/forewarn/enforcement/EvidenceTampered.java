package org.forewarn.enforcement;

import org.forewarn.platform.InputRejected;
import org.forewarn.platform.Refusal;

/**
 * A stored evidence file no longer matches the SHA-256 taken at upload: it is not handed
 * out (409, audited).
 */
class EvidenceTampered extends InputRejected {

	EvidenceTampered(String message) {
		super(Refusal.CONFLICT, null, message, "Evidence integrity check failed", problemType("evidence-integrity"));
	}

}
