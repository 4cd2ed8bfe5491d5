package org.forewarn.hazard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.forewarn.hazard.classifier.Classification;
import org.forewarn.platform.Role;
import org.junit.jupiter.api.Test;

/**
 * The disposal order's own rules, without Spring or a database: each move from each
 * status.
 */
class DisposalOrderTests {

	static final Instant T0 = Instant.parse("2026-11-23T02:00:00Z");

	/** Every step due an hour after it starts, red an hour later. */
	static final Deadlines HOURLY = (grade, step, from) -> new Deadlines.Due(from.plus(Duration.ofHours(1)),
			from.plus(Duration.ofHours(2)));

	static final Actor HANDLER = new Actor(UUID.randomUUID(), "handler.gas.futian", "燃气办", Set.of(Role.HANDLER),
			"440304", "440304-RQ");
	static final Actor DISPATCHER = new Actor(UUID.randomUUID(), "duty.futian", "值班员", Set.of(Role.DUTY_OFFICER),
			"440304", null);

	static DisposalOrder dispatched() {
		return DisposalOrder.open(new DisposalOrder.Opening(new DisposalOrderId(UUID.randomUUID()), "YH20261123000001",
				Channel.PUBLIC_TIP, "燃气管道漏气",
				new DisposalOrder.Location(22.54, 114.05, null, "440304", "440304010", "440304010001",
						"440304010001003"),
				new DisposalOrder.Triaged("GAS", Grade.GENERAL, new RoutingRules.Route("440304-RQ", "rule"),
						new Classification("GAS", 0.9, List.of())),
				null), Actor.SYSTEM, T0, HOURLY);
	}

	@Test
	void aRoutedOrderOpensDispatchedWithTheAcceptDeadlineAndAnOpenedEvent() {
		DisposalOrder order = dispatched();
		assertThat(order.status()).isEqualTo(OrderStatus.DISPATCHED);
		assertThat(order.snapshot().stepDeadline()).isEqualTo(T0.plus(Duration.ofHours(1)));
		assertThat(order.events()).singleElement().isInstanceOf(DisposalOrderOpened.class);
		assertThat(order.newSteps()).extracting(Step::action).containsExactly("report");
	}

	@Test
	void anOrderWithoutADepartmentWaitsForTheDispatcher() {
		DisposalOrder order = DisposalOrder.open(
				new DisposalOrder.Opening(new DisposalOrderId(UUID.randomUUID()), "YH1", Channel.PUBLIC_TIP, "?",
						new DisposalOrder.Location(null, null, "某地", null, null, null, null), new DisposalOrder.Triaged(
								"OTHER", Grade.GENERAL, RoutingRules.Route.toDispatcher("无法定位"), null),
						null),
				Actor.SYSTEM, T0, HOURLY);
		assertThat(order.status()).isEqualTo(OrderStatus.PENDING_DISPATCH);
		assertThatThrownBy(() -> order.accept(HANDLER, T0, HOURLY)).isInstanceOf(IllegalTransition.class)
			.hasMessageContaining("PENDING_DISPATCH");
	}

	@Test
	void theWholeLoopFromAcceptanceToClosingRecordsEveryStepAndClosesOnTime() {
		DisposalOrder order = dispatched();
		order.accept(HANDLER, T0.plusSeconds(60), HOURLY);
		order.verify(HANDLER, Verification.CONFIRMED, null, "属实", List.of(), T0.plusSeconds(120), HOURLY);
		assertThat(order.snapshot().rectifyDeadline()).isEqualTo(T0.plusSeconds(120).plus(Duration.ofHours(1)));
		order.recordRectification(HANDLER, "更换阀门", List.of(), T0.plusSeconds(180));
		order.submit(HANDLER, "完成", List.of(), T0.plusSeconds(240), HOURLY);
		order.approve(DISPATCHER, "通过", T0.plusSeconds(300));
		assertThat(order.status()).isEqualTo(OrderStatus.CLOSED);
		assertThat(order.snapshot().resolution()).isEqualTo(Resolution.RECTIFIED);
		assertThat(order.newSteps()).extracting(Step::action)
			.containsExactly("report", "accept", "verify", "rectify", "submit", "approve");
		assertThat(order.events()).last().isInstanceOfSatisfying(DisposalOrderClosed.class, closed -> {
			assertThat(closed.onTime()).isTrue();
			assertThat(closed.rectified()).isTrue();
		});
	}

