package org.forewarn.monitoring;

import java.time.Duration;
import java.util.List;

import org.forewarn.warning.Colour;
import org.forewarn.warning.WarningDrafts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * 知 → 行: a rainstorm alarm proposes a warning draft (GB/T 35561 11B03, the colour of the
 * rule that fired) for the station's street, for a duty officer to check, approve and
 * issue (four eyes still apply: one officer adopts it, a second approves). One open
 * proposal per street and event type: a further gauge's alarm adds its evidence to it,
 * and a replayed event returns the same draft.
 */
@Component
class WarningProposals {

	static final String RAINSTORM = "11B03";

	private static final Logger log = LoggerFactory.getLogger(WarningProposals.class);

	private final WarningDrafts drafts;

	WarningProposals(WarningDrafts drafts) {
		this.drafts = drafts;
	}

	@ApplicationModuleListener
	void on(AlarmRaised alarm) {
		if (!"RAINSTORM".equals(alarm.type()) || alarm.signal() == null) {
			return;
		}
		Colour colour;
		try {
			colour = Colour.valueOf(alarm.signal());
		}
		catch (IllegalArgumentException unknown) {
			log.warn("Rainstorm alarm {} has signal {}, which is no warning colour", alarm.alarmId(), alarm.signal());
			return;
		}
		AlarmSource at = alarm.source();
		String area = at.streetCode() != null ? at.streetCode() : at.districtCode();
		if (area == null) {
			return;
		}
		String value = alarm.value() == null ? "" : "%.1f mm（阈值 %.0f mm）".formatted(alarm.value(), alarm.threshold());
		drafts.proposeFrom(new WarningDrafts.Proposal(RAINSTORM, colour, List.of(area), null,
				"暴雨" + colour.chinese() + "预警（由雨量站 " + at.stationName() + " 告警建议）",
				"雨量站 " + at.stationCode() + " 累计雨量 " + value + "，规则 " + alarm.ruleCode() + "。",
				"请相关责任人加强巡查，低洼易涝区域做好人员转移准备，注意防范山洪、地质灾害。", alarm.observedAt().plus(Duration.ofHours(6)),
				"alarm:" + alarm.alarmId().value()));
	}

}
