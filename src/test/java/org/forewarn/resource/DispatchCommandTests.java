package org.forewarn.resource;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.forewarn.platform.RefusalStatus;

import org.springframework.http.HttpStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class DispatchCommandTests {

	static final Instant NOW = Instant.parse("2026-06-01T02:00:00Z");

	Dispatch requested() {
		return Dispatch.request(UUID.randomUUID(), 10, null, new Dispatch.Destination(22.54, 114.05, "积水抽排"),
				new Dispatch.Requester("duty.futian", "440304"), NOW);
	}

	@Test
	void eachMoveReachesItsStatus() {
		Dispatch d = requested();
		d.handle(new DispatchCommand.Approve("同意"), "duty.city", NOW);
		assertThat(d.status()).isEqualTo(DispatchStatus.APPROVED);
		d.handle(new DispatchCommand.Depart(null), "duty.city", NOW);
		assertThat(d.status()).isEqualTo(DispatchStatus.DISPATCHED);
		d.handle(new DispatchCommand.Arrive(null), "duty.futian", NOW);
		assertThat(d.status()).isEqualTo(DispatchStatus.ARRIVED);
		d.handle(new DispatchCommand.ReturnHome(7, "3个已消耗"), "duty.city", NOW);
		assertThat(d.status()).isEqualTo(DispatchStatus.RETURNED);
		assertThat(d.returnedQuantity()).isEqualTo(7);

		Dispatch rejected = requested();
		rejected.handle(new DispatchCommand.Reject("本区需要"), "duty.nanshan", NOW);
		assertThat(rejected.status()).isEqualTo(DispatchStatus.REJECTED);
		Dispatch cancelled = requested();
		cancelled.handle(new DispatchCommand.Cancel(null), "duty.futian", NOW);
		assertThat(cancelled.status()).isEqualTo(DispatchStatus.CANCELLED);
	}

	@Test
	void aReturnWithoutAQuantityBringsAllOfItBack() {
		Dispatch d = requested();
		d.handle(new DispatchCommand.Approve(null), "duty.city", NOW);
		d.handle(new DispatchCommand.Depart(null), "duty.city", NOW);
		d.handle(new DispatchCommand.ReturnHome(null, null), "duty.city", NOW);
		assertThat(d.returnedQuantity()).isEqualTo(10);
	}

	@Test
	void anIllegalMoveIsAConflictAnswered409() {
		Dispatch d = requested();
		for (DispatchCommand illegal : List.of(new DispatchCommand.Depart(null), new DispatchCommand.Arrive(null),
				new DispatchCommand.ReturnHome(1, null))) {
			IllegalDispatchMove refused = catchThrowableOfType(IllegalDispatchMove.class,
					() -> d.handle(illegal, "duty.city", NOW));
			assertThat(refused).as(illegal.action()).isNotNull();
			assertThat(RefusalStatus.of(refused.refusal())).isEqualTo(HttpStatus.CONFLICT);
		}
		assertThat(d.status()).isEqualTo(DispatchStatus.REQUESTED);
		// four eyes: the requester does not approve their own request
		assertThat(catchThrowableOfType(IllegalDispatchMove.class,
				() -> d.handle(new DispatchCommand.Approve(null), "duty.futian", NOW)))
			.isNotNull();
	}

	@Test
	void eachMoveKeepsItsNameInTheAuditTrailAndThePath() {
		assertThat(List
			.of(new DispatchCommand.Approve(null), new DispatchCommand.Reject(null), new DispatchCommand.Cancel(null),
					new DispatchCommand.Depart(null), new DispatchCommand.Arrive(null),
					new DispatchCommand.ReturnHome(null, null))
			.stream()
			.map(DispatchCommand::action))
			.containsExactly("approve", "reject", "cancel", "dispatch", "arrive", "return");
	}

}