	@Test
	void notAHazardGoesToReviewAndARejectionSendsItBackToTheCheck() {
		DisposalOrder order = dispatched();
		order.accept(HANDLER, T0, HOURLY);
		order.verify(HANDLER, Verification.NOT_A_HAZARD, null, "现场无异味", List.of(), T0, HOURLY);
		assertThat(order.status()).isEqualTo(OrderStatus.REVIEW);
		order.reject(DISPATCHER, "请复查", T0, HOURLY);
		assertThat(order.status()).isEqualTo(OrderStatus.VERIFYING);
		order.verify(HANDLER, Verification.NOT_A_HAZARD, null, "复查无异常", List.of(), T0, HOURLY);
		order.approve(DISPATCHER, null, T0);
		assertThat(order.snapshot().resolution()).isEqualTo(Resolution.NOT_A_HAZARD);
	}

	@Test
	void aRejectedRectificationGoesBackToRectifying() {
		DisposalOrder order = dispatched();
		order.accept(HANDLER, T0, HOURLY);
		order.verify(HANDLER, Verification.CONFIRMED, Grade.MAJOR, "核定重大", List.of(), T0, HOURLY);
		assertThat(order.grade()).isEqualTo(Grade.MAJOR);
		order.submit(HANDLER, null, List.of(), T0, HOURLY);
		order.reject(DISPATCHER, "整改不到位", T0, HOURLY);
		assertThat(order.status()).isEqualTo(OrderStatus.RECTIFYING);
	}

	@Test
	void aReturnedOrderLosesItsDepartmentAndIsReroutedByTheDispatcher() {
		DisposalOrder order = dispatched();
		order.returnToDispatcher(HANDLER, "不属本部门", T0, HOURLY);
		assertThat(order.status()).isEqualTo(OrderStatus.RETURNED);
		assertThat(order.departmentCode()).isNull();
		order.dispatch(DISPATCHER, "440304-XF", "FIRE", null, "改派消防", T0, HOURLY);
		assertThat(order.status()).isEqualTo(OrderStatus.DISPATCHED);
		assertThat(order.categoryCode()).isEqualTo("FIRE");
		assertThat(order.newSteps()).extracting(Step::action).containsExactly("report", "return", "dispatch");
	}

	@Test
	void movesFromTheWrongStatusAreRefused() {
		DisposalOrder order = dispatched();
		assertThatThrownBy(() -> order.verify(HANDLER, Verification.CONFIRMED, null, null, List.of(), T0, HOURLY))
			.isInstanceOf(IllegalTransition.class);
		assertThatThrownBy(() -> order.approve(DISPATCHER, null, T0)).isInstanceOf(IllegalTransition.class);
		assertThatThrownBy(() -> order.submit(HANDLER, null, List.of(), T0, HOURLY))
			.isInstanceOf(IllegalTransition.class);
		order.accept(HANDLER, T0, HOURLY);
		assertThatThrownBy(() -> order.accept(HANDLER, T0, HOURLY)).isInstanceOf(IllegalTransition.class);
	}

	@Test
	void anOverdueStepGetsYellowThenRedOnceEachAndMarksTheOrderLate() {
		DisposalOrder order = dispatched();
		assertThat(order.flagIfOverdue(T0.plusSeconds(1800), "440304", "440300")).isEqualTo(Supervision.NONE);
		assertThat(order.flagIfOverdue(T0.plus(Duration.ofMinutes(61)), "440304", "440300"))
			.isEqualTo(Supervision.YELLOW);
		assertThat(order.flagIfOverdue(T0.plus(Duration.ofMinutes(62)), "440304", "440300"))
			.isEqualTo(Supervision.NONE);
		assertThat(order.flagIfOverdue(T0.plus(Duration.ofMinutes(121)), "440304", "440300"))
			.isEqualTo(Supervision.RED);
		assertThat(order.events()).filteredOn(DisposalOrderSupervised.class::isInstance)
			.extracting(e -> ((DisposalOrderSupervised) e).notifyRegionCode())
			.containsExactly("440304", "440300");
		order.accept(HANDLER, T0.plus(Duration.ofMinutes(130)), HOURLY);
		assertThat(order.snapshot().supervision()).isEqualTo(Supervision.NONE);
		order.verify(HANDLER, Verification.CONFIRMED, null, null, List.of(), T0.plus(Duration.ofMinutes(131)), HOURLY);
		order.submit(HANDLER, null, List.of(), T0.plus(Duration.ofMinutes(132)), HOURLY);
		order.approve(DISPATCHER, null, T0.plus(Duration.ofMinutes(133)));
		assertThat(order.events()).last()
			.isInstanceOfSatisfying(DisposalOrderClosed.class, closed -> assertThat(closed.onTime()).isFalse());
	}

}
