package org.forewarn.monitoring;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * Evaluates the alarm rules on each new reading and decides what happens to the station's alarms: raise, escalate,
 * repeat or clear. Keeps per sensor the readings of the longest rule window (event time: a window ends at the
 * reading's own time, so a replay or a back-fill gives the same sums), and the active alarms per station and type.
 * Not thread-safe: the telemetry writer is its only user, one reading at a time, in order.
 * <p>
 * Policies: the most severe firing rule of a type sets the alarm's severity, which only rises while the alarm is
 * active; an alarm clears only when no rule of its type "holds" (is within its clear margin of firing: hysteresis);
 * a reading older than the sensor's newest evaluated one updates the windows but decides nothing (late data must not
 * clear a current alarm); any reading from a station clears its no-data alarm.
 */
final class RuleEngine {

	/** The stored readings of sensors, for windows after a restart. */
	interface History {
		/** A sensor's readings in [from, to). */
		NavigableMap<Instant, Double> load(String station, String metric, Instant from, Instant to);

		/**
		 * Several sensors at once: for each sensor key ({@code station|metric}) its readings in [first - span, first).
		 * The default asks one sensor at a time.
		 */
		default Map<String, NavigableMap<Instant, Double>> loadAll(Map<String, Instant> firsts, Duration span) {
			Map<String, NavigableMap<Instant, Double>> all = new HashMap<>();
			firsts.forEach((sensor, first) -> {
				int bar = sensor.indexOf('|');
				all.put(sensor, load(sensor.substring(0, bar), sensor.substring(bar + 1), first.minus(span), first));
			});
			return all;
		}
	}

	/** An alarm that is active now, as the engine needs it. */
	record Active(AlarmId id, String type, Severity severity, boolean hazardOpened) {
	}

	enum Outcome {
		RAISE, ESCALATE, REPEAT, CLEAR
	}

	/** What a reading (or a silence) did to an alarm. {@code active} is the alarm before (null for RAISE). */
	record Decision(Outcome outcome, Station station, String type, AlarmRule rule, Double measure, Double threshold,
			Instant at, Active active, String reason) {
	}

	private final Map<String, List<AlarmRule>> rulesBySensorKind = new HashMap<>();
	/** The same rules grouped by alarm type, per station type and metric (built once, read per reading). */
	private final Map<String, Map<String, List<AlarmRule>>> typesBySensorKind = new HashMap<>();
	private final List<AlarmRule> noData = new ArrayList<>();
	private final History history;
	private final Map<String, Window> windows = new HashMap<>();
	private final Map<String, Active> active = new HashMap<>();

	RuleEngine(List<AlarmRule> rules, History history) {
		for (AlarmRule rule : rules) {
			if (rule.kind() == AlarmRule.Kind.NO_DATA) {
				noData.add(rule);
			}
			else {
				rulesBySensorKind.computeIfAbsent(rule.stationType() + ":" + rule.metric(), k -> new ArrayList<>())
					.add(rule);
			}
		}
		rulesBySensorKind.forEach((kind, list) -> {
			Map<String, List<AlarmRule>> byType = new LinkedHashMap<>();
			for (AlarmRule rule : list) {
				byType.computeIfAbsent(rule.alarmType(), k -> new ArrayList<>(3)).add(rule);
			}
			typesBySensorKind.put(kind, byType);
		});
		this.history = history;
	}

	/** Replaces the engine's view of the active alarms (at start, and after a failed batch). */
	void activeAlarms(Map<String, Active> byStationAndType) {
		active.clear();
		active.putAll(byStationAndType);
	}

	/** Forgets all windows (after a failed batch: they are reloaded from the database on next use). */
	void forgetWindows() {
		windows.clear();
	}

	static String key(String station, String type) {
		return station + "|" + type;
	}

	Active active(String station, String type) {
		return active.get(key(station, type));
	}

	/** An alarm was cleared outside the engine (by a user). */
	void cleared(String station, String type) {
		active.remove(key(station, type));
	}

	int activeCount() {
		return active.size();
	}

	List<AlarmRule> noDataRules() {
		return noData;
	}

