package org.forewarn.organisation;

/**
 * What a person does in the organisation (not to be confused with a user's access
 * {@code Role}).
 */
public enum PersonRole {

	/** 系统管理员. */
	ADMINISTRATOR,
	/** 值班员, in a command centre. */
	DUTY_OFFICER,
	/** 成员单位经办人. */
	HANDLER,
	/** 网格员. */
	GRID_WORKER,
	/** 执法员 / 检查员. */
	INSPECTOR,
	/** 三防责任人; always with a {@link ResponsibilityType}. */
	RESPONSIBLE_PERSON,
	/** 灾害信息员. */
	DISASTER_INFORMATION_OFFICER,
	/** 森防人员 (forest-fire personnel). */
	FOREST_FIRE_PERSONNEL,
	/**
	 * 企业安全联系人: an enterprise's safety contact, who receives warnings pushed by the
	 * enterprise code.
	 */
	ENTERPRISE_CONTACT

}
