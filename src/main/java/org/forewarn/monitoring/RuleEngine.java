package org.forewarn.monitoring;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;

/**
 * Evaluates the alarm rules on each new reading and decides what happens to the station's
 * alarms: raise, escalate, repeat or clear. Keeps per sensor the readings of the longest
 * rule window (event time: a window ends at the reading's own time, so a replay or a
 * back-fill gives the same sums), and the active alarms per station and type. Not
 * thread-safe: the telemetry writer is its only user, one reading at a time, in order.
 * <p>
 * Policies: the most severe firing rule of a type sets the alarm's severity, which only
 * rises while the alarm is active; an alarm clears only when no rule of its type "holds"
 * (is within its clear margin of firing: hysteresis); a reading older than the sensor's
 * newest evaluated one updates the windows but decides nothing (late data must not clear
 * a current alarm); any reading from a station clears its no-data alarm.
 */
final class RuleEngine {

	/** The stored readings of sensors, for windows after a restart. */
	interface History {

		/** A sensor's readings in [from, to). */
		NavigableMap<Instant, Double> load(String station, String metric, Instant from, Instant to);

		/**
		 * Several sensors at once: for each sensor key ({@code station|metric}) its
		 * readings in [first - span, first). The default asks one sensor at a time.
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

	/**
	 * What a reading (or a silence) did to an alarm. {@code active} is the alarm before
	 * (null for RAISE).
	 */
	record Decision(Outcome outcome, Station station, String type, AlarmRule rule, Double measure, Double threshold,
			Instant at, Active active, String reason) {
	}

	private final Map<String, List<AlarmRule>> rulesBySensorKind = new HashMap<>();

	/**
	 * The same rules grouped by alarm type, per station type and metric (built once, read
	 * per reading).
	 */
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

	/**
	 * Replaces the engine's view of the active alarms (at start, and after a failed
	 * batch).
	 */
	void activeAlarms(Map<String, Active> byStationAndType) {
		active.clear();
		active.putAll(byStationAndType);
	}

	/**
	 * Forgets all windows (after a failed batch: they are reloaded from the database on
	 * next use).
	 */
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
	 * Loads, in one go, the windows of the sensors in {@code readings} that have none yet
	 * (the first batch after a start would otherwise ask the database once per sensor).
	 * {@code readings} ordered by sensor and time.
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
				window.putAll(values.tailMap(first.minus(window.span), true));
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

