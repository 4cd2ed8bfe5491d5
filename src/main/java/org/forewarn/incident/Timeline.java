package org.forewarn.incident;

import java.time.Clock;
import java.util.UUID;

import org.springframework.stereotype.Component;

/**
 * The timeline of an incident: reports, decisions, consultations, activations, tasks,
 * level changes, messages. To feed it from another module's event, add one listener in
 * this module, e.g. <pre>{@code
 * &#64;ApplicationModuleListener
 * void on(DispatchArrived e) { timeline.add(e.incidentId(), "RESOURCE", e.teamName() + " 已到达", e.by()); }
 * }</pre> Each entry also tells the open command boards (after commit).
 */
@Component
class Timeline {

	private final Incidents incidents;

	private final BoardStream stream;

	private final Clock clock;

	Timeline(Incidents incidents, BoardStream stream, Clock clock) {
		this.incidents = incidents;
		this.stream = stream;
		this.clock = clock;
	}

	void add(UUID incident, String kind, String summary, String actor) {
		incidents.appendTimeline(incident, clock.instant(), kind, summary, actor == null ? "system" : actor);
		stream.changed(incident, kind, summary);
	}

}
