package org.forewarn.hazard;

import java.util.List;
import java.util.UUID;

/**
 * A move on a disposal order 处置单指令, one record per move with exactly the fields that move
 * takes. The records are also the moves' request bodies, so each is named for what it
 * does ({@code VerifyOrder}, not {@code Move}): the API document then describes every
 * move's body by its own schema. {@link OrderDesk} dispatches on the type.
 */
sealed interface OrderCommand {

	/**
	 * The move's name as the timeline, the policy's {@code allowedActions}, the audit
	 * trail and the URL say it.
	 */
	String action();

	/** 签收: the responsible department takes the order on. */
	record AcceptOrder() implements OrderCommand {

		@Override
		public String action() {
			return "accept";
		}
	}

	/** 退回: not this department's order; back to the dispatcher with the reason. */
	record ReturnOrder(String reason) implements OrderCommand {

		@Override
		public String action() {
			return "return";
		}
	}

	/**
	 * 核查: what the on-site check found; a confirmed hazard may have its grade corrected.
	 *
	 * @param outcome CONFIRMED or NOT_A_HAZARD
	 * @param grade the grade the check found, if it differs
	 * @param photoIds photos uploaded to the order before, as evidence
	 */
	record VerifyOrder(Verification outcome, Grade grade, String note, List<UUID> photoIds) implements OrderCommand {

		@Override
		public String action() {
			return "verify";
		}
	}

	/** 整改进展: progress while rectifying; the status stays. */
	record RecordRectification(String note, List<UUID> photoIds) implements OrderCommand {

		@Override
		public String action() {
			return "rectify";
		}
	}

	/** 整改完成，提交复核. */
	record SubmitRectification(String note, List<UUID> photoIds) implements OrderCommand {

		@Override
		public String action() {
			return "submit";
		}
	}

	/** 复核通过，办结. */
	record ApproveOrder(String note) implements OrderCommand {

		@Override
		public String action() {
			return "approve";
		}
	}

	/** 复核不通过. */
	record RejectOrder(String reason) implements OrderCommand {

		@Override
		public String action() {
			return "reject";
		}
	}

	/**
	 * 分拨 / 改派: to a department, optionally correcting category and grade.
	 *
	 * @param category a hazard category code, or none to keep the order's
	 */
	record ReassignOrder(String departmentCode, String category, Grade grade, String note) implements OrderCommand {

		@Override
		public String action() {
			return "reassign";
		}
	}

	/** 督办 by a superior. */
	record SuperviseOrder(String note) implements OrderCommand {

		@Override
		public String action() {
			return "supervise";
		}
	}

}
