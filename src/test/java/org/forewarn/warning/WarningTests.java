package org.forewarn.warning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.forewarn.organisation.PersonRole;
import org.forewarn.organisation.ResponsibilityType;

/** The warning aggregate's own rules, without Spring. */
class WarningTests {

	static final Instant NOW = Instant.parse("2026-06-01T00:05:00Z");

	static Content content(Colour colour, Instant expires) {
		return new Content("11B03", "暴雨", colour, "福田区发布暴雨预警", "6小时内将出现暴雨", "远离低洼地区", List.of("440304010"), null,
				List.of("440304010"), "福保街道", expires, EnumSet.of(PersonRole.RESPONSIBLE_PERSON),
				EnumSet.noneOf(ResponsibilityType.class));
	}

	static Warning draft() {
		return Warning.draft(new WarningId(UUID.randomUUID()), Warning.Origin.DRAFTED, "440304",
				content(Colour.YELLOW, NOW.plus(Duration.ofHours(6))), "福田区应急管理局", "duty.futian", null, NOW);
	}

	static Message message(int revision, String type, Instant at) {
		return new Message(revision, type, "44030400000000_" + Senders.BASIC.format(at), "44030400000000@test", at);
	}

	@Test
	void whoeverWroteOrEditedADraftCannotApproveIt() {
		Warning warning = draft();
		assertThatThrownBy(() -> warning.approve("duty.futian", NOW)).isInstanceOf(FourEyesViolated.class);
		warning.revise(content(Colour.ORANGE, NOW.plus(Duration.ofHours(6))), "duty.city", NOW);
		assertThatThrownBy(() -> warning.approve("duty.city", NOW)).isInstanceOf(FourEyesViolated.class);
		warning.approve("duty.nanshan", NOW);
		assertThat(warning.status()).isEqualTo(WarningStatus.APPROVED);
	}

	@Test
	void aProposedDraftNeedsAPersonToAdoptItAndASecondPersonToApproveIt() {
		Warning warning = Warning.draft(new WarningId(UUID.randomUUID()), Warning.Origin.PROPOSED, "440304",
				content(Colour.YELLOW, NOW.plus(Duration.ofHours(6))), "福田区应急管理局", Warning.SYSTEM, "alarm:1", NOW);
		// nobody adopted it: the system is no first pair of eyes, so no one person
		// approves and issues it alone
		assertThat(warning.awaitsApprovalBy("duty.futian")).isFalse();
		assertThatThrownBy(() -> warning.approve("duty.futian", NOW)).isInstanceOf(FourEyesViolated.class)
			.hasMessageContaining("采纳");
		warning.revise(content(Colour.ORANGE, NOW.plus(Duration.ofHours(6))), "duty.futian", NOW);
		assertThatThrownBy(() -> warning.approve("duty.futian", NOW)).isInstanceOf(FourEyesViolated.class)
			.hasMessageContaining("四眼原则");
		assertThat(warning.awaitsApprovalBy("duty.futian")).isFalse();
		assertThat(warning.awaitsApprovalBy("duty.futian2")).isTrue();
		warning.approve("duty.futian2", NOW);
		assertThat(warning.status()).isEqualTo(WarningStatus.APPROVED);
	}

	@Test
	void furtherEvidenceReopensAnApprovedProposalAndOnlyAProposalTakesIt() {
		Warning proposed = Warning.draft(new WarningId(UUID.randomUUID()), Warning.Origin.PROPOSED, "440304",
				content(Colour.YELLOW, NOW.plus(Duration.ofHours(6))), "福田区应急管理局", Warning.SYSTEM, "alarm:1", NOW);
		proposed.revise(content(Colour.YELLOW, NOW.plus(Duration.ofHours(6))), "duty.futian", NOW);
		proposed.approve("duty.futian2", NOW);
		proposed.corroborate(content(Colour.RED, NOW.plus(Duration.ofHours(6))), NOW);
		assertThat(proposed.status()).isEqualTo(WarningStatus.DRAFT);
		assertThat(proposed.snapshot().approvedBy()).isNull();
		assertThat(proposed.content().colour()).isEqualTo(Colour.RED);
		assertThat(proposed.awaitsApprovalBy("duty.futian2")).isTrue();
		assertThatThrownBy(() -> draft().corroborate(content(Colour.RED, NOW.plus(Duration.ofHours(6))), NOW))
			.isInstanceOf(IllegalWarningMove.class);
	}

