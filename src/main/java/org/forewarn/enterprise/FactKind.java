package org.forewarn.enterprise;

/** What kind of fact another module links to an enterprise. */
public enum FactKind {

	/** 检查/巡查 an inspection or patrol record. */
	INSPECTION,
	/** 执法案件 an enforcement case (its status follows the case). */
	ENFORCEMENT_CASE,
	/** 行政处罚 a penalty decision of a case. */
	PENALTY,
	/** 事故调查 an accident investigation. */
	ACCIDENT_INVESTIGATION,
	/** 突发事件 an incident at the enterprise. */
	INCIDENT

}