	/**
	 * Loads, in one go, the windows of the sensors in {@code readings} that have none yet (the first batch after a
	 * start would otherwise ask the database once per sensor). {@code readings} ordered by sensor and time.
	 */
	void prepare(List<Reading> readings, Map<String, Station> stations) {
		Map<String, Instant> firsts = new LinkedHashMap<>();
		Duration longest = Duration.ZERO;
		for (Reading r : readings) {
			String sensor = r.station() + "|" + r.metric();
			if (windows.containsKey(sensor) || firsts.containsKey(sensor)) {
				continue;
			}
			Station station = stations.get(r.station());
			List<AlarmRule> rules = station == null ? null : rulesBySensorKind.get(station.type() + ":" + r.metric());
			if (rules == null) {
				continue;
			}
			Duration span = span(rules);
			if (!span.isZero()) {
				firsts.put(sensor, r.ts());
				longest = span.compareTo(longest) > 0 ? span : longest;
			}
		}
		if (firsts.isEmpty()) {
			return;
		}
		Map<String, NavigableMap<Instant, Double>> loaded = history.loadAll(firsts, longest);
		firsts.forEach((sensor, first) -> {
			int bar = sensor.indexOf('|');
			Station station = stations.get(sensor.substring(0, bar));
			Window window = new Window(span(rulesBySensorKind.get(station.type() + ":" + sensor.substring(bar + 1))));
			NavigableMap<Instant, Double> values = loaded.get(sensor);
			if (values != null) {
				window.values.putAll(values.tailMap(first.minus(window.span), true));
			}
			windows.put(sensor, window);
		});
	}

	private static Duration span(List<AlarmRule> rules) {
		Duration span = Duration.ZERO;
		for (AlarmRule rule : rules) {
			if (rule.windowMinutes() != null && rule.kind() != AlarmRule.Kind.THRESHOLD) {
				Duration d = Duration.ofMinutes(rule.windowMinutes());
				span = d.compareTo(span) > 0 ? d : span;
			}
		}
		return span;
	}

	/** Evaluates one new reading; the decisions come in the order they must be applied. */
	List<Decision> evaluate(Station station, Reading reading) {
		List<Decision> decisions = new ArrayList<>(1);
		Active silent = active.get(key(station.code(), "NO_DATA"));
		if (silent != null) {
			active.remove(key(station.code(), "NO_DATA"));
			decisions.add(new Decision(Outcome.CLEAR, station, "NO_DATA", null, null, null, reading.ts(), silent,
					"the station reported again"));
		}
		String kind = station.type() + ":" + reading.metric();
		List<AlarmRule> rules = rulesBySensorKind.get(kind);
		if (rules == null) {
			return decisions;
		}
		Window window = window(station, reading, rules);
		boolean latest = window.add(reading.ts(), reading.value());
		if (!latest) {
			return decisions;
		}
		Map<String, List<AlarmRule>> byType = typesBySensorKind.get(kind);
		for (Map.Entry<String, List<AlarmRule>> entry : byType.entrySet()) {
			decide(station, entry.getKey(), entry.getValue(), window, reading, decisions);
		}
		return decisions;
	}

	private void decide(Station station, String type, List<AlarmRule> rules, Window window, Reading reading,
			List<Decision> decisions) {
		AlarmRule top = null;
		double topMeasure = 0, topThreshold = 0;
		boolean held = false;
		double lastMeasure = Double.NaN;
		double lastThreshold = Double.NaN;
		AlarmRule lastRule = null;
		for (AlarmRule rule : rules) {
			Double threshold = rule.threshold(station);
			if (threshold == null) {
				continue;
			}
			Double measure = measure(rule, window, reading);
			if (measure == null) {
				continue;
			}
			lastMeasure = measure;
			lastThreshold = threshold;
			lastRule = rule;
			if (rule.fires(measure, threshold) && (top == null || rule.severity().above(top.severity()))) {
				top = rule;
				topMeasure = measure;
				topThreshold = threshold;
			}
			held |= rule.holds(measure, threshold);
		}
		String key = key(station.code(), type);
		Active current = active.get(key);
		if (top != null) {
			if (current == null) {
				Active raised = new Active(AlarmId.random(), type, top.severity(), false);
				active.put(key, raised);
				decisions.add(new Decision(Outcome.RAISE, station, type, top, topMeasure, topThreshold, reading.ts(),
						null, top.name()));
			}
			else if (top.severity().above(current.severity())) {
				active.put(key, new Active(current.id(), type, top.severity(), current.hazardOpened()));
				decisions.add(new Decision(Outcome.ESCALATE, station, type, top, topMeasure, topThreshold,
						reading.ts(), current, top.name()));
			}
			else {
				decisions.add(new Decision(Outcome.REPEAT, station, type, top, topMeasure, topThreshold, reading.ts(),
						current, null));
			}
		}
		else if (current != null && !held && lastRule != null) {
			active.remove(key);
			decisions.add(new Decision(Outcome.CLEAR, station, type, lastRule, lastMeasure, lastThreshold,
					reading.ts(), current, "back to normal: %s %.2f, clear below %.2f".formatted(
							lastRule.kind() == AlarmRule.Kind.WINDOW_SUM ? lastRule.windowMinutes() + " min sum"
									: lastRule.metric(),
							lastMeasure, lastRule.below() ? lastThreshold + lastRule.clearMargin()
									: lastThreshold - lastRule.clearMargin())));
		}
	}

