package org.forewarn.resource;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DispatchTests {

	static final Instant NOW = Instant.parse("2026-06-01T02:00:00Z");

	Dispatch requested() {
		return Dispatch.request(UUID.randomUUID(), 10, null, new Dispatch.Destination(22.54, 114.05, "积水抽排"),
				new Dispatch.Requester("duty.futian", "440304"), NOW);
	}

	@Test
	void goesFromRequestToReturnWithSuppliesPartlyConsumed() {
		Dispatch d = requested();
		d.approve("duty.city", NOW);
		d.dispatch(NOW);
		d.arrive(NOW);
		d.returnHome(4, NOW);
		assertThat(d.status()).isEqualTo(DispatchStatus.RETURNED);
		assertThat(d.returnedQuantity()).isEqualTo(4);
	}

	@Test
	void refusesApprovalByItsOwnRequester() {
		Dispatch d = requested();
		assertThatThrownBy(() -> d.approve("duty.futian", NOW)).isInstanceOf(IllegalDispatchMove.class)
			.hasMessageContaining("someone other");
		assertThat(d.status()).isEqualTo(DispatchStatus.REQUESTED);
	}

	@Test
	void cannotLeaveBeforeApprovalNorBeCancelledOnTheWay() {
		Dispatch d = requested();
		assertThatThrownBy(() -> d.dispatch(NOW)).isInstanceOf(IllegalDispatchMove.class);
		d.approve("duty.city", NOW);
		d.dispatch(NOW);
		assertThatThrownBy(() -> d.cancel("duty.futian", NOW)).isInstanceOf(IllegalDispatchMove.class);
	}

	@Test
	void cannotReturnMoreThanWasDispatched() {
		Dispatch d = requested();
		d.approve("duty.city", NOW);
		d.dispatch(NOW);
		assertThatThrownBy(() -> d.returnHome(11, NOW)).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void estimatesTravelWithADetourFactorAndASpeedByKind() {
		double straight = TravelEstimate.straightMetres(22.54, 114.05, 22.54, 114.15);
		assertThat(straight).isBetween(10_200.0, 10_400.0);
		assertThat(TravelEstimate.travelMetres(straight)).isEqualTo(straight * 1.4);
		// 14.4 km at 40 km/h ≈ 22 min; on foot to a shelter far longer
		assertThat(TravelEstimate.minutes(ResourceKind.TEAM, 14_400)).isEqualTo(22);
		assertThat(TravelEstimate.minutes(ResourceKind.SHELTER, 14_400)).isGreaterThan(200);
	}

}
