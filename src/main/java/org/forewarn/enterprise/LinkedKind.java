package org.forewarn.enterprise;

/**
 * Every kind of fact on an enterprise's profile: the {@link FactKind}s other modules
 * record, plus the ones this module keeps itself (from events, imports and the portal).
 * Stored by name in {@code enterprise_fact.kind}.
 */
enum LinkedKind {

	HAZARD("隐患与处置单"), INSPECTION("检查"), ENFORCEMENT_CASE("执法案件"), PENALTY("行政处罚"), ACCIDENT_INVESTIGATION("事故调查"),
	INCIDENT("突发事件"), RISK_ASSESSMENT("风险评估"), TRAINING("安全培训"), CERTIFICATE("证照"), ALARM("监测告警"), WARNING("预警"),
	TAX("纳税"), SOCIAL_INSURANCE("社保"), RECTIFICATION_ANSWER("整改回复");

	final String zh;

	LinkedKind(String zh) {
		this.zh = zh;
	}

	static LinkedKind of(FactKind kind) {
		return valueOf(kind.name());
	}

	/**
	 * Facts the public may see on the enterprise code's page (notices, never persons).
	 */
	boolean isPublicNotice() {
		return this == PENALTY || this == WARNING;
	}

}
