package org.forewarn.platform;

/** What a user does on the platform; authorisation rules are written against these. */
public enum Role {

	/** 系统管理员: organisation, users, rules, codes. */
	ADMIN,
	/** 值班员: watches alarms, issues warnings, runs incidents. */
	DUTY_OFFICER,
	/** 研判员. */
	ANALYST,
	/** 指挥长. */
	COMMANDER,
	/** 成员单位经办人: receives, verifies and closes disposal orders. */
	HANDLER,
	/** 网格员. */
	GRID_WORKER,
	/** 执法员 / 检查员. */
	INSPECTOR,
	/** 责任人: receives warnings and commands for an object or area. */
	RESPONSIBLE_PERSON,
	/** 企业用户. */
	ENTERPRISE,
	/**
	 * 接入系统: a machine client (video analytics, sensing gateway) authenticated by an API
	 * key, never a person.
	 */
	INTEGRATION;

	public String authority() {
		return "ROLE_" + name();
	}

}
