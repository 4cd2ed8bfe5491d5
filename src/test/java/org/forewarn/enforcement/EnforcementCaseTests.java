package org.forewarn.enforcement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.forewarn.platform.Role;
import org.junit.jupiter.api.Test;

class EnforcementCaseTests {

	static final Instant T0 = Instant.parse("2026-11-23T02:00:00Z");
	static final CaseDeadlines DEADLINES = new CaseDeadlines(
			Map.of(CaseStatus.FILED, Duration.ofDays(3), CaseStatus.INVESTIGATING, Duration.ofDays(30),
					CaseStatus.REVIEWING, Duration.ofDays(7), CaseStatus.DECIDING, Duration.ofDays(7),
					CaseStatus.EXECUTING, Duration.ofDays(15), CaseStatus.RECHECKING, Duration.ofDays(30)));

	final Officer investigator = officer("inspector.futian");

	final Officer reviewer = officer("chief.futian");

	@Test
	void goesFromFilingThroughEveryStepToClosing() {
		EnforcementCase c = filed();
		c.startInvestigation(investigator, "现场调查", T0.plusSeconds(60), DEADLINES);
		c.submitForReview(investigator, 2, null, T0.plusSeconds(120), DEADLINES);
		c.approve(reviewer, "证据充分", T0.plusSeconds(180), DEADLINES);
		c.decide(reviewer, PenaltyType.FINE, new BigDecimal("30000"), "《安全生产法》第九十七条", null, T0.plusSeconds(240),
				DEADLINES);
		c.execute(investigator, "罚款已缴纳", T0.plusSeconds(300), DEADLINES);
		c.recheck(investigator, true, "已整改", T0.plusSeconds(360), DEADLINES);
		c.close(investigator, null, T0.plusSeconds(420), DEADLINES);

		assertThat(c.status()).isEqualTo(CaseStatus.CLOSED);
		assertThat(c.decision().fineAmount()).isEqualByComparingTo("30000.00");
		assertThat(c.newSteps()).extracting(EnforcementCase.Step::action)
			.containsExactly("file", "investigate", "submit", "approve", "decide", "execute", "recheck", "close");
		assertThat(c.snapshot().closedAt()).isEqualTo(T0.plusSeconds(420));
		assertThat(c.snapshot().everOverdue()).isFalse();
		assertThat(c.possibleActions()).isEmpty();
	}

	@Test
	void theInvestigatorCannotReviewTheirOwnInvestigation() {
		EnforcementCase c = underReview();
		assertThatThrownBy(() -> c.approve(investigator, null, T0.plusSeconds(200), DEADLINES))
			.isInstanceOf(FourEyesViolated.class)
			.hasMessageContaining("four-eyes");
		assertThatThrownBy(() -> c.returnToInvestigation(investigator, "补充", T0.plusSeconds(200), DEADLINES))
			.isInstanceOf(FourEyesViolated.class);
		c.approve(reviewer, null, T0.plusSeconds(200), DEADLINES);
		assertThat(c.status()).isEqualTo(CaseStatus.DECIDING);
	}

	@Test
	void aStepOutOfOrderIsRefusedWithTheCurrentStepInTheReason() {
		EnforcementCase c = filed();
		assertThatThrownBy(() -> c.decide(reviewer, PenaltyType.WARNING, null, "《安全生产法》第九十七条", null, T0, DEADLINES))
			.isInstanceOf(IllegalCaseMove.class)
			.hasMessageContaining("FILED")
			.hasMessageContaining("立案");
		c.startInvestigation(investigator, null, T0, DEADLINES);
		assertThatThrownBy(() -> c.submitForReview(investigator, 0, null, T0, DEADLINES))
			.isInstanceOf(IllegalCaseMove.class)
			.hasMessageContaining("no evidence");
	}

	@Test
	void aDecisionNeedsItsLegalBasisAndAFineItsAmount() {
		EnforcementCase c = underReview();
		c.approve(reviewer, null, T0.plusSeconds(200), DEADLINES);
		assertThatThrownBy(() -> c.decide(reviewer, PenaltyType.FINE, null, "《安全生产法》第九十七条", null, T0, DEADLINES))
			.isInstanceOf(Rejected.class)
			.extracting(e -> ((Rejected) e).field())
			.isEqualTo("fineAmount");
		assertThatThrownBy(() -> c.decide(reviewer, PenaltyType.WARNING, null, " ", null, T0, DEADLINES))
			.isInstanceOf(Rejected.class)
			.extracting(e -> ((Rejected) e).field())
			.isEqualTo("legalBasis");
		assertThatThrownBy(() -> c.decide(reviewer, PenaltyType.WARNING, BigDecimal.TEN, "第九十七条", null, T0, DEADLINES))
			.isInstanceOf(Rejected.class)
			.extracting(e -> ((Rejected) e).field())
			.isEqualTo("fineAmount");
		c.decide(reviewer, PenaltyType.WARNING, null, "《安全生产法》第九十七条", null, T0, DEADLINES);
		assertThat(c.status()).isEqualTo(CaseStatus.EXECUTING);
	}

	@Test
	void closingWaitsForAPassedRectificationCheck() {
		EnforcementCase c = underReview();
		c.approve(reviewer, null, T0, DEADLINES);
		c.decide(reviewer, PenaltyType.SUSPENSION, null, "《安全生产法》第一百零二条", null, T0, DEADLINES);
		c.execute(investigator, null, T0, DEADLINES);
		assertThatThrownBy(() -> c.close(investigator, null, T0, DEADLINES)).isInstanceOf(IllegalCaseMove.class)
			.hasMessageContaining("rectification check");
		c.recheck(investigator, false, "仍未整改", T0, DEADLINES);
		assertThat(c.possibleActions()).containsExactly("recheck");
		c.recheck(investigator, true, null, T0, DEADLINES);
		assertThat(c.possibleActions()).containsExactly("recheck", "close");
	}

	@Test
	void aMoveAfterItsStepsDeadlineMarksTheCaseOverdue() {
		EnforcementCase c = filed();
		assertThat(c.overdue(T0.plus(Duration.ofDays(2)))).isFalse();
		assertThat(c.overdue(T0.plus(Duration.ofDays(4)))).isTrue();
		c.startInvestigation(investigator, null, T0.plus(Duration.ofDays(4)), DEADLINES);
		assertThat(c.snapshot().everOverdue()).isTrue();
		assertThat(c.newSteps().getLast().overdue()).isTrue();
		assertThat(c.snapshot().stepDeadline()).isEqualTo(T0.plus(Duration.ofDays(34)));
	}

	private EnforcementCase filed() {
		return EnforcementCase.file(UUID.randomUUID(), new CaseCode("440304", 2026, 1), "ZF-440304-2026-000001",
				"91440300MA5FXXXX0X", "某某化工有限公司", "440304", "440304-YJ", "未按规定开展隐患排查", null, investigator, T0,
				DEADLINES);
	}

	private EnforcementCase underReview() {
		EnforcementCase c = filed();
		c.startInvestigation(investigator, null, T0.plusSeconds(60), DEADLINES);
		c.submitForReview(investigator, 1, null, T0.plusSeconds(120), DEADLINES);
		return c;
	}

	private static Officer officer(String username) {
		return new Officer(UUID.nameUUIDFromBytes(username.getBytes()), username, username, Set.of(Role.INSPECTOR),
				"440304", "440304-YJ");
	}

}
