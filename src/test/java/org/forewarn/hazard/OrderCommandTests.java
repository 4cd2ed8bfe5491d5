package org.forewarn.hazard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.forewarn.hazard.DisposalOrderTests.DISPATCHER;
import static org.forewarn.hazard.DisposalOrderTests.HANDLER;
import static org.forewarn.hazard.DisposalOrderTests.HOURLY;
import static org.forewarn.hazard.DisposalOrderTests.T0;
import static org.forewarn.platform.ProblemShape.assertAnswers;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.forewarn.hazard.OrderCommand.AcceptOrder;
import org.forewarn.hazard.OrderCommand.ApproveOrder;
import org.forewarn.hazard.OrderCommand.ReassignOrder;
import org.forewarn.hazard.OrderCommand.RecordRectification;
import org.forewarn.hazard.OrderCommand.RejectOrder;
import org.forewarn.hazard.OrderCommand.ReturnOrder;
import org.forewarn.hazard.OrderCommand.SubmitRectification;
import org.forewarn.hazard.OrderCommand.SuperviseOrder;
import org.forewarn.hazard.OrderCommand.VerifyOrder;
import org.forewarn.platform.Role;
import org.junit.jupiter.api.Test;

/**
 * Each order command reaches its own transition, named on the timeline as the URL and the
 * policy name it.
 */
class OrderCommandTests {

	static final Actor SUPERIOR = new Actor(UUID.randomUUID(), "duty.shenzhen", "市值班员", Set.of(Role.DUTY_OFFICER),
			"440300", null);

	static void make(DisposalOrder order, OrderCommand command, Actor by) {
		order.make(command, by, "440304", T0, HOURLY);
	}

	static String lastStep(DisposalOrder order) {
		return order.newSteps().getLast().action();
	}

	@Test
	void everyForwardCommandReachesItsTransitionAndClosesTheOrder() {
		DisposalOrder order = DisposalOrderTests.dispatched();
		UUID photo = UUID.randomUUID();
		make(order, new AcceptOrder(), HANDLER);
		assertThat(order.status()).isEqualTo(OrderStatus.VERIFYING);
		make(order, new VerifyOrder(Verification.CONFIRMED, Grade.MAJOR, "属实", List.of(photo)), HANDLER);
		assertThat(order.status()).isEqualTo(OrderStatus.RECTIFYING);
		assertThat(order.grade()).isEqualTo(Grade.MAJOR);
		assertThat(order.newSteps().getLast().photoIds()).containsExactly(photo);
		assertThat(order.newSteps().getLast().note()).isEqualTo("核定等级：重大。属实");
		make(order, new RecordRectification("更换阀门", List.of()), HANDLER);
		assertThat(order.status()).isEqualTo(OrderStatus.RECTIFYING);
		make(order, new SubmitRectification("完成", null), HANDLER);
		assertThat(order.status()).isEqualTo(OrderStatus.REVIEW);
		assertThat(order.lastSubmittedBy()).isEqualTo(HANDLER.id());
		make(order, new RejectOrder("整改不到位"), DISPATCHER);
		assertThat(order.status()).isEqualTo(OrderStatus.RECTIFYING);
		make(order, new SubmitRectification("再次完成", List.of()), HANDLER);
		make(order, new ApproveOrder("通过"), DISPATCHER);
		assertThat(order.status()).isEqualTo(OrderStatus.CLOSED);
		assertThat(order.newSteps()).extracting(Step::action)
			.containsExactly("report", "accept", "verify", "rectify", "submit", "reject", "submit", "approve");
		assertThat(order.newSteps()).extracting(Step::note).containsSubsequence("更换阀门", "完成", "整改不到位", "再次完成", "通过");
	}

	@Test
	void returnReassignAndSuperviseReachTheirTransitions() {
		DisposalOrder order = DisposalOrderTests.dispatched();
		make(order, new SuperviseOrder("请加快"), SUPERIOR);
		assertThat(lastStep(order)).isEqualTo("supervise");
		assertThat(order.snapshot().supervision()).isEqualTo(Supervision.YELLOW);
		assertThat(order.events()).last()
			.isInstanceOfSatisfying(DisposalOrderSupervised.class,
					supervised -> assertThat(supervised.notifyRegionCode()).isEqualTo("440304"));
		make(order, new ReturnOrder("不属本部门"), HANDLER);
		assertThat(order.status()).isEqualTo(OrderStatus.RETURNED);
		assertThat(order.departmentCode()).isNull();
		make(order, new ReassignOrder("440304-XF", "FIRE", Grade.MAJOR, "改派消防"), DISPATCHER);
		assertThat(order.status()).isEqualTo(OrderStatus.DISPATCHED);
		assertThat(order.departmentCode()).isEqualTo("440304-XF");
		assertThat(order.categoryCode()).isEqualTo("FIRE");
		assertThat(order.grade()).isEqualTo(Grade.MAJOR);
		assertThat(order.newSteps()).extracting(Step::action)
			.containsExactly("report", "supervise", "return", "dispatch");
	}

	@Test
	void eachCommandCarriesTheNameOfItsMove() {
		List<OrderCommand> commands = List.of(new AcceptOrder(), new ReturnOrder("r"),
				new VerifyOrder(Verification.CONFIRMED, null, null, List.of()), new RecordRectification("n", List.of()),
				new SubmitRectification("n", List.of()), new ApproveOrder(null), new RejectOrder("r"),
				new ReassignOrder("440304-XF", null, null, null), new SuperviseOrder("n"));
		assertThat(commands).extracting(OrderCommand::action)
			.containsExactly("accept", "return", "verify", "rectify", "submit", "approve", "reject", "reassign",
					"supervise");
	}

	@Test
	void anIllegalCommandIsRefusedAsAConflictOfTheOrdersState() {
		DisposalOrder order = DisposalOrderTests.dispatched();
		assertThatThrownBy(() -> make(order, new ApproveOrder("通过"), DISPATCHER))
			.isInstanceOfSatisfying(IllegalTransition.class, refused -> {
				assertThat(refused).hasMessageContaining("'approve' is possible only when it is [REVIEW]");
				assertAnswers(refused, 409, "Not possible in the order's current state", "order-state");
			});
		assertThatThrownBy(() -> make(order, new SubmitRectification("完成", List.of()), HANDLER))
			.isInstanceOf(IllegalTransition.class);
		assertThat(order.status()).isEqualTo(OrderStatus.DISPATCHED);
		assertThat(order.newSteps()).extracting(Step::action).containsExactly("report");
	}

}