	@Test
	void anEditAfterApprovalVoidsTheApproval() {
		Warning warning = draft();
		warning.approve("duty.city", NOW);
		warning.revise(content(Colour.RED, NOW.plus(Duration.ofHours(6))), "duty.futian", NOW);
		assertThat(warning.status()).isEqualTo(WarningStatus.DRAFT);
		assertThatThrownBy(() -> warning.issue("duty.futian", message(1, "Alert", NOW), NOW))
			.isInstanceOf(IllegalWarningMove.class);
	}

	@Test
	void issuingTwiceSendsOneMessageAndPublishesOneEvent() {
		Warning warning = draft();
		warning.approve("duty.city", NOW);
		assertThat(warning.issue("duty.futian", message(1, "Alert", NOW), NOW)).isTrue();
		assertThat(warning.issue("duty.futian", message(1, "Alert", NOW.plusSeconds(1)), NOW.plusSeconds(1))).isFalse();
		assertThat(warning.messages()).hasSize(1);
		assertThat(warning.events()).hasSize(1).first().isInstanceOf(WarningIssued.class);
		assertThat(warning.summary().revision()).isEqualTo(1);
	}

	@Test
	void aWarningWhoseExpiryHasPassedCannotBeIssuedOrUpdated() {
		Warning warning = Warning.draft(new WarningId(UUID.randomUUID()), Warning.Origin.DRAFTED, "440304",
				content(Colour.BLUE, NOW.minusSeconds(1)), "福田区应急管理局", "duty.futian", null, NOW);
		warning.approve("duty.city", NOW);
		assertThatThrownBy(() -> warning.issue("duty.futian", message(1, "Alert", NOW), NOW))
			.isInstanceOf(WarningRejected.class)
			.hasMessageContaining("already passed");
	}

	@Test
	void updatesAndTheCancelAreNewMessagesAndAnEndedWarningDoesNotExpire() {
		Warning warning = draft();
		warning.approve("duty.city", NOW);
		warning.issue("duty.futian", message(1, "Alert", NOW), NOW);
		Instant later = NOW.plus(Duration.ofMinutes(10));
		warning.update(content(Colour.RED, NOW.plus(Duration.ofHours(6))), "duty.futian", message(2, "Update", later),
				later);
		assertThat(warning.summary().colour()).isEqualTo(Colour.RED);
		assertThat(warning.summary().revision()).isEqualTo(2);
		warning.cancel("duty.futian", "降雨减弱", message(3, "Cancel", later.plusSeconds(60)), later.plusSeconds(60));
		assertThat(warning.messages()).extracting(Message::msgType).containsExactly("Alert", "Update", "Cancel");
		assertThat(warning.expireIfDue(NOW.plus(Duration.ofDays(1)))).isFalse();
		assertThat(warning.events()).extracting(Object::getClass)
			.containsExactly(WarningIssued.class, WarningUpdated.class, WarningCancelled.class);
	}

	@Test
	void anIssuedWarningExpiresOnlyOnceItsTimeHasCome() {
		Warning warning = draft();
		warning.approve("duty.city", NOW);
		warning.issue("duty.futian", message(1, "Alert", NOW), NOW);
		assertThat(warning.expireIfDue(NOW.plus(Duration.ofHours(5)))).isFalse();
		assertThat(warning.expireIfDue(NOW.plus(Duration.ofHours(6)))).isTrue();
		assertThat(warning.status()).isEqualTo(WarningStatus.EXPIRED);
	}

	@Test
	void areaCodesBecomeTwelveDigitsAndBack() {
		assertThat(AreaCodes.twelveDigit(List.of("440304", "440304010", "440304010001", "440304010001003")))
			.containsExactly("440304000000", "440304010000", "440304010001");
		assertThat(AreaCodes.candidates("440304010000")).containsExactly("440304010000", "440304010");
		assertThat(AreaCodes.candidates("440304000000")).containsExactly("440304000000", "440304");
	}

	@Test
	void colourWordsAndCapSeveritiesMapToTheFourColours() {
		assertThat(Colour.ofCapSeverity("Extreme")).isEqualTo(Colour.RED);
		assertThat(Colour.ofCapSeverity("Unknown")).isNull();
		assertThat(Colour.ofWord("黄色")).isEqualTo(Colour.YELLOW);
		assertThat(Colour.ofWord("orange")).isEqualTo(Colour.ORANGE);
		assertThat(Colour.BLUE.gradeLabel()).isEqualTo("[IV级/一般]");
	}

}
