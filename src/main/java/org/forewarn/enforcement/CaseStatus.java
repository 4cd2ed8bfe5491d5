package org.forewarn.enforcement;

/**
 * Where an enforcement case stands; each status is one step of the case flow, in this
 * order.
 */
enum CaseStatus {

	/** 立案: filed, waiting for the investigation to start. */
	FILED("立案"),
	/** 调查取证: evidence is being gathered. */
	INVESTIGATING("调查取证"),
	/** 审核: a second person reviews the investigation (four-eyes). */
	REVIEWING("审核"),
	/** 决定: the penalty decision is being made. */
	DECIDING("处罚决定"),
	/** 执行: the decision is being carried out. */
	EXECUTING("执行"),
	/** 整改复查: the enterprise's rectification is checked. */
	RECHECKING("整改复查"),
	/** 结案. */
	CLOSED("结案");

	private final String chinese;

	CaseStatus(String chinese) {
		this.chinese = chinese;
	}

	String chinese() {
		return chinese;
	}

}
