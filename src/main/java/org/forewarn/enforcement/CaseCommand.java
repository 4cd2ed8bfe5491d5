package org.forewarn.enforcement;

import java.math.BigDecimal;

/**
 * A move on an enforcement case 案件办理指令, one record per move with exactly the fields that
 * move takes. The desk dispatches on the type, so a move that does not exist cannot be
 * asked for and a decision cannot forget its legal basis field by misspelling a string.
 */
sealed interface CaseCommand {

	/**
	 * The officer's note on the step (may be null; a return to the investigation requires
	 * one).
	 */
	String note();

	/**
	 * The name of the move as it is kept in the case's steps, the audit trail and the
	 * console's buttons.
	 */
	default String action() {
		return switch (this) {
			case Investigate i -> "investigate";
			case Submit s -> "submit";
			case Approve a -> "approve";
			case Return r -> "return";
			case Decide d -> "decide";
			case Execute e -> "execute";
			case Recheck r -> "recheck";
			case Close c -> "close";
		};
	}

	/** 调查取证 starts; whoever starts it becomes the investigator. */
	record Investigate(String note) implements CaseCommand {
	}

	/** The investigation is handed in for review. */
	record Submit(String note) implements CaseCommand {
	}

	/** 审核 passes (four-eyes: not by the investigator or the submitter). */
	record Approve(String note) implements CaseCommand {
	}

	/** 审核 sends the case back for more evidence, saying why. */
	record Return(String note) implements CaseCommand {
	}

	/** 处罚决定: the penalty, its amount (fines, confiscations) and its legal basis. */
	record Decide(PenaltyType penalty, BigDecimal fineAmount, String legalBasis, String note) implements CaseCommand {
	}

	/** 执行: the decision was carried out. */
	record Execute(String note) implements CaseCommand {
	}

	/** 整改复查: whether the rectification passed the on-site check. */
	record Recheck(boolean passed, String note) implements CaseCommand {
	}

	/** 结案, after a passed check. */
	record Close(String note) implements CaseCommand {
	}

}
