package org.forewarn.enterprise;

/** No enterprise has this Unified Social Credit Code. */
public class UnknownEnterprise extends RuntimeException {

	private final String uscc;

	public UnknownEnterprise(String uscc) {
		super("no enterprise with unified social credit code " + uscc);
		this.uscc = uscc;
	}

	public String uscc() {
		return uscc;
	}

}
