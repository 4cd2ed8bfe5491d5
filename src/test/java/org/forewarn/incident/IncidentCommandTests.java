package org.forewarn.incident;

import org.junit.jupiter.api.Test;

import org.forewarn.plan.ResponseLevel;
import org.forewarn.platform.InputRejected;
import org.forewarn.platform.RefusalStatus;

import org.springframework.http.HttpStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class IncidentCommandTests {

	@Test
	void eachStatusMoveReachesItsStatus() {
		assertThat(IncidentStatus.REPORTED.after(new IncidentCommand.Respond("启动Ⅳ级响应")))
			.isEqualTo(IncidentStatus.RESPONDING);
		assertThat(IncidentStatus.RESPONDING.after(new IncidentCommand.Recover("险情解除")))
			.isEqualTo(IncidentStatus.RECOVERING);
		assertThat(IncidentStatus.RECOVERING.after(new IncidentCommand.Respond("次生灾害")))
			.isEqualTo(IncidentStatus.RESPONDING);
		assertThat(IncidentStatus.RECOVERING.after(new IncidentCommand.Close("恢复重建完成")))
			.isEqualTo(IncidentStatus.CLOSED);
		assertThat(IncidentStatus.REPORTED.after(new IncidentCommand.Close("误报"))).isEqualTo(IncidentStatus.CLOSED);
	}

	@Test
	void aLevelChangeKeepsTheStatusOfAnOpenIncident() {
		assertThat(IncidentStatus.RESPONDING.after(new IncidentCommand.ChangeLevel(ResponseLevel.II, "伤亡增加")))
			.isEqualTo(IncidentStatus.RESPONDING);
	}

	@Test
	void anIllegalMoveIsAConflictAnswered409() {
		for (var illegal : new Object[][] { { IncidentStatus.REPORTED, new IncidentCommand.Recover(null) },
				{ IncidentStatus.RESPONDING, new IncidentCommand.Respond(null) },
				{ IncidentStatus.CLOSED, new IncidentCommand.Respond(null) },
				{ IncidentStatus.CLOSED, new IncidentCommand.Close(null) },
				{ IncidentStatus.CLOSED, new IncidentCommand.ChangeLevel(ResponseLevel.I, "x") } }) {
			IncidentStatus from = (IncidentStatus) illegal[0];
			InputRejected refused = catchThrowableOfType(InputRejected.class,
					() -> from.after((IncidentCommand) illegal[1]));
			assertThat(refused).as("%s from %s", illegal[1], from).isNotNull();
			assertThat(refused.field()).isEqualTo("status");
			assertThat(RefusalStatus.of(refused.refusal())).isEqualTo(HttpStatus.CONFLICT);
		}
	}

}
