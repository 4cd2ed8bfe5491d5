package org.forewarn.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

/** The alarm rules on readings, without Spring or a database. */
class RuleEngineTests {

	static final Instant T0 = Instant.parse("2026-06-01T00:00:00Z");

	static final List<AlarmRule> RULES = List.of(
			rule("RAINSTORM_YELLOW", "RAINSTORM", StationType.RAIN_GAUGE, "rainfall_5m", AlarmRule.Kind.WINDOW_SUM,
					50.0, null, 360, 5, Severity.MINOR, "YELLOW"),
			rule("RAINSTORM_ORANGE", "RAINSTORM", StationType.RAIN_GAUGE, "rainfall_5m", AlarmRule.Kind.WINDOW_SUM,
					50.0, null, 180, 5, Severity.MAJOR, "ORANGE"),
			rule("RAINSTORM_RED", "RAINSTORM", StationType.RAIN_GAUGE, "rainfall_5m", AlarmRule.Kind.WINDOW_SUM, 100.0,
					null, 180, 5, Severity.CRITICAL, "RED"),
			rule("LEVEL_OVER_FLOOD_LIMIT", "HIGH_WATER", StationType.WATER_LEVEL, "water_level",
					AlarmRule.Kind.THRESHOLD, null, "FLOOD_LIMIT_LEVEL", null, 0.1, Severity.MAJOR, null),
			rule("LEVEL_RISING_FAST", "LEVEL_RISE", StationType.WATER_LEVEL, "water_level", AlarmRule.Kind.RATE_OF_RISE,
					0.5, null, 60, 0.1, Severity.WARNING, null),
			rule("SILENT_30M", "NO_DATA", null, null, AlarmRule.Kind.NO_DATA, null, null, 30, 0, Severity.WARNING,
					null));

	final Station gauge = station("RG-0001", StationType.RAIN_GAUGE, null);

	final Station reservoir = station("WL-SK0001", StationType.WATER_LEVEL, 40.0);

	@Test
	void accumulatedRainfallRaisesOrangeThenEscalatesToRedAndSeverityNeverFallsWhileActive() {
		RuleEngine engine = new RuleEngine(RULES, (s, m, from, to) -> new TreeMap<>());
		List<RuleEngine.Outcome> outcomes = new java.util.ArrayList<>();
		for (int i = 1; i <= 36; i++) {
			double mm = i <= 12 ? 1.5 : i <= 24 ? 3.0 : 4.0;
			engine.evaluate(gauge, rain(i, mm)).forEach(d -> outcomes.add(d.outcome()));
		}
		assertThat(outcomes).startsWith(RuleEngine.Outcome.RAISE).contains(RuleEngine.Outcome.ESCALATE);
		assertThat(engine.active("RG-0001", "RAINSTORM").severity()).isEqualTo(Severity.CRITICAL);
		// the rain stops: the 3-hour rules stop firing but the 6-hour (yellow) one still
		// does: red stays
		List<RuleEngine.Decision> dry = engine.evaluate(gauge, rain(72, 0)); // 3 h later:
																				// 3 h sum
																				// 0, 6 h
																				// sum 102
		assertThat(dry).singleElement().satisfies(d -> {
			assertThat(d.outcome()).isEqualTo(RuleEngine.Outcome.REPEAT);
			assertThat(d.rule().code()).isEqualTo("RAINSTORM_YELLOW");
		});
		assertThat(engine.active("RG-0001", "RAINSTORM").severity()).isEqualTo(Severity.CRITICAL);
	}

	@Test
	void windowsAreInEventTimeSoTheyAreRebuiltFromStoredReadingsAfterARestart() {
		TreeMap<Instant, Double> stored = new TreeMap<>();
		for (int i = 1; i <= 20; i++) {
			stored.put(T0.plus(Duration.ofMinutes(5L * i)), 2.5); // 50 mm stored before
																	// the restart
		}
		RuleEngine engine = new RuleEngine(RULES,
				(s, m, from, to) -> new TreeMap<>(stored.subMap(from, true, to, false)));
		List<RuleEngine.Decision> decisions = engine.evaluate(gauge, rain(21, 0.5));
		assertThat(decisions).singleElement().satisfies(d -> {
			assertThat(d.outcome()).isEqualTo(RuleEngine.Outcome.RAISE);
			assertThat(d.rule().code()).isEqualTo("RAINSTORM_ORANGE");
			assertThat(d.measure()).isEqualTo(50.5);
		});
	}

	@Test
	void aLateReadingUpdatesTheWindowButDecidesNothing() {
		RuleEngine engine = new RuleEngine(RULES, (s, m, from, to) -> new TreeMap<>());
		engine.evaluate(reservoir, level(10, 39.0));
		assertThat(engine.evaluate(reservoir, level(5, 45.0))).isEmpty();
		assertThat(engine.active("WL-SK0001", "HIGH_WATER")).isNull();
	}