	/**
	 * Evaluates one new reading; the decisions come in the order they must be applied.
	 */
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
				decisions.add(new Decision(Outcome.ESCALATE, station, type, top, topMeasure, topThreshold, reading.ts(),
						current, top.name()));
			}
			else {
				decisions.add(new Decision(Outcome.REPEAT, station, type, top, topMeasure, topThreshold, reading.ts(),
						current, null));
			}
		}
		else if (current != null && !held && lastRule != null) {
			active.remove(key);
			decisions.add(new Decision(Outcome.CLEAR, station, type, lastRule, lastMeasure, lastThreshold, reading.ts(),
					current,
					"back to normal: %s %.2f, clear below %.2f".formatted(
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

	/**
	 * Replaces the id of an alarm the engine raised by the one already in the database
	 * (raised elsewhere).
	 */
	void adopt(String station, String type, Active existing) {
		active.put(key(station, type), existing);
	}

	/**
	 * A station has been silent since {@code lastReceived}: raises its no-data alarm when
	 * a rule's window has passed and none is active.
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
				window.putAll(history.load(station.code(), reading.metric(), reading.ts().minus(span), reading.ts()));
			}
			windows.put(key, window);
		}
		return window;
	}

	/**
	 * A sensor's recent readings spanning the longest window of its rules: times (µs) and
	 * values in sorted arrays with prefix sums, so a window sum is two binary searches.
	 * Readings almost always arrive in order (an append); one out of order is inserted
	 * and the sums after it recomputed.
	 */
	static final class Window {

		final Duration span;

		private final long spanMicros;

		private long[] times = new long[16];

		private double[] values = new double[16];

		/** prefix[i] = sum of values[first..i] inclusive. */
		private double[] prefix = new double[16];

		private int first;

		private int size;

		Instant newestEvaluated;

		Window(Duration span) {
			this.span = span;
			this.spanMicros = span.toNanos() / 1_000;
		}

		private static long micros(Instant t) {
			return t.getEpochSecond() * 1_000_000L + t.getNano() / 1_000;
		}

		/** Adds stored readings (history). */
		void putAll(Map<Instant, Double> readings) {
			for (Map.Entry<Instant, Double> e : readings.entrySet()) {
				put(micros(e.getKey()), e.getValue());
			}
		}

		/**
		 * Adds a reading; returns whether it is the newest the sensor has had (and so
		 * should be evaluated).
		 */
		boolean add(Instant ts, double value) {
			if (spanMicros > 0) {
				put(micros(ts), value);
			}
			if (newestEvaluated != null && ts.isBefore(newestEvaluated)) {
				return false;
			}
			newestEvaluated = ts;
			return true;
		}

		private void put(long t, double v) {
			if (size > 0 && times[first + size - 1] >= t) {
				int at = lowerBound(t);
				if (at < first + size && times[at] == t) {
					values[at] = v; // the same time again: replace, recompute from here
					recompute(at);
					return;
				}
			}
			if (first + size == times.length) {
				compact();
			}
			int end = first + size;
			int at = size > 0 && times[end - 1] >= t ? lowerBound(t) : end;
			System.arraycopy(times, at, times, at + 1, end - at);
			System.arraycopy(values, at, values, at + 1, end - at);
			times[at] = t;
			values[at] = v;
			size++;
			recompute(at);
			// drop what is older than the span before the newest
			long horizon = times[first + size - 1] - spanMicros;
			while (size > 1 && times[first] < horizon) {
				first++;
				size--;
			}
		}

		private void recompute(int from) {
			double running = from > first ? prefix[from - 1] : 0;
			for (int i = from; i < first + size; i++) {
				running += values[i];
				prefix[i] = running;
			}
		}

		private void compact() {
			if (first > 0 && size < times.length / 2) {
				System.arraycopy(times, first, times, 0, size);
				System.arraycopy(values, first, values, 0, size);
				first = 0;
			}
			else {
				int capacity = times.length * 2;
				long[] t = new long[capacity];
				double[] v = new double[capacity];
				System.arraycopy(times, first, t, 0, size);
				System.arraycopy(values, first, v, 0, size);
				times = t;
				values = v;
				prefix = new double[capacity];
				first = 0;
			}
			recompute(0);
		}

		/** Index of the first reading with time ≥ t (first + size if none). */
		private int lowerBound(long t) {
			int lo = first, hi = first + size;
			while (lo < hi) {
				int mid = (lo + hi) >>> 1;
				if (times[mid] < t) {
					lo = mid + 1;
				}
				else {
					hi = mid;
				}
			}
			return lo;
		}

		/** Index of the first reading with time > t. */
		private int upperBound(long t) {
			int lo = first, hi = first + size;
			while (lo < hi) {
				int mid = (lo + hi) >>> 1;
				if (times[mid] <= t) {
					lo = mid + 1;
				}
				else {
					hi = mid;
				}
			}
			return lo;
		}

		/**
		 * Sum of the values before {@code index}, on the same base as {@code prefix}
		 * (which may include dropped ones).
		 */
		private double prefixBefore(int index) {
			if (index == first + size) {
				return size == 0 ? 0 : prefix[index - 1];
			}
			return prefix[index] - values[index];
		}

		/** Sum of the values with time in (from, to]. */
		double sum(Instant from, Instant to) {
			return prefixBefore(upperBound(micros(to))) - prefixBefore(upperBound(micros(from)));
		}

		/**
		 * Rise per hour from the reading at or before {@code now - over} to now; null
		 * without such a reading.
		 */
		Double risePerHour(Instant now, Duration over) {
			long t = micros(now);
			int current = lowerBound(t);
			if (current == first + size || times[current] != t) {
				return null;
			}
			int then = upperBound(t - over.toNanos() / 1_000) - 1;
			if (then < first) {
				then = first;
				if (size == 0 || t - times[first] < over.toNanos() / 2_000) {
					return null; // too little history to speak of a rate
				}
			}
			double hours = (t - times[then]) / 3.6e9;
			return hours <= 0 ? null : (values[current] - values[then]) / hours;
		}

	}

}
