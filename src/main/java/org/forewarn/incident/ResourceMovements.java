package org.forewarn.incident;

import java.util.Map;

import org.forewarn.resource.DispatchProgressed;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Puts the resource module's dispatches for an incident on its command board: requested,
 * approved, dispatched, arrived, returned. A dispatch that names no incident, or an
 * incident this platform does not know (the resource module takes the id as given), is
 * left out.
 */
@Component
class ResourceMovements {

	private static final Map<String, String> STATUS = Map.of("REQUESTED", "已申请", "APPROVED", "已批准", "REJECTED", "未批准",
			"CANCELLED", "已取消", "DISPATCHED", "已出动", "ARRIVED", "已到达", "RETURNED", "已归还/归队");

	private final Incidents incidents;

	private final Timeline timeline;

	ResourceMovements(Incidents incidents, Timeline timeline) {
		this.incidents = incidents;
		this.timeline = timeline;
	}

	@ApplicationModuleListener
	void on(DispatchProgressed dispatch) {
		if (dispatch.incidentId() == null || incidents.find(dispatch.incidentId().value()).isEmpty()) {
			return;
		}
		timeline.add(dispatch.incidentId().value(), "RESOURCE", summary(dispatch), dispatch.by());
	}

	static String summary(DispatchProgressed dispatch) {
		String amount = "SUPPLY".equals(dispatch.resourceKind()) && dispatch.quantity() > 0
				? " " + dispatch.quantity() + (dispatch.unit() == null ? "" : dispatch.unit()) : "";
		return "资源调度：" + dispatch.resourceName() + amount + " "
				+ STATUS.getOrDefault(dispatch.status(), dispatch.status());
	}

}
