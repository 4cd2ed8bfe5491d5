package org.forewarn.hazard;

/**
 * Hazard grade after 安监总局令第16号: general hazards can be fixed at once, major ones need
 * time or outside help.
 */
public enum Grade {

	/** 一般事故隐患. */
	GENERAL("一般"),
	/** 重大事故隐患. */
	MAJOR("重大");

	private final String chinese;

	Grade(String chinese) {
		this.chinese = chinese;
	}

	public String chinese() {
		return chinese;
	}

}