	/** Records that the engine raised a hazard report for an active alarm. */
	void hazardOpened(String station, String type) {
		Active current = active.get(key(station, type));
		if (current != null) {
			active.put(key(station, type), new Active(current.id(), type, current.severity(), true));
		}
	}

	/** Replaces the id of an alarm the engine raised by the one already in the database (raised elsewhere). */
	void adopt(String station, String type, Active existing) {
		active.put(key(station, type), existing);
	}

	/**
	 * A station has been silent since {@code lastReceived}: raises its no-data alarm when a rule's window has passed
	 * and none is active.
	 */
	Decision silence(Station station, Instant lastReceived, Instant now) {
		String key = key(station.code(), "NO_DATA");
		if (active.containsKey(key)) {
			return null;
		}
		for (AlarmRule rule : noData) {
			if ((rule.stationType() == null || rule.stationType() == station.type())
					&& !lastReceived.plus(Duration.ofMinutes(rule.windowMinutes())).isAfter(now)) {
				active.put(key, new Active(AlarmId.random(), "NO_DATA", rule.severity(), false));
				double minutes = Duration.between(lastReceived, now).toSeconds() / 60.0;
				return new Decision(Outcome.RAISE, station, "NO_DATA", rule, minutes, (double) rule.windowMinutes(),
						now, null, "%s（最后一次数据 %s）".formatted(rule.name(), lastReceived));
			}
		}
		return null;
	}

	private Double measure(AlarmRule rule, Window window, Reading reading) {
		return switch (rule.kind()) {
			case THRESHOLD -> reading.value();
			case WINDOW_SUM -> window.sum(reading.ts().minus(Duration.ofMinutes(rule.windowMinutes())), reading.ts());
			case RATE_OF_RISE -> window.risePerHour(reading.ts(), Duration.ofMinutes(rule.windowMinutes()));
			case NO_DATA -> null;
		};
	}

	private Window window(Station station, Reading reading, List<AlarmRule> rules) {
		String key = station.code() + "|" + reading.metric();
		Window window = windows.get(key);
		if (window == null) {
			Duration span = span(rules);
			window = new Window(span);
			if (!span.isZero()) {
				window.values.putAll(history.load(station.code(), reading.metric(), reading.ts().minus(span),
						reading.ts()));
			}
			windows.put(key, window);
		}
		return window;
	}

	/** A sensor's recent readings, by time, spanning the longest window of its rules. */
	static final class Window {

		final Duration span;
		final TreeMap<Instant, Double> values = new TreeMap<>();
		Instant newestEvaluated;

		Window(Duration span) {
			this.span = span;
		}

		/** Adds a reading; returns whether it is the newest the sensor has had (and so should be evaluated). */
		boolean add(Instant ts, double value) {
			if (!span.isZero()) {
				values.put(ts, value);
				Instant newest = values.lastKey();
				Instant horizon = newest.minus(span);
				while (!values.isEmpty() && values.firstKey().isBefore(horizon)) {
					values.pollFirstEntry();
				}
			}
			if (newestEvaluated != null && ts.isBefore(newestEvaluated)) {
				return false;
			}
			newestEvaluated = ts;
			return true;
		}

		/** Sum of the values with time in (from, to]. */
		double sum(Instant from, Instant to) {
			double sum = 0;
			for (double v : values.subMap(from, false, to, true).values()) {
				sum += v;
			}
			return sum;
		}

		/** Rise per hour from the reading at or before {@code now - span} to now; null without such a reading. */
		Double risePerHour(Instant now, Duration over) {
			Map.Entry<Instant, Double> then = values.floorEntry(now.minus(over));
			if (then == null) {
				then = values.firstEntry();
				if (then == null || Duration.between(then.getKey(), now).compareTo(over.dividedBy(2)) < 0) {
					return null; // too little history to speak of a rate
				}
			}
			Double current = values.get(now);
			if (current == null) {
				return null;
			}
			double hours = Duration.between(then.getKey(), now).toSeconds() / 3600.0;
			return hours <= 0 ? null : (current - then.getValue()) / hours;
		}
	}
}
