package org.forewarn.enforcement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.forewarn.platform.InputRejected;
import org.forewarn.platform.RefusalStatus;
import org.forewarn.platform.Role;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

/**
 * The case's typed moves: each command reaches its own step, in the legal order only, and
 * four-eyes still holds.
 */
class CaseCommandTests {

	static final Instant T0 = EnforcementCaseTests.T0;

	final Officer investigator = officer("inspector.futian");

	final Officer reviewer = officer("chief.futian");

	@Test
	void eachMoveReachesItsStepAndIsRecordedUnderItsName() {
		EnforcementCase c = filed();
		record Expected(CaseCommand command, Officer by, CaseStatus status) {
		}
		List<Expected> flow = List.of(
				new Expected(new CaseCommand.Investigate("现场调查"), investigator, CaseStatus.INVESTIGATING),
				new Expected(new CaseCommand.Submit(null), investigator, CaseStatus.REVIEWING),
				new Expected(new CaseCommand.Return("补充询问笔录"), reviewer, CaseStatus.INVESTIGATING),
				new Expected(new CaseCommand.Submit("已补充"), investigator, CaseStatus.REVIEWING),
				new Expected(new CaseCommand.Approve("同意"), reviewer, CaseStatus.DECIDING),
				new Expected(new CaseCommand.Decide(PenaltyType.FINE, new BigDecimal("20000"), "《安全生产法》第九十七条", null),
						reviewer, CaseStatus.EXECUTING),
				new Expected(new CaseCommand.Execute("罚款已缴纳"), investigator, CaseStatus.RECHECKING),
				new Expected(new CaseCommand.Recheck(true, "已整改"), investigator, CaseStatus.RECHECKING),
				new Expected(new CaseCommand.Close(null), investigator, CaseStatus.CLOSED));
		int second = 0;
		for (Expected step : flow) {
			second += 60;
			c.apply(step.command(), step.by(), () -> 1, T0.plusSeconds(second), EnforcementCaseTests.DEADLINES);
			assertThat(c.status()).as(step.command().action()).isEqualTo(step.status());
			assertThat(c.newSteps().getLast().action()).isEqualTo(step.command().action());
		}
		assertThat(c.decision().fineAmount()).isEqualByComparingTo("20000.00");
		assertThat(c.snapshot().rectified()).isTrue();
	}

	@Test
	void evidenceIsCountedOnlyForTheMoveThatNeedsIt() {
		EnforcementCase c = filed();
		AtomicInteger asked = new AtomicInteger();
		c.apply(new CaseCommand.Investigate(null), investigator, () -> asked.incrementAndGet(), T0,
				EnforcementCaseTests.DEADLINES);
		assertThat(asked).hasValue(0);
		assertThatThrownBy(
				() -> c.apply(new CaseCommand.Submit(null), investigator, () -> 0, T0, EnforcementCaseTests.DEADLINES))
			.isInstanceOf(IllegalCaseMove.class)
			.hasMessageContaining("no evidence");
		assertThat(c.status()).isEqualTo(CaseStatus.INVESTIGATING);
	}

	@Test
	void aMoveOutOfOrderIsAConflictOfTheCaseStep() {
		EnforcementCase c = filed();
		for (CaseCommand early : List.<CaseCommand>of(new CaseCommand.Submit(null), new CaseCommand.Approve(null),
				new CaseCommand.Decide(PenaltyType.WARNING, null, "第九十七条", null), new CaseCommand.Execute(null),
				new CaseCommand.Recheck(true, null), new CaseCommand.Close(null))) {
			assertThatThrownBy(() -> c.apply(early, reviewer, () -> 1, T0, EnforcementCaseTests.DEADLINES))
				.as(early.action())
				.isInstanceOfSatisfying(IllegalCaseMove.class, refused -> {
					assertThat(RefusalStatus.of(refused.refusal())).isEqualTo(HttpStatus.CONFLICT);
					assertThat(refused.type()).isEqualTo(InputRejected.problemType("case-step"));
					assertThat(refused.getMessage()).contains("'" + early.action() + "'").contains("FILED");
				});
		}
		assertThat(c.status()).isEqualTo(CaseStatus.FILED);
		assertThat(c.newSteps()).hasSize(1);
	}

	@Test
	void whoInvestigatedOrSubmittedCannotReviewEitherWay() {
		EnforcementCase c = filed();
		c.apply(new CaseCommand.Investigate(null), investigator, () -> 1, T0, EnforcementCaseTests.DEADLINES);
		Officer submitter = officer("inspector2.futian");
		c.apply(new CaseCommand.Submit(null), submitter, () -> 1, T0, EnforcementCaseTests.DEADLINES);
		for (Officer own : List.of(investigator, submitter)) {
			for (CaseCommand review : List.<CaseCommand>of(new CaseCommand.Approve(null),
					new CaseCommand.Return("补充"))) {
				assertThatThrownBy(() -> c.apply(review, own, () -> 1, T0, EnforcementCaseTests.DEADLINES))
					.isInstanceOfSatisfying(FourEyesViolated.class, refused -> {
						assertThat(RefusalStatus.of(refused.refusal())).isEqualTo(HttpStatus.FORBIDDEN);
						assertThat(refused.type()).isEqualTo(InputRejected.problemType("four-eyes"));
					});
			}
		}
		assertThat(c.status()).isEqualTo(CaseStatus.REVIEWING);
		c.apply(new CaseCommand.Approve(null), reviewer, () -> 1, T0, EnforcementCaseTests.DEADLINES);
		assertThat(c.status()).isEqualTo(CaseStatus.DECIDING);
	}

	@Test
	void everyMoveHasItsOwnNameAndTheConsoleButtonsUseTheSameNames() {
		List<CaseCommand> all = List.of(new CaseCommand.Investigate(null), new CaseCommand.Submit(null),
				new CaseCommand.Approve(null), new CaseCommand.Return(null),
				new CaseCommand.Decide(null, null, null, null), new CaseCommand.Execute(null),
				new CaseCommand.Recheck(false, null), new CaseCommand.Close(null));
		assertThat(all).extracting(CaseCommand::action)
			.doesNotHaveDuplicates()
			.containsExactly("investigate", "submit", "approve", "return", "decide", "execute", "recheck", "close");
	}

	private EnforcementCase filed() {
		return EnforcementCase.file(UUID.randomUUID(), new CaseCode("440304", 2026, 2), "ZF-440304-2026-000002",
				"91440300MA5FXXXX0X", "某某化工有限公司", "440304", "440304-YJ", "未按规定开展隐患排查", null, investigator, T0,
				EnforcementCaseTests.DEADLINES);
	}

	private static Officer officer(String username) {
		return new Officer(UUID.nameUUIDFromBytes(username.getBytes()), username, username, Set.of(Role.INSPECTOR),
				"440304", "440304-YJ");
	}

}
