package org.forewarn.organisation;

/**
 * The five kinds of member unit of a 三防 headquarters (广东省防总工作规则), used for every
 * department: command (三防指挥部门), monitoring and forecasting (监测预报单位), general support
 * (综合保障部门), sector regulators (行业职能部门) and rescue forces (抢险救援力量).
 */
public enum DepartmentKind {

	COMMAND, MONITORING, SUPPORT, SECTOR, RESCUE

}