	@Test
	void hysteresisKeepsAnAlarmUntilTheLevelIsBelowTheClearMargin() {
		RuleEngine engine = new RuleEngine(RULES, (s, m, from, to) -> new TreeMap<>());
		assertThat(outcomes(engine.evaluate(reservoir, level(0, 40.05)))).contains(RuleEngine.Outcome.RAISE);
		assertThat(engine.evaluate(reservoir, level(60, 39.95))).isEmpty(); // within 0.1
																			// m: holds
		assertThat(outcomes(engine.evaluate(reservoir, level(120, 39.85)))).containsExactly(RuleEngine.Outcome.CLEAR);
	}

	@Test
	void aFastRiseRaisesTheRateOfRiseAlarm() {
		RuleEngine engine = new RuleEngine(RULES, (s, m, from, to) -> new TreeMap<>());
		engine.evaluate(reservoir, level(0, 30.0));
		engine.evaluate(reservoir, level(30, 30.2));
		List<RuleEngine.Decision> decisions = engine.evaluate(reservoir, level(60, 30.7));
		assertThat(decisions).singleElement().satisfies(d -> {
			assertThat(d.type()).isEqualTo("LEVEL_RISE");
			assertThat(d.measure()).isEqualTo(0.7, org.assertj.core.data.Offset.offset(1e-9));
		});
	}

	@Test
	void aSilentStationRaisesOneNoDataAlarmAndItsNextReadingClearsIt() {
		RuleEngine engine = new RuleEngine(RULES, (s, m, from, to) -> new TreeMap<>());
		assertThat(engine.silence(gauge, T0, T0.plus(Duration.ofMinutes(29)))).isNull();
		assertThat(engine.silence(gauge, T0, T0.plus(Duration.ofMinutes(30))).outcome())
			.isEqualTo(RuleEngine.Outcome.RAISE);
		assertThat(engine.silence(gauge, T0, T0.plus(Duration.ofMinutes(45)))).isNull();
		assertThat(engine.evaluate(gauge, rain(10, 0))).singleElement()
			.satisfies(d -> assertThat(d.type()).isEqualTo("NO_DATA"));
	}

	@Test
	void windowSumsMatchABruteForceSumWhateverTheOrderReadingsArriveIn() {
		java.util.SplittableRandom random = new java.util.SplittableRandom(7);
		RuleEngine.Window window = new RuleEngine.Window(Duration.ofHours(6));
		TreeMap<Instant, Double> all = new TreeMap<>();
		for (int i = 0; i < 2_000; i++) {
			// mostly in order, sometimes late by up to an hour, sometimes the same time
			// again
			int step = i - (random.nextInt(10) == 0 ? random.nextInt(12) : 0);
			Instant ts = T0.plus(Duration.ofMinutes(5L * step));
			double value = random.nextInt(100) / 10.0;
			window.add(ts, value);
			all.put(ts, value);
			Instant newest = all.lastKey();
			for (int minutes : new int[] { 60, 180, 360 }) {
				Instant from = newest.minus(Duration.ofMinutes(minutes));
				double expected = all.subMap(from, false, newest, true).values().stream().mapToDouble(d -> d).sum();
				assertThat(window.sum(from, newest)).as("step %d, %d min", i, minutes)
					.isEqualTo(expected, org.assertj.core.data.Offset.offset(1e-6));
			}
		}
	}

	private static List<RuleEngine.Outcome> outcomes(List<RuleEngine.Decision> decisions) {
		return decisions.stream().map(RuleEngine.Decision::outcome).toList();
	}

	private static Reading rain(int fiveMinuteStep, double mm) {
		return new Reading("RG-0001", "rainfall_5m", T0.plus(Duration.ofMinutes(5L * fiveMinuteStep)), mm);
	}

	private static Reading level(int minute, double metres) {
		return new Reading("WL-SK0001", "water_level", T0.plus(Duration.ofMinutes(minute)), metres);
	}

	private static AlarmRule rule(String code, String type, StationType stationType, String metric, AlarmRule.Kind kind,
			Double threshold, String ref, Integer window, double margin, Severity severity, String signal) {
		return new AlarmRule(code, type, code, stationType, metric, kind, false, threshold, ref, window, margin,
				severity, signal, null);
	}

	private static Station station(String code, StationType type, Double floodLimit) {
		Metric metric = Metric.of(type);
		return new Station(code, type, code, 22.5, 114.0, "440304", "440304010", null, null,
				List.of("440300", "440304", "440304010"), null, null, floodLimit,
				floodLimit == null ? null : floodLimit + 2, null, null, Map.of(metric.name(), metric));
	}

}
