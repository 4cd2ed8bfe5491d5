package org.forewarn.hazard;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.DayOfWeek;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Step deadlines from {@code hazard_deadline_policy}, counted in hours or in working
 * days. Working days are Monday to Friday except the public holidays of
 * {@code working_calendar}, plus the weekend days worked in exchange; they are counted in
 * China Standard Time, so "2 working days" from Friday 17:00 is Tuesday 17:00.
 */
@Component
class StepDeadlines implements Deadlines {

	static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	record Policy(Grade grade, DeadlineStep step, int amount, String unit, int redAfter) {
	}

	private final JdbcClient jdbc;

	private volatile Map<String, Policy> policies;

	private volatile Map<LocalDate, Boolean> exceptions;

	StepDeadlines(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Policy> policies() {
		return loaded().values()
			.stream()
			.sorted((a, b) -> a.grade() != b.grade() ? a.grade().compareTo(b.grade()) : a.step().compareTo(b.step()))
			.toList();
	}

	/** Re-reads the tables (after an administrator changed the policy). */
	void reload() {
		policies = null;
		exceptions = null;
	}

	@Override
	public Due due(Grade grade, DeadlineStep step, Instant from) {
		Policy policy = loaded().get(grade + ":" + step);
		if (policy == null) {
			return new Due(null, null);
		}
		if ("HOURS".equals(policy.unit())) {
			Instant deadline = from.plus(policy.amount(), ChronoUnit.HOURS);
			return new Due(deadline, deadline.plus(policy.redAfter(), ChronoUnit.HOURS));
		}
		Instant deadline = addWorkingDays(from, policy.amount());
		return new Due(deadline, addWorkingDays(deadline, policy.redAfter()));
	}

	Instant addWorkingDays(Instant from, int days) {
		ZonedDateTime at = from.atZone(CHINA);
		int counted = 0;
		while (counted < days) {
			at = at.plusDays(1);
			if (working(at.toLocalDate())) {
				counted++;
			}
		}
		return at.toInstant();
	}

	boolean working(LocalDate day) {
		Boolean exception = calendar().get(day);
		if (exception != null) {
			return exception;
		}
		return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
	}

	private Map<String, Policy> loaded() {
		Map<String, Policy> current = policies;
		if (current == null) {
			Map<String, Policy> read = new HashMap<>();
			jdbc.sql("select grade, step, amount, unit, red_after from hazard_deadline_policy")
				.query((rs, n) -> new Policy(Grade.valueOf(rs.getString(1)), DeadlineStep.valueOf(rs.getString(2)),
						rs.getInt(3), rs.getString(4), rs.getInt(5)))
				.list()
				.forEach(p -> read.put(p.grade() + ":" + p.step(), p));
			policies = current = Map.copyOf(read);
		}
		return current;
	}

	private Map<LocalDate, Boolean> calendar() {
		Map<LocalDate, Boolean> current = exceptions;
		if (current == null) {
			Map<LocalDate, Boolean> read = new HashMap<>();
			jdbc.sql("select day, working from working_calendar")
				.query((rs, n) -> Map.entry(rs.getObject(1, LocalDate.class), rs.getBoolean(2)))
				.list()
				.forEach(e -> read.put(e.getKey(), e.getValue()));
			exceptions = current = Map.copyOf(read);
		}
		return current;
	}

}
