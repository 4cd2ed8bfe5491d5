package org.forewarn.enforcement;

/**
 * The administrative penalty of a decision (《行政处罚法》第九条), with how much it weighs for the
 * enterprise's risk.
 */
enum PenaltyType {

	/** 警告. */
	WARNING("警告", 1),
	/** 罚款. */
	FINE("罚款", 2),
	/** 没收违法所得、没收非法财物. */
	CONFISCATION("没收违法所得", 2),
	/** 责令停产停业. */
	SUSPENSION("责令停产停业", 3),
	/** 吊销许可证件. */
	REVOCATION("吊销许可证", 3);

	private final String chinese;

	private final int severity;

	PenaltyType(String chinese, int severity) {
		this.chinese = chinese;
		this.severity = severity;
	}

	String chinese() {
		return chinese;
	}

	int severity() {
		return severity;
	}

}
