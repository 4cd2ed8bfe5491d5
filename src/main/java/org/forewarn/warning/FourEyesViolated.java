package org.forewarn.warning;

import org.forewarn.platform.InputRejected;
import org.forewarn.platform.Refusal;

/**
 * An approval the four-eyes rule (四眼原则) forbids: 403. Drafter and approver must be two
 * different people, for every origin; a proposed draft's drafter is the person who
 * adopted (edited) it. The detail says the rule in Chinese and English, for the console
 * to show as it is.
 */
class FourEyesViolated extends InputRejected {

	private FourEyesViolated(String detail) {
		this(detail, "Four-eyes principle");
	}

	private FourEyesViolated(String detail, String title) {
		super(Refusal.FORBIDDEN, null, detail, title, problemType("four-eyes"));
	}

	/** The caller wrote or edited the draft. */
	static FourEyesViolated author(String username) {
		return new FourEyesViolated("四眼原则：" + username + " 起草或修改了此预警，不能审核自己的稿件，须由另一名值班员审核。" + " Four-eyes principle: '"
				+ username + "' drafted or edited this warning and so cannot approve it; another duty officer must.");
	}

	/** A proposed draft nobody has adopted yet. */
	static FourEyesViolated notAdopted(String username) {
		return new FourEyesViolated("四眼原则：此预警稿由系统根据告警生成，须先由一名值班员核改采纳（编辑保存），再由另一名值班员审核。"
				+ " Four-eyes principle: this draft was proposed by the system from an alarm; a duty officer must first"
				+ " adopt it (edit and save it), then another duty officer approves it.");
	}

	/** The caller's roles do not include approving warnings. */
	static FourEyesViolated notAnApprover(String username) {
		return new FourEyesViolated("审核规则：预警须由值班员或指挥长审核，" + username + " 的角色不能审核预警。"
				+ " Approval rule: only duty officers and commanders approve warnings; '" + username
				+ "' has neither role.", "Approval rule");
	}

}
