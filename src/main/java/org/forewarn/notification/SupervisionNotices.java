package org.forewarn.notification;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.forewarn.hazard.DisposalOrderSupervised;
import org.forewarn.organisation.LocatedPerson;
import org.forewarn.organisation.People;
import org.forewarn.organisation.PersonRole;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Delivers the hazard loop's supervision 督办 to people: an overdue flag goes to the duty
 * officers of the level above the order's territory (yellow: the district's, red: the
 * city's); a superior's supervision goes to the street's duty officers and to the
 * responsible department. The hazard module only publishes
 * {@link DisposalOrderSupervised} and needs no answer, so the notice is built here, with
 * acknowledgement asked within an hour; idempotent per order, level and moment (a
 * replayed event sends nothing twice).
 */
@Component
class SupervisionNotices {

	private static final Logger log = LoggerFactory.getLogger(SupervisionNotices.class);

	private final People people;

	private final NotificationDesk desk;

	SupervisionNotices(People people, NotificationDesk desk) {
		this.people = people;
		this.desk = desk;
	}

	/**
	 * Keeps the listener id this reaction had in the hazard module, so that a publication
	 * stored (and not yet completed) before it moved here is still delivered when it is
	 * resubmitted.
	 */
	@ApplicationModuleListener(
			id = "org.forewarn.hazard.SupervisionNotices.on(org.forewarn.hazard.DisposalOrderSupervised)")
	void on(DisposalOrderSupervised supervised) {
		List<UUID> dutyOfficers = new ArrayList<>(
				people.within(List.of(supervised.notifyRegionCode()), Set.of(PersonRole.DUTY_OFFICER), Set.of())
					.stream()
					.filter(p -> supervised.notifyRegionCode().equals(p.regionCode()))
					.map(LocatedPerson::id)
					.toList());
		List<String> departments = "MANUAL".equals(supervised.level()) && supervised.departmentCode() != null
				? List.of(supervised.departmentCode()) : List.of();
		if (dutyOfficers.isEmpty() && departments.isEmpty()) {
			log.warn("Supervision of order {} ({}) has nobody to notify in {}", supervised.code(), supervised.level(),
					supervised.notifyRegionCode());
			return;
		}
		desk.send(command(supervised, dutyOfficers, departments));
	}

	/**
	 * The notice of a supervision; its reference is the idempotency key the hazard
	 * module's notices always had.
	 */
	static Command command(DisposalOrderSupervised supervised, List<UUID> dutyOfficers, List<String> departments) {
		String level = switch (supervised.level()) {
			case "RED" -> "红色督办";
			case "YELLOW" -> "黄色督办";
			default -> "督办";
		};
		return new Command(reference(supervised), level + "：隐患处置单 " + supervised.code(),
				(supervised.note() == null ? "" : supervised.note() + "。") + "请督促责任单位按期处置（环节 " + supervised.step()
						+ "）。",
				dutyOfficers, departments, supervised.notifyRegionCode(), "system", Duration.ofHours(1));
	}

	static String reference(DisposalOrderSupervised supervised) {
		return "hazard-supervision:" + supervised.id() + ":" + supervised.level() + ":"
				+ supervised.at().toEpochMilli();
	}

}
