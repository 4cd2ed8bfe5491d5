package org.forewarn.organisation;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.forewarn.platform.DemoMode;
import org.forewarn.platform.StartupNote;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo duty rosters (demo mode only), relative to the clock: at every centre a rotating
 * 24-hour shift from 08:00 Beijing time — a duty officer, an assistant (the next officer
 * in the rotation) and a leader in charge (the centre department's handlers stand in for
 * its leaders) — from 7 days before today to 30 days after. The rotation is by calendar
 * day, so shifts keep their people across restarts; each start adds the days now missing
 * (ids from the centre, post and day, inserted with {@code on conflict do nothing}), so
 * "now" always has someone on duty. The demo accounts duty.city, duty.futian and
 * duty.nanshan are in their centre's rotation.
 */
@Component
@Order(55)
class DutyDemoData implements ApplicationRunner, StartupNote {

	private static final Logger log = LoggerFactory.getLogger(DutyDemoData.class);
	static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
	static final LocalTime CHANGE = LocalTime.of(8, 0);
	static final int DAYS_BEFORE = 7;
	static final int DAYS_AFTER = 30;

	private final DemoMode demo;

	private final CommandCentres centres;

	private final DutyRoster roster;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private String note = "";

	DutyDemoData(DemoMode demo, CommandCentres centres, DutyRoster roster, JdbcClient jdbc,
			TransactionTemplate transactions, Clock clock) {
		this.demo = demo;
		this.centres = centres;
		this.roster = roster;
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!demo.enabled()) {
			return;
		}
		int added = transactions.execute(status -> generate(clock.instant()));
		log.info("Duty demo rosters: {} shifts added", added);
		note = " Duty: %d demo shifts added".formatted(added);
	}

	/** Adds the missing demo shifts around {@code now}; returns how many were added. */
	int generate(Instant now) {
		LocalDate today = now.atZone(BEIJING).minusHours(CHANGE.getHour()).toLocalDate();
		int added = 0;
		List<CommandCentres.CommandCentre> all = centres.all();
		for (CommandCentres.CommandCentre centre : all) {
			// centres of the same area and department (the city centre and the
			// hazardous-chemicals sub-centre are
			// both the city emergency bureau's) share out its people, so nobody is on
			// duty at two centres at once
			List<CommandCentres.CommandCentre> sharing = all.stream()
				.filter(c -> c.regionCode().equals(centre.regionCode())
						&& c.departmentCode().equals(centre.departmentCode()))
				.toList();
			List<UUID> officers = slice(pool("DUTY_OFFICER", centre), sharing.indexOf(centre), sharing.size());
			List<UUID> leaders = slice(pool("HANDLER", centre), sharing.indexOf(centre), sharing.size());
			if (officers.isEmpty()) {
				continue;
			}
			for (int d = -DAYS_BEFORE; d <= DAYS_AFTER; d++) {
				LocalDate day = today.plusDays(d);
				Instant from = day.atTime(CHANGE).atZone(BEIJING).toInstant();
				Instant to = day.plusDays(1).atTime(CHANGE).atZone(BEIJING).toInstant();
				int turn = (int) Math.floorMod(day.toEpochDay(), (long) officers.size());
				added += put(centre, DutyPosition.OFFICER, officers.get(turn), day, from, to, now);
				if (officers.size() > 1) {
					added += put(centre, DutyPosition.ASSISTANT, officers.get((turn + 1) % officers.size()), day, from,
							to, now);
				}
				if (!leaders.isEmpty()) {
					added += put(centre, DutyPosition.LEADER,
							leaders.get((int) Math.floorMod(day.toEpochDay(), (long) leaders.size())), day, from, to,
							now);
				}
			}
		}
		return added;
	}

	/**
	 * Every {@code count}-th person from {@code index}; the demo accounts come first, so
	 * they stay at the main centre.
	 */
	private static List<UUID> slice(List<UUID> pool, int index, int count) {
		List<UUID> ordered = new ArrayList<>(pool);
		for (String account : List.of("duty.nanshan", "duty.futian", "duty.city")) {
			UUID id = DemoPopulation.accountPersonId(account);
			if (ordered.remove(id)) {
				ordered.addFirst(id);
			}
		}
		List<UUID> mine = new ArrayList<>();
		for (int i = index; i < ordered.size(); i += count) {
			mine.add(ordered.get(i));
		}
		return mine.isEmpty() ? ordered : mine;
	}

	private int put(CommandCentres.CommandCentre centre, DutyPosition position, UUID person, LocalDate day,
			Instant from, Instant to, Instant now) {
		UUID id = UUID.nameUUIDFromBytes(
				("duty:demo:" + centre.code() + ":" + position + ":" + day).getBytes(StandardCharsets.UTF_8));
		return roster.insert(id, centre.code(), position, person, from, to, "system", now) ? 1 : 0;
	}

	/**
	 * The centre's people for a post, in a stable order: duty officers of the centre's
	 * area and department (district sub-centres also take officers filed without a
	 * department, such as duty.futian); handlers of its department.
	 */
	private List<UUID> pool(String role, CommandCentres.CommandCentre centre) {
		boolean industry = "INDUSTRY".equals(centre.tier());
		return new ArrayList<>(jdbc.sql("""
				select id from person where role = :role and region_code = :region
				   and (department_code = :department or (:open and department_code is null))
				 order by id""")
			.param("role", role)
			.param("region", centre.regionCode())
			.param("department", centre.departmentCode())
			.param("open", !industry && "DUTY_OFFICER".equals(role))
			.query(UUID.class)
			.list());
	}

	@Override
	public String text() {
		return note;
	}

}
