package org.forewarn.identity;

import java.net.URI;

import org.forewarn.platform.InputRejected;

import org.forewarn.platform.Refusal;

/**
 * A password that the {@link PasswordPolicy} refuses: 400, naming the field and every
 * rule it breaks.
 */
class PasswordRefused extends InputRejected {

	private final PasswordPolicy.Verdict verdict;

	PasswordRefused(String field, PasswordPolicy.Verdict verdict) {
		super(Refusal.INVALID, field, verdict.message());
		this.verdict = verdict;
	}

	PasswordPolicy.Verdict verdict() {
		return verdict;
	}

	@Override
	public String title() {
		return "Password too weak";
	}

	@Override
	public URI type() {
		return URI.create("https://forewarn.org/problems/weak-password");
	}

}
